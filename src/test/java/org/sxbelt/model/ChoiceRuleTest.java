package org.sxbelt.model;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two job-choice rules of {@link ChoiceRule}.
 *
 * <ul>
 * <li>Expected income (Harris-Todaro): the option with the highest
 *     {@code hireChance * net + (1 - hireChance) * fallback} wins; staying (-1) when no option beats
 *     the fallback strictly.</li>
 * <li>Logit: choice frequencies over many draws equal the closed-form multinomial logit
 *     probabilities, softmax over {stay: scale ln(fallback); option i: scale ln(expected_i) - attachment_i};
 *     more home attachment lowers an option's share.</li>
 * </ul>
 */
class ChoiceRuleTest {

    private static final double FALLBACK = 1000;

    private static JobOption option(double gross, double cost, double hireChance, double attachment) {
        JobOption o = new JobOption();
        o.set(Status.PARK, null, null, null, gross, cost, hireChance, attachment, false);
        return o;
    }

    // ---- expected income ----------------------------------------------------------------------

    @Test
    void jobOptionExpectedIncomeIsTheHireChanceWeightedMix() {
        JobOption o = option(2000, 300, 0.25, 0);
        assertEquals(1700, o.net(), 1e-12);
        assertEquals(0.25 * 1700 + 0.75 * FALLBACK, o.expected(FALLBACK), 1e-9);
    }

    @Test
    void expectedIncomePicksTheHighestExpectedIncomeNotTheHighestWage() {
        JobOption[] opts = {
                option(1500, 0, 0.9, 0),    // expected 0.9*1500 + 0.1*1000 = 1450
                option(4000, 500, 0.1, 0),  // highest net (3500) but expected 0.1*3500 + 0.9*1000 = 1250
                option(2200, 200, 0.5, 2),  // expected 0.5*2000 + 0.5*1000 = 1500  <- best (attachment ignored)
                option(1800, 0, 0.6, 0),    // expected 0.6*1800 + 0.4*1000 = 1480
        };
        MersenneTwisterFast rng = new MersenneTwisterFast(1);
        assertEquals(2, ChoiceRule.expectedIncome().choose(opts, opts.length, FALLBACK, rng));
        // Only the first n options count.
        assertEquals(0, ChoiceRule.expectedIncome().choose(opts, 2, FALLBACK, rng));
        // Deterministic: the rule never draws.
        for (int i = 0; i < 100; i++) assertEquals(2, ChoiceRule.expectedIncome().choose(opts, 4, FALLBACK, rng));
    }

    @Test
    void expectedIncomeStaysWhenNoOptionBeatsTheFallback() {
        JobOption[] opts = {
                option(900, 0, 0.9, 0),     // net below fallback: expected 910 < 1000
                option(1200, 200, 0.8, 0),  // net equals fallback: expected exactly 1000, not better
                option(5000, 0, 0.0, 0),    // never hired: expected = fallback
        };
        assertEquals(-1, ChoiceRule.expectedIncome().choose(opts, opts.length, FALLBACK, new MersenneTwisterFast(2)));
        assertEquals(-1, ChoiceRule.expectedIncome().choose(opts, 0, FALLBACK, new MersenneTwisterFast(2)));
    }

    /**
     * A job sought from home (village workshop, daily commute) costs nothing to apply for: a
     * rejected applicant keeps the fallback, so the decision is "net above fallback" whatever the
     * hire chance.
     */
    @Test
    void expectedIncomeAppliesToALocalJobWheneverNetBeatsFallbackWhateverTheHireChance() {
        // A job sought from home (daily commute, village workshop): failing costs nothing.
        for (double chance : new double[]{1e-6, 0.01, 0.3, 1.0}) {
            JobOption[] above = {option(1001, 0, chance, 0)};
            JobOption[] below = {option(999, 0, chance, 0)};
            assertEquals(0, ChoiceRule.expectedIncome().choose(above, 1, FALLBACK, null), "chance " + chance);
            assertEquals(-1, ChoiceRule.expectedIncome().choose(below, 1, FALLBACK, null), "chance " + chance);
        }
    }

    /** Harris-Todaro: a job sought away from home is taken up only if chance x net beats the fallback. */
    @Test
    void expectedIncomeAppliesAwayOnlyWhenExpectedWageBeatsTheFallback() {
        for (double chance : new double[]{0.2, 0.5, 0.8}) {
            double threshold = FALLBACK / chance;
            JobOption above = new JobOption();
            above.set(Status.OTHER_TOWN, null, null, null, threshold * 1.01, 0, chance, 0, true);
            JobOption below = new JobOption();
            below.set(Status.OTHER_TOWN, null, null, null, threshold * 0.99, 0, chance, 0, true);
            assertEquals(0, ChoiceRule.expectedIncome().choose(new JobOption[]{above}, 1, FALLBACK, null),
                    "chance " + chance);
            assertEquals(-1, ChoiceRule.expectedIncome().choose(new JobOption[]{below}, 1, FALLBACK, null),
                    "chance " + chance);
            assertEquals(chance * threshold * 1.01, above.expected(FALLBACK), 1e-9, "a failed away search earns 0");
        }
    }

    @Test
    void expectedIncomeKeepsTheFirstOfEqualOptions() {
        JobOption[] opts = {option(1500, 0, 0.5, 0), option(1500, 0, 0.5, 0)};
        assertEquals(0, ChoiceRule.expectedIncome().choose(opts, 2, FALLBACK, null));
    }

    // ---- logit --------------------------------------------------------------------------------

    /** Closed-form logit shares: index 0 = stay, i+1 = option i. */
    private static double[] logitShares(double scale, JobOption[] opts, double fallback) {
        double[] v = new double[opts.length + 1];
        v[0] = scale * Math.log(Math.max(1, fallback));
        for (int i = 0; i < opts.length; i++) {
            v[i + 1] = scale * Math.log(Math.max(1, opts[i].expected(fallback))) - opts[i].attachment();
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) max = Math.max(max, x);
        double sum = 0;
        double[] p = new double[v.length];
        for (int i = 0; i < v.length; i++) sum += p[i] = Math.exp(v[i] - max);
        for (int i = 0; i < v.length; i++) p[i] /= sum;
        return p;
    }

    private static double[] simulatedShares(ChoiceRule rule, JobOption[] opts, double fallback, int draws, long seed) {
        MersenneTwisterFast rng = new MersenneTwisterFast(seed);
        double[] f = new double[opts.length + 1];
        for (int d = 0; d < draws; d++) f[rule.choose(opts, opts.length, fallback, rng) + 1]++;
        for (int i = 0; i < f.length; i++) f[i] /= draws;
        return f;
    }

    @Test
    void logitFrequenciesMatchClosedFormProbabilities() {
        double scale = 4;
        JobOption[] opts = {
                option(1500, 0, 0.5, 0),     // expected 1250
                option(3000, 500, 0.3, 0.4), // expected 1450, living away
                option(1200, 0, 0.9, 0),     // expected 1180
        };
        double[] expected = logitShares(scale, opts, FALLBACK);
        int draws = 200_000;
        double[] got = simulatedShares(ChoiceRule.logit(scale), opts, FALLBACK, draws, 42);
        for (int i = 0; i < expected.length; i++) {
            // Standard error is at most 0.0011 with 200,000 draws; 0.01 is about 9 standard errors.
            assertEquals(expected[i], got[i], 0.01, "share of alternative " + (i - 1));
        }
        // Not a degenerate case: every alternative has a real share.
        for (double p : expected) assertTrue(p > 0.1 && p < 0.5, "shares " + java.util.Arrays.toString(expected));
    }

    @Test
    void logitMatchesClosedFormAcrossScales() {
        JobOption[] opts = {option(2600, 400, 0.4, 0.4), option(1600, 100, 0.7, 0)};
        for (double scale : new double[]{0.5, 2, 8}) {
            double[] expected = logitShares(scale, opts, 1200);
            double[] got = simulatedShares(ChoiceRule.logit(scale), opts, 1200, 100_000, 7 + (long) scale);
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], got[i], 0.012, "scale " + scale + " alternative " + (i - 1));
            }
        }
    }

    @Test
    void logitWithEqualUtilitiesSplitsEvenly() {
        // One option whose expected income equals the fallback and no attachment: a coin flip.
        JobOption[] opts = {option(1000, 0, 0.5, 0)};
        double[] got = simulatedShares(ChoiceRule.logit(3), opts, FALLBACK, 100_000, 3);
        assertEquals(0.5, got[1], 0.01);
    }

    @Test
    void higherAttachmentLowersTheShareChoosingThatOption() {
        double scale = 4;
        double previous = 1.0;
        for (double attachment : new double[]{0, 0.5, 1.0, 2.0}) {
            JobOption[] opts = {option(2500, 500, 0.5, attachment), option(1400, 0, 0.8, 0)};
            double closed = logitShares(scale, opts, FALLBACK)[1];
            double share = simulatedShares(ChoiceRule.logit(scale), opts, FALLBACK, 100_000, 11)[1];
            assertEquals(closed, share, 0.01, "attachment " + attachment);
            assertTrue(share < previous - 0.03, "attachment " + attachment + " share " + share + " after " + previous);
            previous = share;
        }
    }
}
