package org.sxbelt.gui;

import org.sxbelt.params.Param;
import org.sxbelt.params.ParamValues;
import org.sxbelt.params.SimMonthFormat;
import org.sxbelt.params.TimedEvent;
import sim.util.Interval;

import java.util.ArrayList;
import java.util.List;

import static org.sxbelt.params.ParamSchema.COMMUTE_COST_PER_KM;
import static org.sxbelt.params.ParamSchema.COUNTERPART_AID;
import static org.sxbelt.params.ParamSchema.EXPORT_DEMAND;
import static org.sxbelt.params.ParamSchema.SUBSIDY_MONTHS;
import static org.sxbelt.params.ParamSchema.KINDERGARTEN_COVERAGE;
import static org.sxbelt.params.ParamSchema.TRAINING_SEATS;
import static org.sxbelt.params.ParamSchema.TRANSFER_QUOTA;
import static org.sxbelt.params.ParamSchema.WAGE_SUBSIDY;

/**
 * The policy sliders: the bean MASON's Console shows as the model inspector. Each lever reads and
 * writes one {@link Param} of the live {@code model.params()} through {@link ParamValues#set} (so
 * values are validated), and the model reads it from the next month on. Range ({@code domX}) and unit
 * come from the Param; the name ({@code nameX}) is translated; the tooltip ({@code desX}) gives the
 * parameter's description, its range and any month at which a timed event of the scenario will
 * overwrite it. Two more choices: what the map colours towns by, and the language.
 */
public final class PolicyLevers {

    private final BeltGUI gui;

    public PolicyLevers(BeltGUI gui) {
        this.gui = gui;
    }

    // ---- the policy levers ------------------------------------------------------------------------

    public double getWageSubsidy() { return get(WAGE_SUBSIDY); }
    public void setWageSubsidy(double v) { set(WAGE_SUBSIDY, v); }
    public Object domWageSubsidy() { return interval(WAGE_SUBSIDY); }
    public String nameWageSubsidy() { return name("lever.wageSubsidy", WAGE_SUBSIDY); }
    public String desWageSubsidy() { return describe(WAGE_SUBSIDY); }

    public int getSubsidyMonths() { return (int) get(SUBSIDY_MONTHS); }
    public void setSubsidyMonths(int v) { set(SUBSIDY_MONTHS, v); }
    public Object domSubsidyMonths() { return interval(SUBSIDY_MONTHS); }
    public String nameSubsidyMonths() { return name("lever.subsidyMonths", SUBSIDY_MONTHS); }
    public String desSubsidyMonths() { return describe(SUBSIDY_MONTHS); }

    public double getTrainingSeats() { return get(TRAINING_SEATS); }
    public void setTrainingSeats(double v) { set(TRAINING_SEATS, v); }
    public Object domTrainingSeats() { return interval(TRAINING_SEATS); }
    public String nameTrainingSeats() { return name("lever.trainingSeats", TRAINING_SEATS); }
    public String desTrainingSeats() { return describe(TRAINING_SEATS); }

    public double getKindergartenCoverage() { return get(KINDERGARTEN_COVERAGE); }
    public void setKindergartenCoverage(double v) { set(KINDERGARTEN_COVERAGE, v); }
    public Object domKindergartenCoverage() { return interval(KINDERGARTEN_COVERAGE); }
    public String nameKindergartenCoverage() { return name("lever.kindergartenCoverage", KINDERGARTEN_COVERAGE); }
    public String desKindergartenCoverage() { return describe(KINDERGARTEN_COVERAGE); }

    public double getCommuteCostPerKm() { return get(COMMUTE_COST_PER_KM); }
    public void setCommuteCostPerKm(double v) { set(COMMUTE_COST_PER_KM, v); }
    public Object domCommuteCostPerKm() { return interval(COMMUTE_COST_PER_KM); }
    public String nameCommuteCostPerKm() { return name("lever.commuteCostPerKm", COMMUTE_COST_PER_KM); }
    public String desCommuteCostPerKm() { return describe(COMMUTE_COST_PER_KM); }

    public double getTransferQuota() { return get(TRANSFER_QUOTA); }
    public void setTransferQuota(double v) { set(TRANSFER_QUOTA, v); }
    public Object domTransferQuota() { return interval(TRANSFER_QUOTA); }
    public String nameTransferQuota() { return name("lever.transferQuota", TRANSFER_QUOTA); }
    public String desTransferQuota() { return describe(TRANSFER_QUOTA); }

    public double getExportDemand() { return get(EXPORT_DEMAND); }
    public void setExportDemand(double v) { set(EXPORT_DEMAND, v); }
    public Object domExportDemand() { return interval(EXPORT_DEMAND); }
    public String nameExportDemand() { return name("lever.exportDemand", EXPORT_DEMAND); }
    public String desExportDemand() { return describe(EXPORT_DEMAND); }

    public double getCounterpartAid() { return get(COUNTERPART_AID); }
    public void setCounterpartAid(double v) { set(COUNTERPART_AID, v); }
    public Object domCounterpartAid() { return interval(COUNTERPART_AID); }
    public String nameCounterpartAid() { return name("lever.counterpartAid", COUNTERPART_AID); }
    public String desCounterpartAid() { return describe(COUNTERPART_AID); }

    // ---- display choices ----------------------------------------------------------------------------

    public int getMapColoring() { return gui.map().coloring().ordinal(); }
    public void setMapColoring(int i) {
        if (i >= 0 && i < MapColoring.values().length) gui.setColoring(MapColoring.values()[i]);
    }
    public Object domMapColoring() {
        MapColoring[] all = MapColoring.values();
        String[] names = new String[all.length];
        for (int i = 0; i < all.length; i++) names[i] = gui.labels().get(all[i].labelKey());
        return names;
    }
    public String nameMapColoring() { return gui.labels().get("lever.mapColoring"); }

    /** Pace of ▶ in months per second (a pop-up list: a slider of 0.25-20 would jump). */
    public static final double[] SPEEDS = {0.5, 1, 2, 4, 8, 20};

    public int getSpeed() {
        double v = gui.monthsPerSecond();
        int best = 0;
        for (int i = 1; i < SPEEDS.length; i++) if (Math.abs(SPEEDS[i] - v) < Math.abs(SPEEDS[best] - v)) best = i;
        return best;
    }
    public void setSpeed(int i) {
        if (i >= 0 && i < SPEEDS.length) gui.setMonthsPerSecond(SPEEDS[i]);
    }
    public Object domSpeed() {
        String[] names = new String[SPEEDS.length];
        for (int i = 0; i < SPEEDS.length; i++) {
            names[i] = (SPEEDS[i] == Math.rint(SPEEDS[i]) ? String.valueOf((int) SPEEDS[i]) : String.valueOf(SPEEDS[i]))
                    + " " + gui.labels().get("lever.speedUnit");
        }
        return names;
    }
    public String nameSpeed() { return gui.labels().get("lever.speed"); }

    // ---- scenarios: any built-in one, alone or side by side (from the next start) -----------------------

    public int getScenario() {
        String name = gui.pendingScenario() != null ? gui.pendingScenario() : gui.model().scenario().name();
        return Math.max(0, BeltGUI.scenarioChoices().indexOf(name));
    }
    public void setScenario(int i) {
        List<String> all = BeltGUI.scenarioChoices();
        if (i >= 0 && i < all.size()) gui.pickScenario(all.get(i));
    }
    public Object domScenario() { return BeltGUI.scenarioChoices().toArray(new String[0]); }
    public String nameScenario() { return gui.labels().get("lever.scenario"); }
    public String desScenario() { return gui.labels().get("lever.scenarioPick"); }

    /** 0: one map only; i > 0: built-in scenario i - 1 side by side. */
    public int getCompareWith() {
        String name = gui.pendingSecondScenario() != null ? gui.pendingSecondScenario()
                : gui.partner() == null ? "" : gui.partner().model().scenario().name();
        return name.isEmpty() ? 0 : 1 + Math.max(0, BeltGUI.scenarioChoices().indexOf(name));
    }
    public void setCompareWith(int i) {
        List<String> all = BeltGUI.scenarioChoices();
        if (i == 0) gui.pickSecondScenario("");
        else if (i - 1 < all.size()) gui.pickSecondScenario(all.get(i - 1));
    }
    public Object domCompareWith() {
        List<String> names = new ArrayList<>();
        names.add(gui.labels().get("lever.compareNone"));
        names.addAll(BeltGUI.scenarioChoices());
        return names.toArray(new String[0]);
    }
    public String nameCompareWith() { return gui.labels().get("lever.compareWith"); }
    public String desCompareWith() { return gui.labels().get("lever.scenarioPick"); }

    public int getLanguage() { return gui.labels().lang().ordinal(); }
    public void setLanguage(int i) {
        if (i >= 0 && i < Labels.Lang.values().length) gui.setLanguage(Labels.Lang.values()[i]);
    }
    public Object domLanguage() { return new String[]{"中文", "English"}; }
    public String nameLanguage() { return gui.labels().get("lever.language") + " / Language"; }

    // ---- plumbing --------------------------------------------------------------------------------------

    /** The levers' parameters, in the order shown. */
    public static List<Param> params() {
        return List.of(WAGE_SUBSIDY, SUBSIDY_MONTHS, TRAINING_SEATS, KINDERGARTEN_COVERAGE, COMMUTE_COST_PER_KM, TRANSFER_QUOTA,
                EXPORT_DEMAND, COUNTERPART_AID);
    }

    private double get(Param p) { return gui.model().params().get(p); }

    /**
     * A lever's classroom range and step: wide enough for every built-in scenario's values, narrow
     * enough that MASON's 80-pixel slider moves in steps a class can follow (the schema's full range,
     * e.g. 0-100,000 for the transfer quota, would jump). Typing in the field still reaches the whole
     * schema range; a value a scenario sets outside the classroom range widens it.
     */
    record Range(double lo, double hi, double step) {
    }

    static Range range(Param p) {
        if (p == WAGE_SUBSIDY) return new Range(0, 0.6, 0.05);
        if (p == SUBSIDY_MONTHS) return new Range(0, 120, 6);
        if (p == TRAINING_SEATS) return new Range(0, 100, 5);
        if (p == KINDERGARTEN_COVERAGE) return new Range(0, 1, 0.05);
        if (p == COMMUTE_COST_PER_KM) return new Range(0, 1, 0.05);
        if (p == TRANSFER_QUOTA) return new Range(0, 10000, 500);
        if (p == EXPORT_DEMAND) return new Range(0.5, 1.5, 0.05);
        if (p == COUNTERPART_AID) return new Range(0, 2, 0.1);
        return new Range(p.min(), p.max(), p.kind() == Param.Kind.INTEGER ? 1 : (p.max() - p.min()) / 20);
    }

    /**
     * Writes the live value, snapped to the lever's step and clamped to the schema's range, and locks
     * the lever: the scenario's timed events on it are passed over from now on ({@link org.sxbelt.model.BeltModel#hold}).
     */
    private void set(Param p, double v) {
        synchronized (gui.model().schedule) {
            double now = gui.model().params().get(p);
            // MASON's slider writes back the value it shows when the panel is refreshed (after a timed
            // event changed it), rounded to one of its 1,000 positions: that is no teacher's move
            Interval iv = interval(p);
            double slack = (iv.getMax().doubleValue() - iv.getMin().doubleValue()) / 1000 * 1.01 + 1e-12;
            if (Math.abs(v - now) <= slack) return;
            double x = snap(p, v);
            if (x == now) return;
            gui.model().params().set(p, x);
            gui.model().hold(p, true);
        }
        gui.locksChanged();
    }

    static double snap(Param p, double v) {
        Range r = range(p);
        double x = r.lo() + Math.rint((v - r.lo()) / r.step()) * r.step();
        x = new java.math.BigDecimal(x).setScale(6, java.math.RoundingMode.HALF_EVEN).doubleValue();
        x = Math.max(p.min(), Math.min(p.max(), x));
        if (p.kind() == Param.Kind.INTEGER) x = Math.rint(x);
        return x;
    }

    /** The slider's range: the classroom range, widened to hold the current value. */
    Interval interval(Param p) {
        Range r = range(p);
        double v = get(p);
        double lo = Math.min(r.lo(), v), hi = Math.max(r.hi(), v);
        if (p.kind() == Param.Kind.INTEGER) return new Interval((long) Math.floor(lo), (long) Math.ceil(hi));
        return new Interval(lo, hi);
    }

    public boolean isLocked(Param p) { return gui.model().isHeld(p); }

    /** Releases every lever: the scenario's later timed events apply again. */
    public void unlockAll() {
        synchronized (gui.model().schedule) {
            for (Param p : params()) gui.model().hold(p, false);
        }
        gui.locksChanged();
    }

    // the lock, shown and released in the Console: a read-only line and a check box
    public String getLockedLevers() {
        List<String> names = new ArrayList<>();
        for (Param p : params()) if (isLocked(p)) names.add(gui.labels().get(leverKey(p)));
        return names.isEmpty() ? gui.labels().get("lever.noneLocked") : String.join(", ", names);
    }
    public String nameLockedLevers() { return gui.labels().get("lever.lockedLevers"); }
    public String desLockedLevers() { return gui.labels().get("lever.lockNote"); }
    public boolean getUnlockLevers() { return false; }
    public void setUnlockLevers(boolean b) { if (b) unlockAll(); }
    public String nameUnlockLevers() { return gui.labels().get("lever.unlock"); }

    private String name(String key, Param p) {
        String unit = gui.labels().get(key + ".unit");
        return (isLocked(p) ? gui.labels().get("lever.lockMark") + " " : "") + gui.labels().get(key) + (unit.isEmpty() ? "" : " (" + unit + ")");
    }

    /** Description, range, the next-month rule and the scenario months that will overwrite it. */
    String describe(Param p) {
        Labels l = gui.labels();
        StringBuilder sb = new StringBuilder("<html><b>").append(l.get(leverKey(p))).append("</b> <tt>")
                .append(p.key()).append("</tt><br>").append(p.description())
                .append("<br>").append(l.get("lever.range")).append(": ").append(p.allowed())
                .append("; ").append(l.get("lever.step")).append(' ').append(p.format(range(p).step()))
                .append("; ").append(l.get("lever.nextMonth")).append('.');
        List<String> when = scheduledMonths(p);
        if (isLocked(p)) {
            sb.append("<br><font color='#006000'>").append(l.get("lever.lockMark")).append(' ').append(l.get("lever.lockNote")).append("</font>");
        }
        if (!when.isEmpty()) {
            sb.append("<br><font color='#b00000'>").append(l.get("lever.scheduledAt")).append(' ')
                    .append(String.join(", ", when)).append(". ").append(l.get("lever.scenarioNote")).append("</font>");
        }
        return sb.append("</html>").toString();
    }

    /** Months (YYYY-MM) at which a timed event of the scenario sets this parameter. */
    List<String> scheduledMonths(Param p) {
        List<String> out = new ArrayList<>();
        for (TimedEvent e : gui.model().scenario().events()) {
            if (e.param() == p) out.add(SimMonthFormat.format(e.month()) + " → " + p.format(e.value()));
        }
        return out;
    }

    private static String leverKey(Param p) {
        String k = p.key();
        return "lever." + k.substring(k.indexOf('.') + 1);
    }
}
