package org.sxbelt.gui;

import org.sxbelt.model.BeltModel;
import org.sxbelt.output.Checkpoint;
import org.sxbelt.output.CheckpointException;
import org.sxbelt.output.Fingerprint;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.portrayal.FieldPortrayal2D;
import sim.util.media.chart.ChartGenerator;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.Container;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The classroom GUI: a thin MASON shell around a {@link BeltModel}. It adds nothing to the model;
 * after every simulated month it moves the map's firms and flows, recolours towns and appends the
 * belt indicators to the charts. Windows: the map ({@link Display2D}), its legend, four charts and
 * the event ticker; the Console's model tab shows the {@link PolicyLevers}. The Console's File menu saves
 * the state as a checkpoint ({@link Checkpoint}: Save, Save As) and opens one (Open), so a class can
 * start from a prepared 2020 and explore its futures.
 *
 * <p>Everything except {@link #init} works without a display, so tests build a BeltGUI, call
 * {@link #start()}, step the model and draw the map and charts off-screen.
 */
public final class BeltGUI extends GUIState {

    /** Map window size in pixels (the belt's km stretched to it at zoom 1). */
    public static final int MAP_WIDTH = 760;
    public static final int MAP_HEIGHT = (int) Math.round(MAP_WIDTH * BeltMap.HEIGHT_KM / BeltMap.WIDTH_KM);

    /** Chart window size: four charts in a 2 x 2 grid right of the map (a 1600 x 1000 screen holds everything). */
    public static final int CHART_WIDTH = 410;
    public static final int CHART_HEIGHT = 300;

    private volatile Labels labels;
    private final BeltMap map;
    private final BeltCharts charts;
    private final EventTicker ticker;
    private final PolicyLevers levers = new PolicyLevers(this);
    private Display2D display;
    private JFrame displayFrame;
    private JFrame legendFrame;
    private JFrame tickerFrame;
    private LegendPanel legend;
    private final List<JFrame> chartFrames = new ArrayList<>();
    private final List<JFrame> compareFrames = new ArrayList<>();
    private final List<Runnable> onQuit = new ArrayList<>();

    public BeltGUI(BeltModel model, Labels.Lang lang) {
        super(model);
        this.labels = Labels.of(lang);
        this.ticker = new EventTicker(labels.isChinese());
        this.map = new BeltMap(model, labels);
        this.charts = new BeltCharts(labels);
        model.addTicker(ticker);
        traceInto(model);
    }

    /**
     * A sample of persons is traced into the map's {@link DecisionLog}, so a household inspector can say
     * what its traced member last decided (tracing draws no random numbers: the run is the same). A model
     * read from a checkpoint keeps the sample it was started with.
     */
    private void traceInto(BeltModel m) {
        m.setDecisionTrace(m.trace() != null ? m.tracePersons() : DecisionLog.PERSONS, map.decisions());
    }

    /** Console title (MASON calls this static method by reflection). */
    public static String getName() { return "Southern Xinjiang belt / 南疆小城镇经济带"; }

    public BeltModel model() { return (BeltModel) state; }
    public Labels labels() { return labels; }
    public BeltMap map() { return map; }
    public BeltCharts charts() { return charts; }
    public EventTicker ticker() { return ticker; }
    public PolicyLevers levers() { return levers; }
    public Display2D display() { return display; }

    @Override
    public Object getSimulationInspectedObject() { return levers; }

    /** The lever panel is volatile: the Console refreshes it after every month, so values a timed event changed show. */
    @Override
    public sim.portrayal.Inspector getInspector() {
        sim.portrayal.Inspector i = super.getInspector();
        if (i != null) i.setVolatile(true);
        return i;
    }

    /**
     * Starts (or restarts) the model. A start before the Console's first ▶ ({@link #preview}) is undone
     * first, so that ▶ runs exactly the run it would have run without the preview.
     */
    @Override
    public void start() {
        if (reusePreview()) return;
        forgetPreview();
        finish();   // no-op unless a preview (or an earlier run) is still started
        applyPicks();
        resetParams();
        state.setSeed(state.seed());   // every start is a fresh run of its seed (the Console reseeds too)
        map.decisions().clear();
        super.start();
        afterStart();
    }

    /**
     * A new run (▶ after a stop, or the first ▶ after the preview) starts from the scenario's values,
     * except the levers the teacher has set and locked: the timed events of the last run are undone,
     * the teacher's settings are kept.
     */
    private void resetParams() {
        org.sxbelt.params.ParamValues live = model().params(), given = model().scenario().params();
        synchronized (state.schedule) {
            for (org.sxbelt.params.Param p : org.sxbelt.params.ParamSchema.all()) {
                if (!model().isHeld(p) && live.get(p) != given.get(p)) live.set(p, given.get(p));
            }
        }
    }

    /**
     * Starts the model without playing, so the map shows January 2015 before ▶ is pressed. The first ▶
     * then plays this very start ({@link #reusePreview}) instead of building the belt a second time.
     */
    public void preview() {
        start();
        rememberPreview();
    }

    // ---- the preview's start, played by the first ▶ -----------------------------------------------------

    /** Set by {@link #preview}: the started model, the random generator and parameters right after its start. */
    private sim.engine.SimState previewState;
    private ec.util.MersenneTwisterFast previewRandom;
    private ec.util.MersenneTwisterFast previewRandomCopy;
    private org.sxbelt.params.ParamValues previewParams;
    private long previewSeed;

    private void rememberPreview() {
        previewState = state;
        previewRandom = state.random;
        previewRandomCopy = (ec.util.MersenneTwisterFast) state.random.clone();
        previewParams = model().params().copy();
        previewSeed = state.seed();
        if (partner != null) partner.rememberPreview();
    }

    private void forgetPreview() {
        previewState = null;
        previewRandom = previewRandomCopy = null;
        previewParams = null;
        if (partner != null) partner.forgetPreview();
    }

    /**
     * The first start after {@link #preview} plays the preview's start if it is exactly the start a fresh
     * start would make: same model and seed, not a month stepped, its random generator not drawn from since
     * (the Console reseeds it before ▶: the preview's generator is put back), no scenario picked, and the
     * parameters a fresh start would start from (the scenario's, with the teacher's locked levers) those
     * the preview started from; the partner side by side likewise. Otherwise false: a fresh start.
     */
    private boolean reusePreview() {
        boolean ok = previewUnchanged()
                && (pickedA == null || pickedA.equals(model().scenario().name()))
                && (pickedB == null || (pickedB.isEmpty() ? partner == null
                        : partner != null && pickedB.equals(partner.model().scenario().name())))
                && (partner == null || (partner.previewUnchanged() && partner.previewSeed == state.seed()));
        if (!ok) return false;
        pickedA = null;
        pickedB = null;
        state.random = previewRandom;
        if (partner != null) partner.state.random = partner.previewRandom;
        forgetPreview();
        lastMonthNanos = 0;
        if (controller instanceof Console console) console.setWhenShouldEnd(stopAt());
        if (display != null) display.repaint();
        return true;
    }

    /** This side's preview is still as it was started (see {@link #reusePreview}); resets the levers as a start does. */
    private boolean previewUnchanged() {
        if (previewState == null || previewState != state || model().monthsDone() != 0 || state.schedule.getSteps() != 0
                || state.seed() != previewSeed || !previewRandom.stateEquals(previewRandomCopy)) return false;
        resetParams();
        org.sxbelt.params.ParamValues live = model().params();
        for (org.sxbelt.params.Param p : org.sxbelt.params.ParamSchema.all()) {
            if (Double.compare(live.get(p), previewParams.get(p)) != 0) return false;
        }
        return true;
    }

    /** The scenario's horizon: months from January 2015 the run lasts (run.months). */
    public int horizon() { return model().params().getInt(org.sxbelt.params.ParamSchema.MONTHS); }

    /** Plays up to {@code months} months without a Console, never beyond the horizon; returns the months played. */
    public int runMonths(int months) {
        int played = 0;
        while (played < months && model().monthsDone() < stopAt()) {
            step();
            played++;
        }
        return played;
    }

    /** A stop (or quit) ends the preview too: the next ▶ builds a fresh start. */
    @Override
    public void finish() {
        forgetPreview();
        super.finish();
    }

    @Override
    public void load(SimState state) {
        forgetPreview();
        super.load(state);
        map.follow(model());
        model().addTicker(ticker);   // tickers are not part of a checkpoint
        map.decisions().clear();
        traceInto(model());          // nor is the trace's sink
        afterStart();
    }

    /**
     * Saves the model's state between two months to {@code file} as a checkpoint (temporary file, then
     * renamed). The Console's Save and Save As call it; pause or stop first for a month's end.
     */
    public void saveState(Path file) throws IOException {
        synchronized (state.schedule) {
            Checkpoint.write(model(), Fingerprint.ofRun(model().scenario(), null, null), file);
        }
    }

    /**
     * The Console's Open: a checkpoint written by {@link #saveState} or {@code run --checkpoint-at} of
     * this model version, loaded as it was (levers included; no scenario check, the class explores from
     * there). Anything else is refused with the one-line reason.
     */
    @Override
    public boolean readNewStateFromCheckpoint(File file) throws Exception {
        BeltModel loaded;
        try {
            loaded = Checkpoint.read(file.toPath());
        } catch (CheckpointException e) {
            throw new IOException(e.getMessage());
        }
        if (!validSimState(loaded)) return false;
        finish();
        load(loaded);
        return true;
    }

    @Override
    public boolean validSimState(SimState s) { return s instanceof BeltModel; }

    // ---- two scenarios side by side -------------------------------------------------------------------

    private BeltGUI partner;
    private CompareCharts compareCharts;

    /**
     * Runs {@code b} in lockstep with this GUI: started when this one starts, one month after each of
     * this one's months, its indicators overlaid with this one's in {@code charts}. {@code b} has no
     * Console of its own; its map is drawn in a second window (or a snapshot).
     */
    public void pairWith(BeltGUI b, CompareCharts charts) {
        this.partner = b;
        this.compareCharts = charts;
    }

    public BeltGUI partner() { return partner; }
    public CompareCharts compareCharts() { return compareCharts; }

    /** Months until the run stops: the horizon, or the shorter of both horizons side by side. */
    public int stopAt() { return partner == null ? horizon() : Math.min(horizon(), partner.horizon()); }

    private void afterStart() {
        if (partner != null) {
            partner.model().setSeed(model().seed());   // lockstep: the same seed
            partner.start();
            compareCharts.clear();
            compareCharts.setHorizon(stopAt());
        }
        lastMonthNanos = 0;
        if (controller instanceof Console console) console.setWhenShouldEnd(stopAt());
        map.rebuild();
        charts.clear();
        charts.setHorizon(stopAt());
        ticker.clear();
        scheduleRepeatingImmediatelyAfter((Steppable) s -> afterMonth());
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }

    /** After each simulated month (model thread, schedule locked): map and charts. */
    void afterMonth() {
        long now = System.nanoTime();
        if (lastMonthNanos != 0) {
            long took = (now - lastMonthNanos) / 1_000_000 - Math.max(0, lastSleep);
            pace(Math.max(0, Math.min(2000, took)));
        }
        lastMonthNanos = now;
        map.update();
        charts.record(model().observer(), model().month(), state.schedule.getSteps());
        if (partner != null) {
            partner.step();
            compareCharts.record(model().observer(), partner.model().observer(), model().month());
        }
        if (legend != null) legend.repaint();
    }

    // ---- windows ------------------------------------------------------------------------------------

    /** Default pace: slow enough to narrate. */
    public static final double DEFAULT_MONTHS_PER_SECOND = 2;
    private volatile double monthsPerSecond = DEFAULT_MONTHS_PER_SECOND;
    private long lastMonthNanos;
    private long lastSleep = -1;

    public double monthsPerSecond() { return monthsPerSecond; }

    /** Months per second of ▶ (0.25-20): the Console's pause between months, less the time a month takes. */
    public void setMonthsPerSecond(double v) {
        monthsPerSecond = Math.max(0.25, Math.min(20, v));
        pace(0);
    }

    private void pace(long stepMillis) {
        if (!(controller instanceof Console console)) return;
        long sleep = Math.max(0, Math.round(1000 / monthsPerSecond) - stepMillis);
        if (Math.abs(sleep - lastSleep) < 25) return;
        lastSleep = sleep;
        SwingUtilities.invokeLater(() -> console.setPlaySleep(sleep));
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        if (c instanceof Console console) {
            saveThroughCheckpoints(console);
            console.setWhenShouldEnd(stopAt());   // the run stops at the scenario's horizon
            pace(0);
            watchLocks();
        }
        display = mapWindow(this, c, 0);
        displayFrame = display.createFrame();
        displayFrame.setLocation(0, 0);
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);
        legend = new LegendPanel(this);
        legendFrame = new JFrame();
        legendFrame.getContentPane().add(legend);
        legendFrame.pack();
        legendFrame.setLocation(0, MAP_HEIGHT + 50);
        c.registerFrame(legendFrame);
        legendFrame.setVisible(true);

        tickerFrame = new JFrame();
        tickerFrame.getContentPane().add(ticker.component());
        tickerFrame.setSize(MAP_WIDTH + 20 - LegendPanel.WIDTH, LegendPanel.HEIGHT);
        tickerFrame.setLocation(LegendPanel.WIDTH, MAP_HEIGHT + 50);
        c.registerFrame(tickerFrame);
        tickerFrame.setVisible(true);

        if (partner != null) openPartnerWindows(c);
        int i = 0;
        for (BeltCharts.Chart chart : charts.all()) {
            ChartGenerator g = chart.generator();
            JFrame f = g.createFrame();
            f.setSize(CHART_WIDTH, CHART_HEIGHT);
            f.setLocation(MAP_WIDTH + 20 + (i % 2) * CHART_WIDTH, (i / 2) * CHART_HEIGHT);
            c.registerFrame(f);
            f.setVisible(partner == null);      // side by side, the overlaid charts take their place
            chartFrames.add(f);
            i++;
        }
        if (compareFrame != null) compareFrame.toFront();
        retitle();
    }

    /** Console size and place that leave the windows visible on a 1600 x 1000 screen. */
    public java.awt.Rectangle consoleBounds() {
        if (partner != null) return new java.awt.Rectangle(COMPARE_FRAME_WIDTH + 10, MAP_HEIGHT + 50, 1600 - COMPARE_FRAME_WIDTH - 10, 350);
        return new java.awt.Rectangle(MAP_WIDTH + 20, 2 * CHART_HEIGHT, 2 * CHART_WIDTH, 400);
    }

    static final int COMPARE_FRAME_WIDTH = 1180;
    private JFrame compareFrame;
    private javax.swing.JPanel comparePanel;

    /**
     * Side by side: the second run's map right of the first, below both one window with the four
     * overlaid charts (the single-run charts, legend and events stay in the Console's Displays list).
     */
    private void openPartnerWindows(Controller c) {
        partner.controller = c;
        partner.display = mapWindow(partner, c, 1);
        partner.displayFrame = partner.display.createFrame();
        partner.displayFrame.setLocation(MAP_WIDTH + 20, 0);
        c.registerFrame(partner.displayFrame);
        partner.displayFrame.setVisible(true);
        comparePanel = new javax.swing.JPanel(new java.awt.GridLayout(1, 4));
        fillComparePanel();
        compareFrame = new JFrame();
        compareFrame.getContentPane().add(comparePanel);
        compareFrame.setSize(COMPARE_FRAME_WIDTH, CHART_HEIGHT + 40);
        compareFrame.setLocation(0, MAP_HEIGHT + 50);
        c.registerFrame(compareFrame);
        compareFrame.setVisible(true);
        compareFrames.add(compareFrame);
        if (partner.display != null) partner.display.reset();
    }

    private void fillComparePanel() {
        comparePanel.removeAll();
        for (org.jfree.chart.JFreeChart chart : compareCharts.all()) comparePanel.add(new org.jfree.chart.ChartPanel(chart));
        comparePanel.revalidate();
    }

    private void closePartnerWindows() {
        if (partner != null && partner.displayFrame != null) {
            if (controller != null) controller.unregisterFrame(partner.displayFrame);
            partner.displayFrame.dispose();
        }
        if (compareFrame != null) {
            if (controller != null) controller.unregisterFrame(compareFrame);
            compareFrame.dispose();
            compareFrames.remove(compareFrame);
            compareFrame = null;
        }
        for (JFrame f : chartFrames) f.setVisible(true);
    }

    // ---- scenarios picked in the GUI -------------------------------------------------------------------

    private volatile String pickedA;
    private volatile String pickedB;

    /** The built-in scenarios a teacher can pick. */
    public static List<String> scenarioChoices() { return org.sxbelt.scenario.ScenarioLoader.listBuiltIn(); }

    /** Runs {@code name} from the next start (■ then ▶); the current run goes on until then. */
    public void pickScenario(String name) { pickedA = name; }

    /** Shows {@code name} side by side from the next start; null or empty: one map only. */
    public void pickSecondScenario(String name) { pickedB = name == null ? "" : name; }

    public String pendingScenario() { return pickedA; }
    public String pendingSecondScenario() { return pickedB; }

    /** At a start: the picked scenarios take effect (same seed and scale as the run they replace). */
    private void applyPicks() {
        String a = pickedA, b = pickedB;
        pickedA = null;
        pickedB = null;
        boolean changed = false;
        if (a != null && !a.equals(model().scenario().name())) {
            BeltModel next = sibling(model(), a);
            state = next;
            map.follow(next);
            next.addTicker(ticker);
            traceInto(next);
            changed = true;
        }
        if (b != null) {
            if (b.isEmpty()) {
                if (partner != null) {
                    closePartnerWindows();
                    partner.finish();
                    partner = null;
                    compareCharts = null;
                }
            } else if (partner == null || !b.equals(partner.model().scenario().name())) {
                if (partner != null) partner.finish();
                BeltGUI next = new BeltGUI(sibling(model(), b), labels.lang());
                boolean open = partner != null && partner.displayFrame != null;
                if (open) closePartnerWindows();
                partner = next;
                changed = true;
                compareCharts = new CompareCharts(model().scenario().name(), b, labels);
                if (controller != null) openPartnerWindows(controller);
                for (JFrame f : chartFrames) f.setVisible(false);
            }
        }
        if (changed && partner != null) {
            compareCharts = new CompareCharts(model().scenario().name(), partner.model().scenario().name(), labels);
            if (comparePanel != null) fillComparePanel();
        }
        if (changed) SwingUtilities.invokeLater(this::retitle);
    }

    /** A model of scenario {@code name} with the seed and scale of {@code like}. */
    private static BeltModel sibling(BeltModel like, String name) {
        org.sxbelt.params.Scenario sc = org.sxbelt.scenario.ScenarioLoader.resolve(name);
        org.sxbelt.params.ParamValues p = sc.params().copy();
        p.set(org.sxbelt.params.ParamSchema.SCALE, like.params().get(org.sxbelt.params.ParamSchema.SCALE));
        p.set(org.sxbelt.params.ParamSchema.SEED, like.params().get(org.sxbelt.params.ParamSchema.SEED));
        return new BeltModel(like.seed(), sc.withParams(p), like.geography(), new org.sxbelt.policy.Government());
    }

    /** A map window for {@code gui}: every layer attached, the teacher's extra layers off until switched on. */
    private static Display2D mapWindow(BeltGUI gui, Controller c, int index) {
        Display2D d = new BeltDisplay(MAP_WIDTH, MAP_HEIGHT, gui);
        d.setBackdrop(BeltMap.BACKGROUND);
        d.setClipping(false);
        for (Map.Entry<String, FieldPortrayal2D> e : gui.map.layers().entrySet()) {
            d.attach(e.getValue(), e.getKey(), gui.map.isVisible(e.getKey()));
        }
        return d;
    }

    @Override
    public void quit() {
        super.quit();
        if (lockWatcher != null) java.awt.Toolkit.getDefaultToolkit().removeAWTEventListener(lockWatcher);
        if (displayFrame != null) displayFrame.dispose();
        for (JFrame f : java.util.Arrays.asList(legendFrame, tickerFrame)) if (f != null) f.dispose();
        for (JFrame f : chartFrames) f.dispose();
        for (JFrame f : compareFrames) f.dispose();
        if (partner != null && partner.displayFrame != null) partner.displayFrame.dispose();
        display = null;
        onQuit.forEach(Runnable::run);
    }

    /**
     * Points the Console's Save and Save As at {@link #saveState} (MASON's own save writes a bare
     * serialised state without the version header that Open checks); the model is paused first.
     */
    private void saveThroughCheckpoints(Console console) {
        javax.swing.JMenuBar bar = console.getJMenuBar();
        if (bar == null) return;
        for (int m = 0; m < bar.getMenuCount(); m++) {
            javax.swing.JMenu menu = bar.getMenu(m);
            if (menu == null) continue;
            for (int i = 0; i < menu.getItemCount(); i++) {
                javax.swing.JMenuItem item = menu.getItem(i);
                if (item == null || item.getText() == null || !item.getText().startsWith("Save")) continue;
                for (java.awt.event.ActionListener l : item.getActionListeners()) item.removeActionListener(l);
                item.addActionListener(e -> saveDialog(console));
            }
        }
    }

    private void saveDialog(Console console) {
        if (console.getPlayState() == Console.PS_PLAYING) console.pressPause();
        if (model().belt() == null || model().monthsDone() < 1) {
            javax.swing.JOptionPane.showMessageDialog(console, "Start the model and run at least one month before saving its state.");
            return;
        }
        java.awt.FileDialog d = new java.awt.FileDialog(console, "Save state", java.awt.FileDialog.SAVE);
        d.setFile("sxbelt-" + org.sxbelt.params.SimMonthFormat.format(model().monthsDone() - 1) + Checkpoint.EXTENSION);
        d.setVisible(true);
        if (d.getFile() == null) return;
        String name = d.getFile().endsWith(Checkpoint.EXTENSION) ? d.getFile() : d.getFile() + Checkpoint.EXTENSION;
        try {
            saveState(Path.of(d.getDirectory(), name));
        } catch (IOException | RuntimeException ex) {
            javax.swing.JOptionPane.showMessageDialog(console, "Cannot save the state: " + ex.getMessage(),
                    "Save state", javax.swing.JOptionPane.ERROR_MESSAGE);
        }
    }

    /** Called once when the Console quits (GuiCommand waits for it). */
    public void onQuit(Runnable r) { onQuit.add(r); }

    /** All windows of the GUI except the Console, for screenshots. */
    public List<JFrame> frames() {
        List<JFrame> out = new ArrayList<>();
        for (JFrame f : java.util.Arrays.asList(displayFrame, legendFrame, tickerFrame)) if (f != null) out.add(f);
        out.addAll(chartFrames);
        return out;
    }

    // ---- choices from the inspector ----------------------------------------------------------------

    public void setColoring(MapColoring c) {
        synchronized (state.schedule) {
            map.setColoring(c);
        }
        repaintAll();
    }

    /** Relabels charts, legend, map and windows; rebuilds the Console's lever panel if possible. */
    public void setLanguage(Labels.Lang lang) {
        if (lang == labels.lang()) return;
        labels = Labels.of(lang);
        map.setLabels(labels);
        if (partner != null) partner.setLanguage(lang);
        Runnable swing = () -> {
            charts.relabel(labels);
            if (compareCharts != null) compareCharts.relabel(labels);
            ticker.setChinese(labels.isChinese());
            retitle();
            repaintAll();
            rebuildModelInspector();
        };
        if (SwingUtilities.isEventDispatchThread()) SwingUtilities.invokeLater(swing);
        else swing.run();
    }

    private void retitle() {
        if (displayFrame != null) displayFrame.setTitle(labels.get("map.title"));
        if (legendFrame != null) legendFrame.setTitle(labels.get("legend.title"));
        if (tickerFrame != null) tickerFrame.setTitle(labels.get("ticker.title"));
        if (partner != null && partner.displayFrame != null) {
            partner.displayFrame.setTitle(labels.get("map.title") + " B: " + partner.model().scenario().name());
            if (displayFrame != null) displayFrame.setTitle(labels.get("map.title") + " A: " + model().scenario().name());
        }
        if (compareFrame != null && partner != null) {
            compareFrame.setTitle(labels.get("compare.title") + ": A " + model().scenario().name() + " / B "
                    + partner.model().scenario().name());
        }
        List<BeltCharts.Chart> all = charts.all();
        for (int i = 0; i < chartFrames.size() && i < all.size(); i++) {
            chartFrames.get(i).setTitle(labels.get(all.get(i).titleKey()));
        }
        for (JFrame f : frames()) setFonts(f.getContentPane());
    }

    /** Gives every label-like component the CJK font (keeping size and style). */
    private static void setFonts(Container c) {
        for (Component k : c.getComponents()) {
            java.awt.Font f = k.getFont();
            if (f != null && CjkFonts.available()) k.setFont(CjkFonts.font(f.getStyle(), f.getSize2D()));
            if (k instanceof Container kc) setFonts(kc);
        }
    }

    private void repaintAll() {
        if (display != null) display.repaint();
        if (partner != null && partner.display != null) partner.display.repaint();
        if (legend != null) legend.repaint();
    }

    /** The Console builds the model inspector once; rebuild it so lever names follow the language and locks. */
    private void rebuildModelInspector() {
        if (!(controller instanceof Console console)) return;
        try {
            javax.swing.JTabbedPane tabs = console.getTabPane();
            boolean onModel = tabs.getSelectedIndex() >= 0 && "Model".equals(tabs.getTitleAt(tabs.getSelectedIndex()));
            java.lang.reflect.Method m = Console.class.getDeclaredMethod("buildModelInspector");
            m.setAccessible(true);
            m.invoke(console);
            if (onModel) for (int i = 0; i < tabs.getTabCount(); i++) if ("Model".equals(tabs.getTitleAt(i))) tabs.setSelectedIndex(i);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // names stay as they were until the next restart; everything else is relabelled
        }
    }

    private volatile boolean locksDirty;
    private java.awt.event.AWTEventListener lockWatcher;

    /**
     * A lever was locked or unlocked: the lever panel is rebuilt (its names show the lock) as soon as
     * the teacher lets go of the slider or presses Enter, not while a slider is being dragged.
     */
    void locksChanged() { locksDirty = true; }

    private void watchLocks() {
        lockWatcher = e -> {
            boolean done = e.getID() == java.awt.event.MouseEvent.MOUSE_RELEASED
                    || (e.getID() == java.awt.event.KeyEvent.KEY_RELEASED
                    && ((java.awt.event.KeyEvent) e).getKeyCode() == java.awt.event.KeyEvent.VK_ENTER);
            if (done && locksDirty) {
                locksDirty = false;
                SwingUtilities.invokeLater(this::rebuildModelInspector);
            }
        };
        java.awt.Toolkit.getDefaultToolkit().addAWTEventListener(lockWatcher,
                java.awt.AWTEvent.MOUSE_EVENT_MASK | java.awt.AWTEvent.KEY_EVENT_MASK);
    }
}
