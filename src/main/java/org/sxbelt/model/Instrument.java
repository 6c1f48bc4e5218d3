package org.sxbelt.model;

import org.sxbelt.agents.Industry;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.ParamValues;
import org.sxbelt.params.SimMonthFormat;

import static org.sxbelt.params.ParamSchema.*;

/**
 * The support instruments for firms the sources list, each a lever with its own base, rate and
 * horizon (ODD 7.5.2). Each books its public cost to a flow of its own; the income-tax holiday's
 * cost is the tax forgone.
 */
public enum Instrument {
    /** Share of the wage bill (employment subsidy), in the opening package. */
    WAGE_SUBSIDY(Flow.SPEND_WAGE_SUBSIDY),
    /** Employer social-insurance contributions refunded, as a share of the wage bill. */
    SOCIAL_INSURANCE(Flow.SPEND_SOCIAL_INSURANCE),
    /** Share of freight, in the opening package. */
    FREIGHT_SUBSIDY(Flow.SPEND_LOGISTICS_SUBSIDY),
    /** Rent-free park space, in the opening package. */
    RENT_FREE(Flow.SPEND_RENT_SUBSIDY),
    /** Share of the power bill (a part of overhead). */
    POWER_SUBSIDY(Flow.SPEND_POWER_SUBSIDY),
    /** Per trained worker hired. */
    TRAINING_SUBSIDY(Flow.SPEND_TRAINING_SUBSIDY),
    /** Central textile and garment fund: per worker of cotton-using firms, until a calendar year. */
    TEXTILE_FUND(Flow.SPEND_TEXTILE_FUND),
    /** Refund of a share of the VAT on value added. */
    VAT_REFUND(Flow.SPEND_VAT_REFUND),
    /** Interest paid by government on the opening loan. */
    CREDIT_INTEREST(Flow.SPEND_CREDIT_INTEREST),
    /** Income tax forgone: none for the holiday, then half (applied in {@link SubsidySchedule#settle}). */
    INCOME_TAX_HOLIDAY(Flow.TAX_FORGONE);

    private final Flow flow;

    Instrument(Flow flow) { this.flow = flow; }

    /** Where the instrument's public cost is booked. */
    public Flow flow() { return flow; }

    /** Whether firms of industry {@code k} are eligible. */
    public boolean appliesTo(Industry k) { return this != TEXTILE_FUND || k.cottonExposed(); }

    /** The instrument's horizon under the current parameters. */
    public Horizon horizon(ParamValues p) {
        return switch (this) {
            case WAGE_SUBSIDY, FREIGHT_SUBSIDY, RENT_FREE ->
                    Horizon.fromOpening(p.getInt(SUBSIDY_MONTHS), p.getInt(SUBSIDY_TAPER_MONTHS));
            case SOCIAL_INSURANCE -> Horizon.fromOpening(p.getInt(SOCIAL_INSURANCE_MONTHS), 0);
            case POWER_SUBSIDY -> Horizon.fromOpening(p.getInt(POWER_SUBSIDY_MONTHS), 0);
            case TRAINING_SUBSIDY -> Horizon.fromOpening(p.getInt(TRAINING_SUBSIDY_MONTHS), 0);
            case TEXTILE_FUND -> Horizon.untilMonth((p.getInt(TEXTILE_FUND_END_YEAR) + 1 - SimMonthFormat.BASE_YEAR) * 12);
            case VAT_REFUND -> Horizon.fromOpening(p.getInt(VAT_REFUND_MONTHS), 0);
            case CREDIT_INTEREST -> Horizon.fromOpening(p.getInt(CREDIT_MONTHS), 0);
            case INCOME_TAX_HOLIDAY -> Horizon.staged(p.getInt(TAX_HOLIDAY_MONTHS), p.getInt(TAX_HALF_MONTHS), 0.5);
        };
    }

    /** The credit instrument's monthly interest paid per yuan of loan owed. */
    static double creditInterestRate(ParamValues p) {
        return Math.min(p.get(CREDIT_INTEREST_SUBSIDY), p.get(LOAN_RATE)) / 12;
    }

    /**
     * Support in full (level 1) on these bases, before the horizon; zero for the tax holiday, whose
     * value depends on the profit.
     */
    double full(FirmBases b, ParamValues p) {
        return switch (this) {
            case WAGE_SUBSIDY -> p.get(ParamSchema.WAGE_SUBSIDY) * b.wages();
            case SOCIAL_INSURANCE -> p.get(SOCIAL_INSURANCE_SUBSIDY) * b.wages();
            case FREIGHT_SUBSIDY -> p.get(LOGISTICS_SUBSIDY) * b.freight();
            case RENT_FREE -> p.is(ParamSchema.RENT_FREE) ? b.rent() : 0;
            case POWER_SUBSIDY -> p.get(ParamSchema.POWER_SUBSIDY) * p.get(POWER_SHARE) * b.overhead();
            case TRAINING_SUBSIDY -> p.get(ParamSchema.TRAINING_SUBSIDY) * b.trainedHires() * b.wageIndex();
            case TEXTILE_FUND -> p.get(ParamSchema.TEXTILE_FUND) * b.workers() * b.wageIndex();
            case VAT_REFUND -> p.get(VAT_REFUND_SHARE) * p.get(VAT_RATE) * b.revenue();
            case CREDIT_INTEREST -> creditInterestRate(p) * b.loanBalance();
            case INCOME_TAX_HOLIDAY -> 0;
        };
    }
}
