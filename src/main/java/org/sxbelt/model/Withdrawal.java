package org.sxbelt.model;

import org.sxbelt.params.Param;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.ParamValues;
import org.sxbelt.params.SimMonthFormat;

import java.util.List;

import static org.sxbelt.params.ParamSchema.*;

/**
 * The withdrawal of support after the transition period (ODD 7.8.10): six groups of instruments, each
 * with its own start (January of {@code policy.<group>WithdrawalYear}), phase-out length
 * ({@code policy.<group>PhaseOutMonths}) and share kept afterwards ({@code policy.<group>Kept}). The
 * programmes and household rules read an instrument's level through {@link #level}: its parameter's
 * current value (as scenario events set it) times the group's {@link #share} for the month. Over a
 * phase-out of {@code L} months the share in the {@code i}-th month from the start ({@code i = 0, 1, ...})
 * is {@code 1 - (1 - kept) × min(1, (i + 1) / L)}, so it reaches the kept share in the last of the
 * {@code L} months; {@code L} of 0 or 1 withdraws at once.
 */
public enum Withdrawal {

    /** The minimum-living top-ups of households without a wage earner (the rural minimum-living guarantee). */
    GUARANTEE(GUARANTEE_WITHDRAWAL_YEAR, GUARANTEE_PHASE_OUT, GUARANTEE_KEPT, SOCIAL_FLOOR),
    /** The minimum-living top-ups of households with a wage earner (the campaign's final push). */
    WORKING_POOR(WORKING_POOR_WITHDRAWAL_YEAR, WORKING_POOR_PHASE_OUT, WORKING_POOR_KEPT, FLOOR_WORKING_POOR),
    /** Job and production support for households: organised transfer, training, the farm programmes. */
    SUPPORT(SUPPORT_WITHDRAWAL_YEAR, SUPPORT_PHASE_OUT, SUPPORT_KEPT, TRANSFER_QUOTA, TRAINING_SEATS,
            ORCHARD_HOUSEHOLDS, FARM_TRAINING_HOUSEHOLDS, GREENHOUSES, COURTYARD_HOUSEHOLDS),
    /** Building village workshops. */
    WORKSHOPS(WORKSHOP_WITHDRAWAL_YEAR, WORKSHOP_PHASE_OUT, WORKSHOP_KEPT, WORKSHOPS_PER_MONTH),
    /** Counterpart aid. */
    AID(AID_WITHDRAWAL_YEAR, AID_PHASE_OUT, AID_KEPT, COUNTERPART_AID),
    /** Ecological and public-welfare posts. */
    POSTS(POSTS_WITHDRAWAL_YEAR, POSTS_PHASE_OUT, POSTS_KEPT, ECO_POSTS);

    /** Group by parameter index (null for a parameter in none). */
    private static final Withdrawal[] BY_PARAM = new Withdrawal[ParamSchema.size()];

    static {
        for (Withdrawal w : values()) {
            for (Param i : w.instruments) {
                if (BY_PARAM[i.index()] != null) throw new IllegalStateException(i.key() + " in two withdrawal groups");
                BY_PARAM[i.index()] = w;
            }
        }
    }

    private final Param year;
    private final Param phaseOut;
    private final Param kept;
    private final List<Param> instruments;

    Withdrawal(Param year, Param phaseOut, Param kept, Param... instruments) {
        this.year = year;
        this.phaseOut = phaseOut;
        this.kept = kept;
        this.instruments = List.of(instruments);
    }

    public Param yearParam() { return year; }
    public Param phaseOutParam() { return phaseOut; }
    public Param keptParam() { return kept; }
    public List<Param> instruments() { return instruments; }

    /** Model month (0 = 2015-01) in which the withdrawal starts. */
    public int startMonth(ParamValues p) {
        return (p.getInt(year) - SimMonthFormat.BASE_YEAR) * 12;
    }

    /** Share of the group's level in force in model month {@code month}: 1 before the start, then falling to the kept share. */
    public double share(ParamValues p, int month) {
        int since = month - startMonth(p);
        if (since < 0) return 1;
        int months = p.getInt(phaseOut);
        double progress = months <= 1 ? 1 : Math.min(1, (since + 1) / (double) months);
        return 1 - (1 - p.get(kept)) * progress;
    }

    /** The group an instrument belongs to, or null for one that is never withdrawn by this mechanism. */
    public static Withdrawal of(Param instrument) {
        return BY_PARAM[instrument.index()];
    }

    /** The level of {@code instrument} in force in model month {@code month}: its value times its group's share. */
    public static double level(ParamValues p, Param instrument, int month) {
        Withdrawal w = of(instrument);
        if (w == null) throw new IllegalArgumentException(instrument.key() + " is in no withdrawal group");
        return p.get(instrument) * w.share(p, month);
    }
}
