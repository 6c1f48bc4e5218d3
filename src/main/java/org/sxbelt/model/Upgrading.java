package org.sxbelt.model;

import org.sxbelt.params.ParamValues;

import static org.sxbelt.params.ParamSchema.*;

/**
 * Industrial upgrading as a firm opening under {@code policy.upgrading = u} takes it on: equipment
 * that raises every worker's output by the share u, so the same orders need {@code 1/(1+u)} of the
 * workers; the equipment costs {@code policy.upgradingCapital × u} yuan per real worker place, at
 * the opening month's prices, written off over {@value #DEPRECIATION_MONTHS} months and carrying the
 * firm's loan rate; and, if {@code policy.upgradingSkills}, the firm hires only workers who have
 * been trained or have a skill. Pay per worker rises with output (piece rates), jobs per unit of
 * orders fall, and the capital charge lowers the margin that relocating firms expect.
 *
 * @param outputPerWorker  multiplier of every worker's output, 1 + u
 * @param capitalPerPlace  equipment per real worker place, yuan at the opening month's prices
 * @param skilledHiresOnly whether hires must be trained or skilled
 */
public record Upgrading(double outputPerWorker, double capitalPerPlace, boolean skilledHiresOnly) {

    /** Equipment is written off over ten years. */
    static final int DEPRECIATION_MONTHS = 120;

    public static final Upgrading NONE = new Upgrading(1, 0, false);

    public Upgrading {
        if (!(outputPerWorker >= 1) || !(capitalPerPlace >= 0)) {
            throw new IllegalArgumentException("upgrading: output per worker >= 1 and capital >= 0: "
                    + outputPerWorker + ", " + capitalPerPlace);
        }
    }

    /** What a firm opening now takes on, at wage index {@code wageIndex}. */
    public static Upgrading of(ParamValues p, double wageIndex) {
        double u = p.get(UPGRADING);
        if (u <= 0) return NONE;
        return new Upgrading(1 + u, p.get(UPGRADING_CAPITAL) * u * wageIndex, p.is(UPGRADING_SKILLS));
    }

    /** Depreciation and interest on the equipment of one real worker place, yuan a month. */
    public double monthlyChargePerPlace(ParamValues p) {
        return capitalPerPlace * (1.0 / DEPRECIATION_MONTHS + p.get(LOAN_RATE) / 12);
    }
}
