package org.sxbelt.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import com.beust.jcommander.ParametersDelegate;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.gui.BeltGUI;
import org.sxbelt.gui.CjkFonts;
import org.sxbelt.gui.Labels;
import org.sxbelt.model.BeltModel;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.Scenario;
import org.sxbelt.policy.Government;
import sim.display.Console;

import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code sxbelt gui}: the classroom GUI (MASON Console, belt map, charts, legend, event ticker, policy sliders). */
@Parameters(commandNames = "gui", separators = "= ", commandDescription = "Open the classroom GUI: MASON's "
        + "Console with a map of the belt, live charts, a legend, an event ticker and policy sliders; labels in "
        + "Chinese or English. Needs a display (on a server: xvfb-run) and, for Chinese, a CJK font "
        + "(e.g. Debian fonts-wqy-zenhei or fonts-noto-cjk).")
public final class GuiCommand implements Command {

    @ParametersDelegate
    final ScenarioOption scenario = new ScenarioOption().help("--scenario", "Scenario to run: a built-in name, "
            + "'defaults' (schema defaults without timed events, so that the sliders alone set policy) or the path of "
            + "a TOML file.", "the embedded default scenario (baseline)");

    @ParametersDelegate
    final SeedOption seed = new SeedOption().help("--seed", "Seed of the run's random stream (a whole number in "
            + "[0, 2147483647]).", "the scenario's run.seed");

    @ParametersDelegate
    final ScaleOption scale = new ScaleOption().help("--scale", "Real persons per simulated person (1-1000); "
            + "larger is faster and coarser.", "200 (smooth on a small machine)");

    @Parameter(names = "--lang", description = "Language of every label: zh (Chinese) or en (English); "
            + "can be switched in the Console's model tab.")
    @OptionHelp(arg = "zh|en", byDefault = "zh")
    String lang = "zh";

    @Parameter(names = "--autoplay-months", hidden = true, description = "Play this many months at once.")
    int autoplayMonths;

    @Parameter(names = "--screenshot", hidden = true, description = "After --autoplay-months, write a PNG of "
            + "the screen and quit.")
    String screenshot;

    public static final int DEFAULT_SCALE = 200;

    @Override
    public int call(PrintStream out, PrintStream err) throws Exception {
        Labels.Lang language;
        try {
            language = Labels.Lang.parse(lang);
        } catch (IllegalArgumentException e) {
            throw new CliException("--lang " + e.getMessage());
        }
        Long seedValue = seed.value();
        Double given = scale.value();
        double scaleValue = given == null ? DEFAULT_SCALE : given;
        if (autoplayMonths < 0 || autoplayMonths > ParamSchema.MONTHS.max()) {
            throw new CliException("--autoplay-months must be in [0, " + (int) ParamSchema.MONTHS.max() + "]");
        }
        if (screenshot != null && autoplayMonths == 0) throw new CliException("--screenshot needs --autoplay-months");
        if (GraphicsEnvironment.isHeadless()) {
            throw new CliException("gui needs a display, but Java runs headless here (no DISPLAY): run it on a "
                    + "desktop, or under a virtual display, e.g. xvfb-run -s \"-screen 0 1600x1000x24\" ./sxbelt "
                    + "gui");
        }
        Scenario sc = scenario.load();
        org.sxbelt.params.ParamValues p = sc.params().copy();
        p.set(ParamSchema.SCALE, scaleValue);
        if (seedValue != null) p.set(ParamSchema.SEED, seedValue);
        sc = sc.withParams(p);
        BeltModel model = new BeltModel(p.getInt(ParamSchema.SEED), sc, BeltGeography.loadDefault(), new Government());

        if (!CjkFonts.available() && language == Labels.Lang.ZH) {
            err.println("warning: no installed font can draw Chinese; labels will show as boxes (install e.g. "
                    + "fonts-wqy-zenhei or fonts-noto-cjk, or use --lang en)");
        }
        CountDownLatch closed = new CountDownLatch(1);
        BeltGUI[] gui = new BeltGUI[1];
        Console[] console = new Console[1];
        SwingUtilities.invokeAndWait(() -> {
            CjkFonts.installSwingDefaults();
            gui[0] = new BeltGUI(model, language);
            gui[0].onQuit(closed::countDown);
            console[0] = new Console(gui[0]);
            console[0].setLocation(BeltGUI.MAP_WIDTH + 20, 2 * BeltGUI.CHART_HEIGHT);
            console[0].setSize(2 * BeltGUI.CHART_WIDTH, 400);
            console[0].setVisible(true);
            showModelTab(console[0]);
        });
        out.printf("GUI open: %s, seed %d, scale %d, language %s%s%n", sc.name(), p.getInt(ParamSchema.SEED),
                p.getInt(ParamSchema.SCALE), language.id(), CjkFonts.available() ? ", font " + CjkFonts.family() : "");
        if (autoplayMonths > 0) {
            autoplay(model, console[0], autoplayMonths);
            if (screenshot != null) {
                Path png = Path.of(screenshot);
                writeScreenshot(png);
                out.println("Screenshot written to " + png);
                SwingUtilities.invokeLater(() -> console[0].doClose());
                closed.await(10, TimeUnit.SECONDS);
                return Main.OK;
            }
        }
        closed.await();
        return Main.OK;
    }

    /** Opens the Console on its "Model" tab, where the policy sliders are. */
    private static void showModelTab(Console console) {
        javax.swing.JTabbedPane tabs = console.getTabPane();
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if ("Model".equals(tabs.getTitleAt(i))) tabs.setSelectedIndex(i);
        }
    }

    /** Plays the given number of months and waits until the Console has paused there. */
    private static void autoplay(BeltModel model, Console console, int months) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            console.setWhenShouldPause(months);
            console.pressPlay();
        });
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(20);
        while (model.schedule.getSteps() < months && System.nanoTime() < deadline) Thread.sleep(200);
        Thread.sleep(1500);   // let the last repaints and chart updates land
    }

    /** The whole screen (the GUI's windows are laid out side by side), as PNG. */
    private static void writeScreenshot(Path png) throws IOException, InterruptedException {
        BufferedImage[] img = new BufferedImage[1];
        try {
            SwingUtilities.invokeAndWait(() -> {
                try {
                    Rectangle screen = new Rectangle(java.awt.Toolkit.getDefaultToolkit().getScreenSize());
                    img[0] = new Robot().createScreenCapture(screen);
                } catch (Exception e) {
                    throw new IllegalStateException("cannot capture the screen: " + e.getMessage(), e);
                }
            });
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new CliException(e.getCause().getMessage());
        }
        Path parent = png.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        ImageIO.write(img[0], "png", png.toFile());
    }
}
