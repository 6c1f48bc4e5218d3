package org.sxbelt.model;

import ec.util.MersenneTwisterFast;
import org.sxbelt.params.ParamValues;

import static org.sxbelt.params.ParamSchema.DECISION_RULE;
import static org.sxbelt.params.ParamSchema.LOGIT_SCALE;

/**
 * How a seeker picks among job options. Two rule sets, as Wang et al. (JASSS 2021) recommend for
 * policy comparisons: pure expected-income maximisation (the Harris-Todaro migrant) and a logit
 * choice with home attachment.
 */
public interface ChoiceRule {

    /**
     * @param options  candidate jobs, options[0..n) all with net pay above the reservation wage
     * @param fallback monthly income if the seeker stays as now (farming, services or current job)
     * @return index of the option applied for, or -1 to stay
     */
    int choose(JobOption[] options, int n, double fallback, MersenneTwisterFast rng);

    /** The rule a run's live parameters select ({@code run.decisionRule}, with {@code labor.logitScale}). */
    static ChoiceRule of(ParamValues p) {
        return p.getInt(DECISION_RULE) == 0 ? logit(p.get(LOGIT_SCALE)) : expectedIncome();
    }

    /** Harris-Todaro: apply where expected income beats staying by the most. */
    static ChoiceRule expectedIncome() {
        return (options, n, fallback, rng) -> {
            int best = -1;
            double bestValue = fallback;
            for (int i = 0; i < n; i++) {
                double v = options[i].expected(fallback);
                if (v > bestValue) {
                    bestValue = v;
                    best = i;
                }
            }
            return best;
        };
    }

    /**
     * Random utility: U = scale * ln(expected income) - attachment + Gumbel noise; staying has no
     * attachment cost. Higher scale means income matters more relative to idiosyncratic taste.
     * The alternative with the highest U is drawn directly from the closed-form logit shares
     * exp(V_i) / sum exp(V_j) (the same distribution as adding Gumbel noise and taking the largest),
     * with one uniform draw and one exponential per alternative instead of three logarithms.
     */
    static ChoiceRule logit(double scale) {
        return (options, n, fallback, rng) -> {
            double stay = scale * Math.log(Math.max(1, fallback));
            double max = stay;
            for (int i = 0; i < n; i++) {
                JobOption o = options[i];
                o.utility = scale * Math.log(Math.max(1, o.expected(fallback))) - o.attachment;
                max = Math.max(max, o.utility);
            }
            // Shares relative to the largest utility, so that no exponential overflows.
            double stayShare = Math.exp(stay - max);
            double total = stayShare;
            for (int i = 0; i < n; i++) total += options[i].utility = Math.exp(options[i].utility - max);
            double r = rng.nextDouble() * total - stayShare;
            if (r < 0) return -1;
            for (int i = 0; i < n - 1; i++) {
                r -= options[i].utility;
                if (r < 0) return i;
            }
            return n - 1;
        };
    }
}
