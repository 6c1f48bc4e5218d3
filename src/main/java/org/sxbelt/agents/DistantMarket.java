package org.sxbelt.agents;

import org.sxbelt.params.Param;
import org.sxbelt.params.ParamValues;

/**
 * A distant labour market the belt's workers can migrate to: north Xinjiang (Urumqi and beyond),
 * the XPCC regiments, or the inland provinces. Its employers want a number of belt workers that falls
 * as the wage they must pay them rises (a demand curve, {@code market.*Demand} at the 2015 wage); the
 * wage they pay is the market's 2015 wage grown with the belt's wage index, times a relative wage that
 * moves toward the level at which they want exactly the belt workers on offer (falls when more come). The living cost,
 * Mandarin requirement and home attachment make it costlier than a local job.
 */
public final class DistantMarket implements java.io.Serializable {

    private final int id;
    private final String key;
    private final String nameEn;
    private final String nameZh;
    private final boolean inland;
    private final Param wage;
    private final Param demand;
    private final Param livingCost;
    private final Param mandarinNeeded;
    private final boolean cottonSeason;
    private final HiringTally hiring = new HiringTally();
    /** Wage paid to belt workers relative to the market's trend wage (2015 wage x wage index). */
    private double relativeWage = 1;
    private int vacancies;
    private boolean open = true;
    private double turnedAway;
    private double excessShare;

    public DistantMarket(int id, String key, String nameEn, String nameZh, boolean inland, Param wage, Param demand,
                         Param livingCost, Param mandarinNeeded, boolean cottonSeason) {
        this.id = id;
        this.key = key;
        this.nameEn = nameEn;
        this.nameZh = nameZh;
        this.inland = inland;
        this.wage = wage;
        this.demand = demand;
        this.livingCost = livingCost;
        this.mandarinNeeded = mandarinNeeded;
        this.cottonSeason = cottonSeason;
    }

    public int id() { return id; }
    /** Short name used in indicator names ({@code market_wage_<key>}, {@code migrants_<key>}). */
    public String key() { return key; }
    public String getNameEn() { return nameEn; }
    public String getNameZh() { return nameZh; }
    public boolean isInland() { return inland; }
    public Status status() { return inland ? Status.MIGRANT_INLAND : Status.MIGRANT_XJ; }
    /** The market's wage in 2015 (before the wage index and the relative wage). */
    public Param wageParam() { return wage; }
    /** Belt workers the market's employers want at the 2015 wage. */
    public Param demandParam() { return demand; }
    public Param livingCostParam() { return livingCost; }
    public Param mandarinParam() { return mandarinNeeded; }
    /** Demand triples in the cotton-picking season (September to November). */
    public boolean hasCottonSeason() { return cottonSeason; }

    /** Monthly wage a belt worker is paid here now: 2015 wage x wage index x relative wage. */
    public double wage(ParamValues p, double wageIndex) { return p.get(wage) * wageIndex * relativeWage; }

    /**
     * Monthly living and travel cost here: it grows with the belt's wage index (prices of food, rent and
     * tickets), not with the market's relative wage for belt workers.
     */
    public double livingCost(ParamValues p, double wageIndex) { return p.get(livingCost) * wageIndex; }

    public double getRelativeWage() { return relativeWage; }
    public void setRelativeWage(double w) { relativeWage = w; }

    /**
     * Whether belt workers can go there to look for work this month (not in a stoppage). An open market
     * with no places still draws seekers, who are turned away: a full market is learnt by going there.
     */
    public boolean isOpen() { return open; }
    public void setOpen(boolean open) { this.open = open; }

    /** Places open to belt workers this month (agents). */
    public int vacancies() { return vacancies; }
    public void setVacancies(int v) { vacancies = v; }
    /**
     * Applicants turned away in the closed months (agents), smoothed with the weight of the hire-rate
     * expectation on the latest month: with the migrants there, the supply employers read when they set
     * the wage.
     */
    public double turnedAway() { return turnedAway; }

    /** Share of this market's open-market migrants beyond what its employers want now (they are sent home). */
    public double excessShare() { return excessShare; }
    public void setExcessShare(double s) { excessShare = s; }

    /** Last month's hires per applicant (NaN when nobody applied). */
    public double getHireRate() { return hiring.lastRealisedRate(); }

    /** This month's and last month's applicants, hires and believed hire chances. */
    public HiringTally hiring() { return hiring; }

    /** Adds the month's applicants not hired to the smoothed count, with weight {@code smoothing}. */
    public void updateTurnedAway(double smoothing) {
        turnedAway = (1 - smoothing) * turnedAway + smoothing * (hiring.applicants() - hiring.hires());
    }

    @Override
    public String toString() { return nameEn; }
}
