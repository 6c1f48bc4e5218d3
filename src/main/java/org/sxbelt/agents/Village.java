package org.sxbelt.agents;

import java.util.ArrayList;
import java.util.List;

/**
 * An administrative village (or, for the urban population, the county town's own ward). Its
 * households are a contiguous index range. Workshops hosted here also serve the neighbouring
 * villages of the same town, as satellite factories serving two or three villages do.
 */
public final class Village implements java.io.Serializable {

    private final int index;
    private final Town town;
    private final double lon;
    private final double lat;
    private final boolean urbanWard;
    private final boolean poorVillage;
    private double kmToTown;
    private double roadQuality;
    private boolean resettled;
    private double leaseShareFloor;
    private double siteSchoolCoverage;
    private int firstHousehold;
    private int householdCount;
    private final List<Firm> workshops = new ArrayList<>();
    private final List<Village> neighbours = new ArrayList<>();
    private int represents = 1;

    public Village(int index, Town town, double lon, double lat, double kmToTown, double roadQuality,
                   boolean poorVillage, boolean urbanWard) {
        this.index = index;
        this.town = town;
        this.lon = lon;
        this.lat = lat;
        this.kmToTown = kmToTown;
        this.roadQuality = roadQuality;
        this.poorVillage = poorVillage;
        this.urbanWard = urbanWard;
    }

    public int getIndex() { return index; }
    public Town town() { return town; }
    public String getTown() { return town.getNameEn(); }
    public double getLon() { return lon; }
    public double getLat() { return lat; }
    public boolean isUrbanWard() { return urbanWard; }
    public boolean isPoorVillage() { return poorVillage; }

    /** Road distance to the county town in km. */
    public double getKmToTown() { return kmToTown; }

    /** 0.3 (dirt track) to 1 (paved, served by buses); commuting cost scales with 1/quality. */
    public double getRoadQuality() { return roadQuality; }

    public void improveRoad(double gain) { roadQuality = Math.min(1.0, roadQuality + gain); }

    public boolean isResettled() { return resettled; }

    /**
     * Resettlement next to the town: the village's households now live a short commute from the park,
     * lease at least {@code leaseShareFloor} of their land (the old land, far away) to cooperatives, and
     * the site's kindergarten and boarding school take in the children of a share {@code schoolCoverage}
     * of them.
     */
    public void resettleNear(double km, double leaseShareFloor, double schoolCoverage) {
        if (leaseShareFloor < 0 || leaseShareFloor > 1 || schoolCoverage < 0 || schoolCoverage > 1) {
            throw new IllegalArgumentException("shares in [0, 1]: " + leaseShareFloor + ", " + schoolCoverage);
        }
        resettled = true;
        kmToTown = Math.min(kmToTown, km);
        roadQuality = 1.0;
        this.leaseShareFloor = leaseShareFloor;
        this.siteSchoolCoverage = schoolCoverage;
    }

    /** Least share of its land a household here leases out (0 unless resettled). */
    public double leaseShareFloor() { return leaseShareFloor; }

    /** Share of households here whose pre-school and school-age children the site's schools take in (0 unless resettled). */
    public double siteSchoolCoverage() { return siteSchoolCoverage; }

    public int firstHousehold() { return firstHousehold; }
    public int householdCount() { return householdCount; }

    public void setHouseholds(int first, int count) {
        firstHousehold = first;
        householdCount = count;
    }

    public List<Firm> workshops() { return workshops; }

    /** Real villages this generated village stands for (more than one at coarse scales). */
    public int represents() { return represents; }

    public void setRepresents(int n) { represents = Math.max(1, n); }

    /** Room for another workshop: one per real village represented. */
    public boolean canHostWorkshop() { return workshopRoom() > 0; }

    /**
     * Real workshops that could still open here: one per real village represented, less the real
     * workshops already here (an agent workshop may stand for several); none in the town's ward.
     */
    public int workshopRoom() {
        return urbanWard ? 0 : Math.max(0, represents - getWorkshopCount());
    }

    public List<Village> neighbours() { return neighbours; }

    /** Real workshops here (an agent workshop counts for all it stands for). */
    public int getWorkshopCount() {
        int real = 0;
        for (Firm f : workshops) real += f.represents();
        return real;
    }


    @Override
    public String toString() { return "village " + index + " of " + town.getNameEn(); }
}
