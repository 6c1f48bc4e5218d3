package org.sxbelt.gui;

import org.sxbelt.agents.Village;
import org.sxbelt.model.BeltModel;

/** The inspector's view of a village clicked on the map: names in the GUI's language, values with units; read-only. */
public final class VillageInspection {

    /** Rows the inspector shows on one page (MASON's default of 25 would page the twelve months). */
    static final int PROPERTIES = 40;

    private final Village v;
    private final BeltModel model;
    private final Labels l;
    private final double commuters;
    private final HouseholdHistory history;
    private final DecisionLog decisions;

    VillageInspection(Village v, BeltModel model, Labels labels, double commuters, HouseholdHistory history,
                      DecisionLog decisions) {
        this.decisions = decisions;
        this.v = v;
        this.model = model;
        this.l = labels;
        this.commuters = commuters;
        this.history = history;
    }

    public String getVillage() { return l.get("insp.village") + " " + v.getIndex(); }
    public String nameVillage() { return l.get("insp.name"); }
    public String getTown() { return l.town(v.town()); }
    public String nameTown() { return l.get("insp.town"); }
    public String getMonth() { return BeltMap.shownMonth(model); }
    public String nameMonth() { return l.get("insp.month"); }
    public String getKmToTown() { return Format.km(l, v.getKmToTown()); }
    public String nameKmToTown() { return l.get("insp.kmToTown"); }
    public String getRoadQuality() { return Format.decimal(v.getRoadQuality(), 2); }
    public String nameRoadQuality() { return l.get("insp.roadQuality"); }
    public String getPoorVillage() { return l.get(v.isPoorVillage() ? "insp.yes" : "insp.no"); }
    public String namePoorVillage() { return l.get("insp.poorVillage"); }
    public String getResettled() { return l.get(v.isResettled() ? "insp.yes" : "insp.no"); }
    public String nameResettled() { return l.get("insp.resettled"); }
    public String getWorkshops() { return Format.count(l, v.getWorkshopCount(), "unit.firms"); }
    public String nameWorkshops() { return l.get("insp.workshops"); }
    public String getCommuters() { return Format.persons(l, commuters); }
    public String nameCommuters() { return l.get("insp.commuters"); }

    // ---- one household of the village and its last twelve months -------------------------------------

    public String getHousehold() {
        if (history == null) return "–";
        int h = history.household();
        return "#" + h + ": " + Format.persons(l, model.belt().households().members(h)) + " · "
                + HouseholdHistory.statuses(l, now(h));
    }
    public String nameHousehold() { return l.get("insp.household"); }

    // ---- the household's traced member and their last decision, in words ------------------------------

    /** The traced member's last row, or null (no traced member, or nothing decided yet). */
    private DecisionLog.Row lastRow() {
        if (history == null || decisions == null || history.tracedMember() == org.sxbelt.agents.Persons.NONE) return null;
        DecisionLog.Row r = decisions.last(history.tracedMember());
        return r != null && r.household() == history.household() ? r : null;
    }

    public String getTracedMember() {
        if (history == null || history.tracedMember() == org.sxbelt.agents.Persons.NONE) return l.get("insp.notTraced");
        int p = history.tracedMember();
        org.sxbelt.agents.Persons ps = model.belt().persons();
        if (!model.traced(p) || !ps.isAlive(p) || ps.household(p) != history.household()) return "#" + p + " · " + l.get("insp.dead");
        return "#" + p + " · " + l.status(ps.status(p));
    }
    public String nameTracedMember() { return l.get("insp.tracedMember"); }

    public String getLastDecision() {
        DecisionLog.Row r = lastRow();
        if (r == null) return history == null || history.tracedMember() == org.sxbelt.agents.Persons.NONE ? "–" : l.get("insp.noDecisionYet");
        return org.sxbelt.params.SimMonthFormat.format(r.month()) + ": " + DecisionLog.status(l, r.statusBefore())
                + " → " + DecisionLog.status(l, r.statusAfter());
    }
    public String nameLastDecision() { return l.get("insp.lastDecision"); }

    public String getDecisionOptions() {
        DecisionLog.Row r = lastRow();
        return r == null || r.options().isEmpty() ? "–" : r.options();
    }
    public String nameDecisionOptions() { return l.get("insp.options"); }

    public String getDecisionChosen() {
        DecisionLog.Row r = lastRow();
        return r == null || r.chosen().isEmpty() ? "–" : r.chosen();
    }
    public String nameDecisionChosen() { return l.get("insp.chosen"); }

    public String getDecisionReason() {
        DecisionLog.Row r = lastRow();
        return r == null ? "–" : r.reason();
    }
    public String nameDecisionReason() { return l.get("insp.reason"); }

    private int[] now(int h) {
        org.sxbelt.agents.Persons ps = model.belt().persons();
        int[] c = new int[org.sxbelt.agents.Status.values().length];
        for (int p = model.belt().households().firstMember(h); p != org.sxbelt.agents.Persons.NONE; p = ps.nextMember(p)) {
            if (ps.isAlive(p)) c[ps.statusCode(p)]++;
        }
        return c;
    }

    private String recent(int i) {
        if (history == null) return "";
        java.util.List<HouseholdHistory.Month> m = history.months();
        if (i >= m.size()) return "";
        HouseholdHistory.Month x = m.get(i);
        return org.sxbelt.params.SimMonthFormat.format(x.month()) + ": " + HouseholdHistory.statuses(l, x.statuses())
                + " · " + HouseholdHistory.income(l, x);
    }

    private String recentName(int monthsAgo) { return l.get("insp.monthsAgo").replace("{n}", Integer.toString(monthsAgo)); }

    public String getRecent01() { return recent(0); }
    public String nameRecent01() { return recentName(1); }
    public String getRecent02() { return recent(1); }
    public String nameRecent02() { return recentName(2); }
    public String getRecent03() { return recent(2); }
    public String nameRecent03() { return recentName(3); }
    public String getRecent04() { return recent(3); }
    public String nameRecent04() { return recentName(4); }
    public String getRecent05() { return recent(4); }
    public String nameRecent05() { return recentName(5); }
    public String getRecent06() { return recent(5); }
    public String nameRecent06() { return recentName(6); }
    public String getRecent07() { return recent(6); }
    public String nameRecent07() { return recentName(7); }
    public String getRecent08() { return recent(7); }
    public String nameRecent08() { return recentName(8); }
    public String getRecent09() { return recent(8); }
    public String nameRecent09() { return recentName(9); }
    public String getRecent10() { return recent(9); }
    public String nameRecent10() { return recentName(10); }
    public String getRecent11() { return recent(10); }
    public String nameRecent11() { return recentName(11); }
    public String getRecent12() { return recent(11); }
    public String nameRecent12() { return recentName(12); }

    @Override
    public String toString() { return getVillage() + " · " + getTown(); }
}
