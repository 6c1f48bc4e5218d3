package org.sxbelt.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import com.beust.jcommander.ParametersDelegate;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.gui.BeltGUI;
import org.sxbelt.gui.CjkFonts;
import org.sxbelt.gui.CompareCharts;
import org.sxbelt.gui.Snapshot;
import org.sxbelt.gui.Labels;
import org.sxbelt.model.BeltModel;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.Scenario;
import org.sxbelt.policy.Government;
import sim.display.Console;

import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** {@code sxbelt gui}: the classroom GUI (MASON Console, belt map, charts, legend, event ticker, policy sliders). */
@Parameters(commandNames = "gui", separators = "= ", commandDescription = "Open the classroom GUI: MASON's "
        + "Console with a map of the belt, live charts, a legend, an event ticker and policy sliders; labels in "
        + "Chinese or English; two scenarios side by side with --compare. Needs a display (on a server: "
        + "xvfb-run), except --snapshot, which draws off-screen; for Chinese a CJK font (e.g. Debian "
        + "fonts-wqy-zenhei or fonts-noto-cjk).")
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

    @Parameter(names = "--speed", description = "Pace of ▶ in simulated months per second (0.25-20); "
            + "can be changed on the Console's model tab.")
    @OptionHelp(arg = "<months/s>", byDefault = "2")
    double speed = BeltGUI.DEFAULT_MONTHS_PER_SECOND;

    @Parameter(names = "--compare", arity = 2, description = "Two scenarios side by side, run in lockstep "
            + "with the same seed: two maps and overlaid charts with the difference shaded (names or TOML paths).")
    @OptionHelp(arg = "<A> <B>", byDefault = "one scenario")
    java.util.List<String> compare;

    @Parameter(names = "--snapshot", description = "Write the whole window set (map, legend, events, charts, "
            + "Console levers) as one PNG after --months months and exit, without a display.")
    @OptionHelp(arg = "<file.png>", byDefault = "open the windows")
    String snapshot;

    @Parameter(names = "--months", description = "With --snapshot: months to run first (0 = January 2015); "
            + "the run stops at the scenario's horizon if that comes first.")
    @OptionHelp(arg = "<N>", byDefault = "0")
    Integer months;

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
        int maxMonths = (int) ParamSchema.MONTHS.max();
        if (months != null && snapshot == null) throw new CliException("--months is only for --snapshot");
        if (months != null && (months < 0 || months > maxMonths)) {
            throw new CliException("--months must be a whole number in [0, " + maxMonths + "], got " + months);
        }
        if (!(speed >= 0.25 && speed <= 20)) throw new CliException("--speed must be in [0.25, 20] months per second, got " + speed);
        Path png = null;
        if (snapshot != null) {
            if (snapshot.isBlank() || !snapshot.toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
                throw new CliException("--snapshot must name a .png file, got '" + snapshot + "'");
            }
            png = Path.of(snapshot);
            if (Files.isDirectory(png)) throw new CliException("--snapshot " + snapshot + " is a folder, not a .png file");
            Path parent = png.toAbsolutePath().getParent();
            if (parent != null && Files.exists(parent) && !Files.isDirectory(parent)) {
                throw new CliException("--snapshot: " + parent + " is not a folder");
            }
            // the picture's folder must be writable (or creatable) before any month is run
            if (parent != null) OutputDirectoryValidator.check("--snapshot's folder", parent.toString());
            System.setProperty("java.awt.headless", "true");   // off-screen: no display needed
        } else if (GraphicsEnvironment.isHeadless()) {
            throw new CliException("gui needs a display, but Java runs headless here (no DISPLAY): run it on a "
                    + "desktop, under a virtual display (xvfb-run -s \"-screen 0 1600x1000x24\" ./sxbelt gui), "
                    + "or write a picture with --snapshot FILE.png --months N");
        }
        if (compare != null && scenario.given() != null) {
            throw new CliException("--compare names both scenarios; leave out --scenario");
        }
        Scenario sc = compare == null ? scenario.load() : load(compare.get(0));
        Scenario sc2 = compare == null ? null : load(compare.get(1));
        BeltModel model = model(sc, scaleValue, seedValue);
        BeltModel model2 = sc2 == null ? null : model(sc2, scaleValue, seedValue);
        int seedUsed = model.params().getInt(ParamSchema.SEED);

        if (!CjkFonts.available() && language == Labels.Lang.ZH) {
            err.println("warning: no installed font can draw Chinese; labels will show as boxes (install e.g. "
                    + "fonts-wqy-zenhei or fonts-noto-cjk, or use --lang en)");
        }
        if (png != null) return snapshot(model, model2, language, png, months == null ? 0 : months, out);

        CountDownLatch closed = new CountDownLatch(1);
        BeltGUI[] gui = new BeltGUI[1];
        Console[] console = new Console[1];
        SwingUtilities.invokeAndWait(() -> {
            CjkFonts.installSwingDefaults();
            gui[0] = pair(model, model2, language);
            gui[0].setMonthsPerSecond(speed);
            gui[0].onQuit(closed::countDown);
            gui[0].preview();   // the map shows January 2015 before ▶
            console[0] = new Console(gui[0]);
            console[0].setBounds(gui[0].consoleBounds());
            console[0].setVisible(true);
            showModelTab(console[0]);
        });
        out.printf("GUI open: %s, seed %d, scale %d, language %s%s; press ▶ in the Console to start%n",
                sc2 == null ? sc.name() : sc.name() + " vs " + sc2.name(), seedUsed,
                model.params().getInt(ParamSchema.SCALE), language.id(),
                CjkFonts.available() ? ", font " + CjkFonts.family() : "");
        closed.await();
        return Main.OK;
    }

    private static Scenario load(String nameOrPath) {
        if (nameOrPath == null || nameOrPath.isBlank()) throw new CliException("--compare: a scenario name is empty");
        ScenarioOption o = new ScenarioOption();
        o.scenario = nameOrPath;
        return o.load();
    }

    private static BeltModel model(Scenario sc, double scale, Long seed) {
        org.sxbelt.params.ParamValues p = sc.params().copy();
        p.set(ParamSchema.SCALE, scale);
        if (seed != null) p.set(ParamSchema.SEED, seed);
        return new BeltModel(p.getInt(ParamSchema.SEED), sc.withParams(p), BeltGeography.loadDefault(), new Government());
    }

    /** One GUI, or with a second model the first GUI paired with the second in lockstep (same seed). */
    private static BeltGUI pair(BeltModel a, BeltModel b, Labels.Lang language) {
        BeltGUI ga = new BeltGUI(a, language);
        if (b != null) {
            if (b.params().getInt(ParamSchema.SEED) != a.params().getInt(ParamSchema.SEED)) {
                b.params().set(ParamSchema.SEED, a.params().getInt(ParamSchema.SEED));
            }
            BeltGUI gb = new BeltGUI(b, language);
            ga.pairWith(gb, new CompareCharts(a.scenario().name(), b.scenario().name(), Labels.of(language)));
        }
        return ga;
    }

    /** Headless: plays up to {@code months} months (never past the horizon), writes the composed PNG. */
    private static int snapshot(BeltModel a, BeltModel b, Labels.Lang language, Path png, int months, PrintStream out)
            throws IOException {
        BeltGUI gui = pair(a, b, language);
        gui.start();
        int played = gui.runMonths(months);
        BufferedImage img = gui.partner() == null ? Snapshot.of(gui)
                : Snapshot.compare(gui, gui.partner(), gui.compareCharts());
        Path abs = png.toAbsolutePath();
        if (abs.getParent() != null) Files.createDirectories(abs.getParent());
        Path tmp = Files.createTempFile(abs.getParent(), ".snapshot-", ".png.tmp");
        try {
            ImageIO.write(img, "png", tmp.toFile());
            Files.move(tmp, abs, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        String last = played == 0 && a.monthsDone() == 0 ? "2015-01 (before the first month)"
                : org.sxbelt.params.SimMonthFormat.format(a.monthsDone() - 1);
        out.printf("Snapshot written to %s: %s, %d months to %s%s%n", png,
                b == null ? a.scenario().name() : a.scenario().name() + " vs " + b.scenario().name(), played, last,
                played < months ? " (stopped at the scenario's horizon; " + months + " asked)" : "");
        gui.finish();
        if (gui.partner() != null) gui.partner().finish();
        return Main.OK;
    }

    /** Opens the Console on its "Model" tab, where the policy sliders are. */
    private static void showModelTab(Console console) {
        javax.swing.JTabbedPane tabs = console.getTabPane();
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if ("Model".equals(tabs.getTitleAt(i))) tabs.setSelectedIndex(i);
        }
    }

}
