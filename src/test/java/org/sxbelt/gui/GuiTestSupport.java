package org.sxbelt.gui;

import org.sxbelt.geo.BeltGeography;
import org.sxbelt.model.BeltModel;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.ParamValues;
import org.sxbelt.params.Scenario;
import org.sxbelt.policy.Government;
import org.sxbelt.scenario.ScenarioLoader;

import javax.swing.SwingUtilities;
import java.awt.Color;
import java.awt.image.BufferedImage;

/** A small belt under the GUI, stepped a few months, and pixel helpers for the off-screen tests. */
final class GuiTestSupport {

    private GuiTestSupport() {}

    /** Baseline at scale 500 with the GUI started (no windows) and {@code months} months played. */
    static BeltGUI startedGui(Labels.Lang lang, int months) {
        Scenario sc = ScenarioLoader.loadDefault();
        ParamValues p = sc.params().copy();
        p.set(ParamSchema.SCALE, 500);
        BeltModel model = new BeltModel(1, sc.withParams(p), BeltGeography.loadDefault(), new Government());
        BeltGUI gui = new BeltGUI(model, lang);
        gui.start();
        for (int i = 0; i < months; i++) gui.step();
        return gui;
    }

    static void flushSwing() {
        try {
            SwingUtilities.invokeAndWait(() -> { });
            SwingUtilities.invokeAndWait(() -> { });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Pixels within {@code tolerance} (per channel) of a colour. */
    static int count(BufferedImage img, Color c, int tolerance) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 255) - c.getRed()) <= tolerance
                        && Math.abs(((rgb >> 8) & 255) - c.getGreen()) <= tolerance
                        && Math.abs((rgb & 255) - c.getBlue()) <= tolerance) n++;
            }
        }
        return n;
    }

    /** Variance of the grey level over all pixels. */
    static double variance(BufferedImage img) {
        double sum = 0, sum2 = 0;
        long n = (long) img.getWidth() * img.getHeight();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                double g = (((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255)) / 3.0;
                sum += g;
                sum2 += g * g;
            }
        }
        double mean = sum / n;
        return sum2 / n - mean * mean;
    }

    /** Pixels that differ from white. */
    static int inked(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) n++;
        }
        return n;
    }
}
