package org.sxbelt.model;

import org.sxbelt.agents.Households;
import org.sxbelt.params.ParamValues;

import static org.sxbelt.params.ParamSchema.*;

/**
 * Policy agricultural insurance against natural disasters (ODD 7.7.7). A farming household is insured
 * when its own fixed uniform, drawn from the seed and the household's index (no random stream, so the
 * insurance moves no other draw), is below the take-up of its group: {@code policy.cropInsurancePoor}
 * for a household on the poverty record since 2015, {@code policy.cropInsurance} for the others. The
 * same households stay insured from year to year, and a higher take-up insures the households of a
 * lower one and more.
 *
 * <p>The insured sum is {@code policy.cropInsuranceCover} of a year's farm income. Each month an insured
 * household with farm income {@code f} owes the premium {@code policy.cropInsurancePremium × cover × f}
 * (a twelfth of the yearly premium on the sum insured at this month's rate); governments pay
 * {@code policy.cropInsuranceSubsidy} of it ({@code policy.cropInsuranceSubsidyPoor} for a household on
 * the poverty record), the household the rest, from the month's income. When a disaster destroys a
 * share of its harvest, the insurance pays {@code cover} of the loss in the same month.
 */
final class CropInsurance {

    /** Salt of the insurance's fixed draws, so that they are unrelated to the care duties' draws of the same index. */
    private static final long SALT = 0x6372_6F70_696E_7375L;

    private CropInsurance() {}

    /** Is rural household h insured this month? */
    static boolean insured(ParamValues p, long seed, Households hh, int h) {
        double takeUp = p.get(hh.isTargeted(h) ? CROP_INSURANCE_POOR : CROP_INSURANCE);
        return takeUp > 0 && CareDuties.draw(seed ^ SALT, h, 0) < takeUp;
    }

    /** Share of a disaster's harvest loss the insurance pays household h (0 if it is not insured). */
    static double cover(ParamValues p, long seed, Households hh, int h) {
        return insured(p, seed, hh, h) ? p.get(CROP_INSURANCE_COVER) : 0;
    }

    /** The cover of household h as this month's household pass found it ({@link Households#CROP_INSURED}). */
    static double coverThisMonth(ParamValues p, Households hh, int h) {
        return hh.has(h, Households.CROP_INSURED) ? p.get(CROP_INSURANCE_COVER) : 0;
    }

    /** The whole monthly premium of a household insured at {@code cover} with this month's farm income. */
    static double premium(ParamValues p, double cover, double farm) {
        return p.get(CROP_INSURANCE_PREMIUM) * cover * Math.max(0, farm);
    }

    /** The share of the premium public money pays for household h. */
    static double subsidy(ParamValues p, Households hh, int h) {
        return p.get(hh.isTargeted(h) ? CROP_INSURANCE_SUBSIDY_POOR : CROP_INSURANCE_SUBSIDY);
    }

    /**
     * What a disaster destroys of a household's harvest this month with farm income {@code farm}:
     * {@code household.disasterLoss} of a year's farm income (the rule of the shock and of the observer's
     * vulnerability).
     */
    static double loss(ParamValues p, double farm) {
        return farm > 0 ? p.get(DISASTER_LOSS) * 12 * farm : 0;
    }
}
