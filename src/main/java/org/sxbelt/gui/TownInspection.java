package org.sxbelt.gui;

import org.sxbelt.agents.Status;
import org.sxbelt.agents.Town;
import org.sxbelt.model.BeltModel;
import org.sxbelt.model.Measure;
import org.sxbelt.model.Observer;

/**
 * What the inspector shows for a town clicked on the map: its state last month in words a class can
 * read, each value with its unit and a sensible precision, each name in the GUI's language (MASON
 * reads {@code getX} for the value and {@code nameX} for the name). Read-only: no setters.
 * Counts of persons are real persons (agents times the run's scale).
 */
public final class TownInspection {

    private final Town town;
    private final BeltModel model;
    private final Labels l;

    TownInspection(Town town, BeltModel model, Labels labels) {
        this.town = town;
        this.model = model;
        this.l = labels;
    }

    private Observer o() { return model.observer(); }
    private double m(Measure x) { return o().measure(town.index(), x); }
    private double persons(Measure x) { return m(x) * model.belt().scale(); }

    public String getName() { return l.town(town) + (l.isChinese() ? "（" + town.getNameEn() + "）" : " (" + town.getNameZh() + ")"); }
    public String nameName() { return l.get("insp.name"); }

    public String getMonth() { return BeltMap.shownMonth(model); }
    public String nameMonth() { return l.get("insp.month"); }

    public String getPopulation() { return Format.persons(l, town.getPopulation()); }
    public String namePopulation() { return l.get("insp.population"); }

    public String getPovertyRate() { return Format.percent(l, ratio(m(Measure.POOR_PERSONS), m(Measure.RURAL_PERSONS))); }
    public String namePovertyRate() { return l.get("insp.povertyRate"); }

    public String getParkFirms() { return Format.count(l, town.getFirmCount(), "unit.firms"); }
    public String nameParkFirms() { return l.get("insp.parkFirms"); }

    public String getParkJobs() { return Format.persons(l, persons(Measure.PARK_JOBS)); }
    public String nameParkJobs() { return l.get("insp.parkJobs"); }

    public String getWorkshopJobs() { return Format.persons(l, persons(Measure.WORKSHOP_JOBS)); }
    public String nameWorkshopJobs() { return l.get("insp.workshopJobs"); }

    public String getJobsPerWorkingAge() {
        double v = MapColoring.JOBS_PER_WORKING_AGE.value(o(), town.index());
        return Double.isNaN(v) ? "–" : Format.decimal(v, 3);
    }
    public String nameJobsPerWorkingAge() { return l.get("coloring.jobs"); }

    public String getMeanParkWage() { return Format.yuanPerMonth(l, MapColoring.MEAN_WAGE.value(o(), town.index())); }
    public String nameMeanParkWage() { return l.get("coloring.wage"); }

    public String getMigrantsInXinjiang() { return Format.persons(l, persons(Measure.status(Status.MIGRANT_XJ))); }
    public String nameMigrantsInXinjiang() { return l.status(Status.MIGRANT_XJ); }

    public String getMigrantsInland() { return Format.persons(l, persons(Measure.status(Status.MIGRANT_INLAND))); }
    public String nameMigrantsInland() { return l.status(Status.MIGRANT_INLAND); }

    public String getParkSpace() { return Format.count(l, town.getParkSpace(), "unit.m2"); }
    public String nameParkSpace() { return l.get("insp.parkSpace"); }

    public String getOccupancy() { return Format.percent(l, town.getOccupancy()); }
    public String nameOccupancy() { return l.get("insp.occupancy"); }

    public String getHireRate() { return Format.percent(l, town.getHireRate()); }
    public String nameHireRate() { return l.get("insp.hireRate"); }

    public String getCounterpartProvince() {
        String p = town.getCounterpartProvince();
        return p == null || p.isEmpty() ? "–" : p;
    }
    public String nameCounterpartProvince() { return l.get("insp.counterpart"); }

    public String getOnTrunkRoad() { return l.get(town.isOnTrunkRoad() ? "insp.yes" : "insp.no"); }
    public String nameOnTrunkRoad() { return l.get("insp.trunkRoad"); }

    private static double ratio(double a, double b) { return Double.isNaN(a) || Double.isNaN(b) || b == 0 ? Double.NaN : a / b; }

    @Override
    public String toString() { return l.town(town); }
}
