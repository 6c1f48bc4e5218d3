package org.sxbelt.agents;

import org.sxbelt.geo.County;

import java.util.ArrayList;
import java.util.List;

/**
 * A county seat (or XPCC city) with its industrial park: factory space, the firms in it, and what
 * job seekers can learn about its labour market (last month's hire rate and pay).
 */
public final class Town {

    private final County county;
    private final int prefecture;
    private final double remoteness;
    private final boolean onTrunkRoad;
    private final double rawMaterialBase;
    private final List<Village> villages = new ArrayList<>();
    private final List<Firm> firms = new ArrayList<>();
    private double parkSpace;
    private double usedSpace;
    private final HireExpectation expectation = new HireExpectation();
    private double meanWage;
    private final int[] firmsByIndustry = new int[Industry.count()];

    public Town(County county, int prefecture, double remoteness, boolean onTrunkRoad, double rawMaterialBase,
                double parkSpace) {
        this.county = county;
        this.rawMaterialBase = rawMaterialBase;
        this.prefecture = prefecture;
        this.remoteness = remoteness;
        this.onTrunkRoad = onTrunkRoad;
        this.parkSpace = parkSpace;
    }

    public County county() { return county; }
    public int index() { return county.index(); }
    public String id() { return county.id(); }
    public String getNameEn() { return county.pinyin(); }
    public String getNameZh() { return county.nameZh(); }
    public String getPrefecture() { return county.prefecture(); }
    public int prefectureIndex() { return prefecture; }
    public String getCounterpartProvince() { return county.counterpartProvince(); }
    public long getPopulation() { return county.population(); }

    /** Road distance to Urumqi relative to 1,500 km: scales freight cost. */
    public double getRemoteness() { return remoteness; }

    public boolean isOnTrunkRoad() { return onTrunkRoad; }

    /** How much of the processing industries' raw material is grown around the town, 0..1. */
    public double getRawMaterialBase() { return rawMaterialBase; }

    public List<Village> villages() { return villages; }

    /** Live firms sited in this town's park (satellite workshops are listed with their village). */
    public List<Firm> firms() { return firms; }

    public int getFirmCount() { return firms.size(); }

    public int firmsIn(Industry k) { return firmsByIndustry[k.ordinal()]; }

    public void firmOpened(Firm f) {
        firms.add(f);
        firmsByIndustry[f.industry().ordinal()]++;
        usedSpace += f.space();
    }

    public void firmClosed(Firm f) {
        firms.remove(f);
        firmsByIndustry[f.industry().ordinal()]--;
        usedSpace -= f.space();
    }

    public double getParkSpace() { return parkSpace; }
    public double getUsedSpace() { return usedSpace; }
    public double freeSpace() { return parkSpace - usedSpace; }
    public void addParkSpace(double m2) { parkSpace += m2; }

    public double getOccupancy() { return parkSpace <= 0 ? 0 : usedSpace / parkSpace; }

    public void growFirmSpace(double m2) { usedSpace += m2; }

    /** Smoothed share of applicants hired here (what seekers expect). */
    public double getHireRate() { return expectation.rate(); }

    public double getMeanWage() { return meanWage; }

    public void setMeanWage(double w) { meanWage = w; }

    public void countApplicant() { expectation.countApplicant(); }

    public void countHire() { expectation.countHire(); }

    /** Ends the month's market: revises what seekers expect (see {@link HireExpectation}). */
    public void closeMarket(double smoothing, boolean hadVacancies) { expectation.close(smoothing, hadVacancies); }

    @Override
    public String toString() { return county.pinyin() + " " + county.nameZh(); }
}
