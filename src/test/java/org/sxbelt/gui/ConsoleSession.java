package org.sxbelt.gui;

import org.sxbelt.geo.BeltGeography;
import org.sxbelt.model.BeltModel;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.ParamValues;
import org.sxbelt.params.Scenario;
import org.sxbelt.policy.Government;
import org.sxbelt.scenario.ScenarioLoader;
import sim.display.Console;

import javax.swing.JLabel;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.Container;
import java.awt.Point;
import java.awt.Robot;
import java.awt.event.InputEvent;

/**
 * A scripted lesson on a real Console, for {@link ConsoleUnderXvfbTest} (run in its own JVM under a
 * virtual display): preview before ▶, a lever set and let go, ▶ at full speed until the Console stops
 * by itself, then one click on a town. Prints one "key=value" line per observation.
 */
public final class ConsoleSession {

    public static void main(String[] args) throws Exception {
        Scenario sc = ScenarioLoader.loadDefault();
        ParamValues p = sc.params().copy();
        p.set(ParamSchema.SCALE, 1000);
        p.set(ParamSchema.MONTHS, 38);
        BeltModel model = new BeltModel(1, sc.withParams(p), BeltGeography.loadDefault(), new Government());
        BeltGUI[] gui = new BeltGUI[1];
        Console[] console = new Console[1];
        SwingUtilities.invokeAndWait(() -> {
            gui[0] = new BeltGUI(model, Labels.Lang.EN);
            gui[0].setMonthsPerSecond(20);
            gui[0].preview();
            console[0] = new Console(gui[0]);
            console[0].setBounds(gui[0].consoleBounds());
            console[0].setVisible(true);
            JTabbedPane t = console[0].getTabPane();
            for (int i = 0; i < t.getTabCount(); i++) if ("Model".equals(t.getTitleAt(i))) t.setSelectedIndex(i);
        });
        System.out.println("preview=" + (model.belt() != null) + " months=" + model.monthsDone());
        Robot robot = new Robot();
        robot.setAutoDelay(50);
        SwingUtilities.invokeAndWait(() -> gui[0].levers().setCounterpartAid(0.5));
        Point c = console[0].getLocationOnScreen();
        robot.mouseMove(c.x + 100, c.y + 100);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        Thread.sleep(800);
        SwingUtilities.invokeAndWait(() -> System.out.println("lockedName=" + find(console[0].getTabPane(), "Counterpart")));
        SwingUtilities.invokeAndWait(() -> console[0].pressPlay());
        long t0 = System.currentTimeMillis();
        while (System.currentTimeMillis() - t0 < 60_000 && console[0].getPlayState() != Console.PS_STOPPED) Thread.sleep(100);
        System.out.println("stopped=" + (console[0].getPlayState() == Console.PS_STOPPED) + " months=" + model.monthsDone()
                + " aid=" + model.params().get(ParamSchema.COUNTERPART_AID));
        // one click on the first town's centre
        org.sxbelt.agents.Town town = gui[0].model().belt().town(0);
        sim.util.Double2D km = BeltMap.project(town.county().lon(), town.county().lat());
        Point[] at = new Point[1];
        SwingUtilities.invokeAndWait(() -> at[0] = gui[0].display().insideDisplay.getLocationOnScreen());
        robot.mouseMove(at[0].x + (int) (km.x * BeltGUI.MAP_WIDTH / BeltMap.WIDTH_KM),
                at[0].y + (int) (km.y * BeltGUI.MAP_HEIGHT / BeltMap.HEIGHT_KM));
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        Thread.sleep(1000);
        SwingUtilities.invokeAndWait(() -> {
            JTabbedPane t = console[0].getTabPane();
            System.out.println("tab=" + t.getTitleAt(t.getSelectedIndex()));
            System.out.println("inspected=" + (find(t, "Population (census)") != null) + " town=" + town.getNameEn()
                    + " shown=" + (find(t, town.getNameEn()) != null));
        });
        System.exit(0);
    }

    private static String find(Container k, String part) {
        for (Component x : k.getComponents()) {
            if (x instanceof JLabel l && l.getText() != null && l.getText().contains(part)) return l.getText().trim();
            if (x instanceof javax.swing.text.JTextComponent f && f.getText() != null && f.getText().contains(part)) return f.getText().trim();
            if (x instanceof Container cc) {
                String s = find(cc, part);
                if (s != null) return s;
            }
        }
        return null;
    }
}
