package org.sxbelt.experiment.discovery;

import org.apache.commons.math3.distribution.BinomialDistribution;

import java.util.ArrayList;
import java.util.List;

/**
 * The quasi-p-value of each limit of a box (Bryant and Lempert 2010, as EMA Workbench computes it): is the
 * box's density better than that of the box without this one limit by more than chance? With T cases in
 * the box, H of them of interest, and p the density of the box with the limit moved back to the factor's
 * minimum or maximum, the quasi-p-value is the one-sided binomial tail P(X ≥ H) for X ~ Binomial(T, p).
 * Small values (conventionally below 0.05) mean the limit matters. "Quasi" because the box was chosen
 * on the same data.
 */
public final class QuasiP {

    /** One restricted factor of the box: its limits, its full range and the limits' quasi-p-values (NaN for a limit not moved). */
    public record Limit(int factor, String name, double lower, double upper, double min, double max, double pLower,
                        double pUpper) {}

    private QuasiP() {}

    /** The restricted factors of {@code step}'s box, in factor order. */
    public static List<Limit> of(Trajectory t, Step step) {
        Box box = step.box(), init = t.initial();
        Cases c = t.cases();
        List<Limit> out = new ArrayList<>();
        for (int j : step.restricted()) {
            double pl = box.lower(j) != init.lower(j)
                    ? p(step, box.with(j, init.lower(j), box.upper(j)), c) : Double.NaN;
            double pu = box.upper(j) != init.upper(j)
                    ? p(step, box.with(j, box.lower(j), init.upper(j)), c) : Double.NaN;
            out.add(new Limit(j, c.factors().get(j), box.lower(j), box.upper(j), init.lower(j), init.upper(j), pl, pu));
        }
        return out;
    }

    private static double p(Step step, Box widened, Cases c) {
        int[] rows = widened.rowsIn(c);
        int hj = 0;
        for (int r : rows) if (c.y()[r]) hj++;
        return upperTail(step.inBox(), step.ofInterestInBox(), (double) hj / rows.length);
    }

    /** P(X ≥ h) for X ~ Binomial(trials, p), summed from the probabilities so small tails keep their digits. */
    static double upperTail(int trials, int h, double p) {
        if (h <= 0) return 1;
        if (h > trials) return 0;
        BinomialDistribution b = new BinomialDistribution(null, trials, p);
        double sum = 0;
        for (int k = h; k <= trials; k++) sum += b.probability(k);
        return Math.min(1, sum);
    }
}
