package org.sxbelt.gui;

import org.sxbelt.agents.Village;
import org.sxbelt.model.BeltModel;

/** The inspector's view of a village clicked on the map: names in the GUI's language, values with units; read-only. */
public final class VillageInspection {

    private final Village v;
    private final BeltModel model;
    private final Labels l;
    private final double commuters;

    VillageInspection(Village v, BeltModel model, Labels labels, double commuters) {
        this.v = v;
        this.model = model;
        this.l = labels;
        this.commuters = commuters;
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

    @Override
    public String toString() { return getVillage() + " · " + getTown(); }
}
