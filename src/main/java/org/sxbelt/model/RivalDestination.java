package org.sxbelt.model;

import org.sxbelt.agents.Industry;
import org.sxbelt.params.ParamValues;

import static org.sxbelt.params.ParamSchema.*;

/**
 * Southeast Asia as a rival destination for the eastern firms that weigh a move (004 part 1, ~195: the
 * assembly and low-end stages of China's labour-intensive industries moving there faster). It joins
 * staying east as an outside option of the location logit ({@link Relocation}): weighed, like staying
 * east, as much as all the belt's towns at equal margins, times {@code shock.rivalPull}. Its margin
 * starts at the stay-east margin and falls only by the part of eastern wage growth its own wages follow
 * ({@code shock.rivalWageGrowth}), so the rival pulls harder as eastern wages rise; and a firm whose
 * products the sanctions on Xinjiang would hit keeps its buyers there, so the rival gains the margin
 * those sanctions would cost the firm in the belt (tariff and sanction risk).
 */
public final class RivalDestination {

    private RivalDestination() {}

    /**
     * The rival's margin for a firm of {@code k}, eastern wage index {@code eastWage}:
     * {@code firm.stayEastMargin − firm.pieceRateShare × g·(w_E − 1) + (1 − firm.pieceRateShare) × loss_k},
     * with {@code loss_k} the share of outside orders the sanctions take from {@code k} in the belt
     * ({@link Sanctions#orderLoss}): lost orders cost the value added above the piece pay, which falls with
     * output.
     */
    public static double margin(Industry k, double eastWage, ParamValues p) {
        double piece = p.get(PIECE_RATE_SHARE);
        return p.get(STAY_EAST_MARGIN) - piece * p.get(RIVAL_WAGE_GROWTH) * (eastWage - 1)
                + (1 - piece) * Sanctions.orderLoss(k, p);
    }

    /**
     * The rival's weight in the logit against {@code towns} belt towns: {@code towns × shock.rivalPull ×
     * exp(firm.locationLogitScale × margin)}; exactly 0 without a rival.
     */
    public static double weight(Industry k, int towns, double eastWage, ParamValues p) {
        double pull = p.get(RIVAL_PULL);
        if (pull <= 0) return 0;
        return towns * pull * Math.exp(p.get(LOCATION_LOGIT_SCALE) * margin(k, eastWage, p));
    }
}
