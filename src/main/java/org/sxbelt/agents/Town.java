package org.sxbelt.agents;

import org.sxbelt.geo.County;

import java.util.ArrayList;
import java.util.List;

/**
 * A county seat (or XPCC city) with its industrial park: factory space, the firms in it, and what
 * job seekers can learn about its labour market (its pay; its hiring, tallied in {@link HiringTally}).
 */
public final class Town implements java.io.Serializable {

    private final County county;
    private final int prefecture;
    private double remoteness;
    private final boolean onTrunkRoad;
    private final double rawMaterialBase;
    /** Road km to each customs point, in the order model.CustomsClearance lists them; empty until set. */
    private double[] kmToCustoms = new double[0];
    private final List<Village> villages = new ArrayList<>();
    private final List<Firm> firms = new ArrayList<>();
    /** Factory space open to any industry, and space reserved for one industry (a dedicated park). */
    private double parkSpace;
    private final double[] dedicatedSpace = new double[Industry.count()];
    /** Space occupied by each industry's firms; they fill their dedicated space first. */
    private final double[] usedBy = new double[Industry.count()];
    private final HiringTally hiring = new HiringTally();
    private final UnmetDemand unmet = new UnmetDemand();
    private double meanWage;
    private final int[] firmsByIndustry = new int[Industry.count()];
    /** Changes to what a relocating firm reads of the town (firms, space, freight), counted for model.LocationMemo. */
    private long changes;

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

    /** Freight index: cost-weighted km by road to the railhead and rail to Urumqi, belt mean as road km / 1,500 (see model.FreightDistance). */
    public double getRemoteness() { return remoteness; }

    /** A new freight index, when a railhead opens (model.FreightDistance). */
    public void setRemoteness(double index) {
        remoteness = index;
        changes++;
    }

    public boolean isOnTrunkRoad() { return onTrunkRoad; }

    /** Road km to the customs point {@code i} of model.CustomsClearance (infinite before they are set). */
    public double kmToCustoms(int i) { return i < kmToCustoms.length ? kmToCustoms[i] : Double.POSITIVE_INFINITY; }

    /** Sets the road km to each customs point (once, when the belt is built). */
    public void setKmToCustoms(double[] km) {
        kmToCustoms = km.clone();
        changes++;
    }

    /** How much of the processing industries' raw material is grown around the town, 0..1. */
    public double getRawMaterialBase() { return rawMaterialBase; }

    public List<Village> villages() { return villages; }

    /** Live firms sited in this town's park (satellite workshops are listed with their village). */
    public List<Firm> firms() { return firms; }

    /** Real firms in the park (an agent firm counts for all it stands for), as the inspector shows them. */
    public int getFirmCount() {
        int n = 0;
        for (int c : firmsByIndustry) n += c;
        return n;
    }

    /** Real firms of industry {@code k} in the park. */
    public int firmsIn(Industry k) { return firmsByIndustry[k.ordinal()]; }

    public void firmOpened(Firm f) {
        firms.add(f);
        firmsByIndustry[f.industry().ordinal()] += f.represents();
        occupy(f.industry(), f.space());
    }

    /** {@code firms} real firms taking {@code m2} joined the agent firm {@code f} already here ({@link Firm#absorb}). */
    public void firmJoined(Firm f, int firms, double m2) {
        firmsByIndustry[f.industry().ordinal()] += firms;
        occupy(f.industry(), m2);
    }

    public void firmClosed(Firm f) {
        firms.remove(f);
        firmsByIndustry[f.industry().ordinal()] -= f.represents();
        occupy(f.industry(), -f.space());
    }

    /** All factory space in the park, dedicated space included (m2). */
    public double getParkSpace() {
        double s = parkSpace;
        for (double d : dedicatedSpace) s += d;
        return s;
    }

    public double getUsedSpace() {
        double s = 0;
        for (double u : usedBy) s += u;
        return s;
    }

    /** Space reserved for industry {@code k} in a dedicated park (m2). */
    public double dedicatedSpace(Industry k) { return dedicatedSpace[k.ordinal()]; }

    /** Space a firm of industry {@code k} could still take: its dedicated space left, then the open space left. */
    public double freeSpace(Industry k) {
        int i = k.ordinal();
        return Math.max(0, dedicatedSpace[i] - usedBy[i]) + Math.max(0, parkSpace - usedOfOpenSpace());
    }

    /** Does industry {@code k} have dedicated space here that is not yet taken? */
    public boolean hasFreeDedicatedSpace(Industry k) { return usedBy[k.ordinal()] < dedicatedSpace[k.ordinal()]; }

    /**
     * New factory space: open to any industry when {@code k} is null, else kept for industry {@code k}.
     * It meets as much of the demand on record of the firms turned away.
     */
    public void addSpace(Industry k, double m2) {
        if (k == null) parkSpace += m2;
        else dedicatedSpace[k.ordinal()] += m2;
        unmet.met(k, m2);
        changes++;
    }

    /** Factory space built and not used (m2): what the park's owner maintains for nobody. */
    public double getIdleSpace() { return Math.max(0, getParkSpace() - getUsedSpace()); }

    /** M2 wanted by firms that chose this town and were turned away because its park was full. */
    public UnmetDemand unmetDemand() { return unmet; }

    /** Total m2 on record in {@link #unmetDemand()}. */
    public double getUnmetSpace() { return unmet.total(); }

    public double getOccupancy() {
        double total = getParkSpace();
        return total <= 0 ? 0 : getUsedSpace() / total;
    }

    /** A firm of industry {@code k} takes {@code m2} more (negative: gives it back). */
    public void occupy(Industry k, double m2) {
        usedBy[k.ordinal()] += m2;
        changes++;
    }

    /**
     * How many times the town's firms, space or freight have changed: equal counts mean that everything
     * a relocating firm weighs in the town itself is as it was (firm counts change only with space taken
     * or given back, which {@link #occupy} counts).
     */
    public long changes() { return changes; }

    /** Open space taken: what each industry uses beyond its dedicated space. */
    private double usedOfOpenSpace() {
        double s = 0;
        for (int i = 0; i < usedBy.length; i++) s += Math.max(0, usedBy[i] - dedicatedSpace[i]);
        return s;
    }

    /** Last month's hires per applicant in this town's park (NaN when nobody applied). */
    public double getHireRate() { return hiring.lastRealisedRate(); }

    /** This month's and last month's applicants, hires and believed hire chances. */
    public HiringTally hiring() { return hiring; }

    public double getMeanWage() { return meanWage; }

    public void setMeanWage(double w) { meanWage = w; }


    @Override
    public String toString() { return county.pinyin() + " " + county.nameZh(); }
}
