package org.sxbelt.agents;

import org.sxbelt.params.Param;

/**
 * A distant labour market the belt's workers can migrate to: north Xinjiang (Urumqi and beyond),
 * the XPCC regiments, or the inland provinces. It offers a wage and a monthly number of jobs; the
 * living cost, Mandarin requirement and home attachment make it costlier than a local job.
 */
public final class DistantMarket {

    private final int id;
    private final String nameEn;
    private final String nameZh;
    private final boolean inland;
    private final Param wage;
    private final Param vacancies;
    private final Param livingCost;
    private final Param mandarinNeeded;
    private final boolean cottonSeason;
    private final HiringTally hiring = new HiringTally();

    public DistantMarket(int id, String nameEn, String nameZh, boolean inland, Param wage, Param vacancies,
                         Param livingCost, Param mandarinNeeded, boolean cottonSeason) {
        this.id = id;
        this.nameEn = nameEn;
        this.nameZh = nameZh;
        this.inland = inland;
        this.wage = wage;
        this.vacancies = vacancies;
        this.livingCost = livingCost;
        this.mandarinNeeded = mandarinNeeded;
        this.cottonSeason = cottonSeason;
    }

    public int id() { return id; }
    public String getNameEn() { return nameEn; }
    public String getNameZh() { return nameZh; }
    public boolean isInland() { return inland; }
    public Status status() { return inland ? Status.MIGRANT_INLAND : Status.MIGRANT_XJ; }
    public Param wageParam() { return wage; }
    public Param vacancyParam() { return vacancies; }
    public Param livingCostParam() { return livingCost; }
    public Param mandarinParam() { return mandarinNeeded; }
    /** Demand triples in the cotton-picking season (September to November). */
    public boolean hasCottonSeason() { return cottonSeason; }

    /** Last month's hires per applicant (NaN when nobody applied). */
    public double getHireRate() { return hiring.lastRealisedRate(); }

    /** This month's and last month's applicants, hires and believed hire chances. */
    public HiringTally hiring() { return hiring; }

    @Override
    public String toString() { return nameEn; }
}
