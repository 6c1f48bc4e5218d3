package org.sxbelt.model;

/**
 * Money flows recorded each month by county, in real yuan: household income by source and public
 * spending by programme (firm support by instrument, see {@link Instrument}) and the income tax
 * firms pay. One enum so that indicators, the wage-accounting test and the public
 * cost figures all read the same ledger.
 */
public enum Flow {
    // household income by source
    INCOME_FARM("income_farm", true),
    INCOME_SIDE("income_side", true),
    INCOME_LOCAL_WAGE("income_local_wage", true),
    INCOME_SERVICES("income_services", true),
    INCOME_REMITTANCE("income_remittance", true),
    INCOME_LAND_RENT("income_land_rent", true),
    INCOME_DIVIDEND("income_dividend", true),
    INCOME_TRANSFER("income_transfer", true),
    // wage bills by employer side (equal to local wage income by construction; checked in tests)
    FIRM_WAGE_BILL("firm_wage_bill", false),
    DISTANT_PAY("distant_pay", false),
    // public spending by programme
    SPEND_WAGE_SUBSIDY("spend_wage_subsidy", false),
    SPEND_LOGISTICS_SUBSIDY("spend_logistics_subsidy", false),
    SPEND_RENT_SUBSIDY("spend_rent_subsidy", false),
    SPEND_SOCIAL_INSURANCE("spend_social_insurance", false),
    SPEND_POWER_SUBSIDY("spend_power_subsidy", false),
    SPEND_TRAINING_SUBSIDY("spend_training_subsidy", false),
    SPEND_TEXTILE_FUND("spend_textile_fund", false),
    SPEND_VAT_REFUND("spend_vat_refund", false),
    SPEND_CREDIT_INTEREST("spend_credit_interest", false),
    SPEND_PARK_BUILDING("spend_park_building", false),
    /** Upkeep of park space nobody uses, paid by the county that owns the park. */
    SPEND_IDLE_SPACE("spend_idle_space", false),
    SPEND_WORKSHOPS("spend_workshops", false),
    SPEND_TRAINING("spend_training", false),
    SPEND_TRANSFER("spend_transfer", false),
    SPEND_ECO_POSTS("spend_eco_posts", false),
    SPEND_SOCIAL_FLOOR("spend_social_floor", false),
    SPEND_DIVIDENDS("spend_dividends", false),
    /** Poverty-alleviation relocation: housing, site infrastructure and the move (policy.Resettlement). */
    SPEND_RELOCATION("spend_relocation", false),
    /** Orchard improvement, farmers' technical training, greenhouses and courtyard plots (§7.8.9). */
    SPEND_FARM_PROGRAMMES("spend_farm_programmes", false),
    /** Poverty micro-credit: the interest the government pays and the principal the risk fund writes off. */
    SPEND_MICRO_CREDIT("spend_micro_credit", false),
    /** Medical costs of serious illness the basic health insurance pays (ODD 7.7.7). */
    SPEND_HEALTH_INSURANCE("spend_health_insurance", false),
    /** What medical assistance pays of registered-poor households' medical costs after insurance. */
    SPEND_MEDICAL_ASSISTANCE("spend_medical_assistance", false),
    /** The part of policy agricultural insurance premiums that governments pay (ODD 7.7.7). */
    SPEND_CROP_INSURANCE("spend_crop_insurance", false),
    /** Making the houses of households on the poverty record safe (the rural housing project, ODD 7.7.3). */
    SPEND_HOUSING("spend_housing", false),
    /** Help attempts of the dynamic monitoring against return to poverty (ODD 7.7.4). */
    SPEND_MONITORING_HELP("spend_monitoring_help", false),
    /** Medical costs rural households pay themselves (from savings or income). */
    MEDICAL_OUT_OF_POCKET("medical_out_of_pocket", false),
    /** Harvest that natural disasters destroyed (yuan of farm income lost). */
    DISASTER_LOSS("disaster_loss", false),
    /** What agricultural insurance paid insured households of their disaster losses. */
    CROP_INDEMNITY("crop_indemnity", false),
    /** The part of agricultural insurance premiums that insured households pay themselves. */
    CROP_PREMIUM_PAID("crop_premium_paid", false),
    // public receipts, and those forgone
    TAX_FIRM_INCOME("tax_firm_income", false),
    /**
     * Income tax forgone under the holiday: a tax expenditure, reported beside spending and not in it
     * (as tax-expenditure reports do), since much of the base would not exist without the holiday.
     */
    TAX_FORGONE("tax_forgone", false);

    private final String id;
    private final boolean householdIncome;

    Flow(String id, boolean householdIncome) {
        this.id = id;
        this.householdIncome = householdIncome;
    }

    public String id() { return id; }
    public boolean isHouseholdIncome() { return householdIncome; }
    public boolean isPublicSpending() { return name().startsWith("SPEND_"); }

    /** Spending meant to create local jobs (firm support, parks and their upkeep, workshops, training). */
    public boolean isJobCreation() {
        return switch (this) {
            case SPEND_WAGE_SUBSIDY, SPEND_LOGISTICS_SUBSIDY, SPEND_RENT_SUBSIDY, SPEND_SOCIAL_INSURANCE,
                 SPEND_POWER_SUBSIDY, SPEND_TRAINING_SUBSIDY, SPEND_TEXTILE_FUND, SPEND_VAT_REFUND,
                 SPEND_CREDIT_INTEREST, SPEND_PARK_BUILDING, SPEND_IDLE_SPACE, SPEND_WORKSHOPS, SPEND_TRAINING -> true;
            default -> false;
        };
    }
}
