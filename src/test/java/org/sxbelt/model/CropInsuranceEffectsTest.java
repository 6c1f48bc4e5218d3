package org.sxbelt.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Households;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.ParamValues;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Policy agricultural insurance (ODD 7.7.7): who is insured, and its effect, paired by seed, on the
 * disaster losses households bear and on vulnerability (ODD 8.4). The baseline (take-up 0.5, 0.9 for
 * households on the poverty record from 2017, cover 0.4) against the baseline with cover 0, i.e. no
 * insurance (no indemnity and no premium), at 1:200 on the mean of 2018-2020 as in
 * {@link VulnerabilityEffectsTest}.
 *
 * <p>Seen (2026-12-03), insured/uninsured, seeds 1-3: borne share 0.802/1, 0.787/1, 0.768/1; vulnerability
 * 0.02133/0.02378, 0.02343/0.02421, 0.02280/0.02317. The borne share falls in every seed by the mechanism;
 * vulnerability falls by 2-10 % here, but in seeds 4-7 (same runs from the CLI) it is lower in 3 of 4
 * (seed 4: 0.02198 against 0.02162): over seeds 1-7 the mean effect is -5.8 %, about the paired noise of
 * one seed (ODD 8.4), so the vulnerability half of the test rests on seeds 1-3 being typical.
 */
class CropInsuranceEffectsTest {

    private static final int SEEDS = 3;
    private static final int MONTHS = 72;
    private static final int FROM = 36, TO = 72;

    private static final TestRuns.BeltSeries[] INSURED = new TestRuns.BeltSeries[SEEDS], NONE = new TestRuns.BeltSeries[SEEDS];

    @BeforeAll
    static void run() {
        for (int i = 0; i < SEEDS; i++) {
            INSURED[i] = series(Map.of(), i + 1);
            NONE[i] = series(Map.of("policy.cropInsuranceCover", "0"), i + 1);
        }
    }

    private static TestRuns.BeltSeries series(Map<String, String> set, long seed) {
        Map<String, String> overrides = new java.util.LinkedHashMap<>(
                TestRuns.pairs("run.scale", "200", "run.months", String.valueOf(MONTHS)));
        overrides.putAll(set);
        return TestRuns.scenarioSeries("baseline", seed, overrides);
    }

    /** The disaster loss households bear (destroyed harvest less indemnity) per yuan destroyed, 2018-20. */
    private static double borneShare(TestRuns.BeltSeries s) {
        double lost = s.mean("disaster_loss", FROM, TO);
        return (lost - s.mean("crop_indemnity", FROM, TO)) / lost;
    }

    @Test
    void insuranceLowersTheLossHouseholdsBear() {
        StringBuilder why = new StringBuilder("2018-20 by seed, insured/uninsured: borne share of disaster loss:");
        boolean all = true;
        for (int i = 0; i < SEEDS; i++) {
            double borne = borneShare(INSURED[i]), borneNone = borneShare(NONE[i]);
            why.append(String.format(" %.3f/%.3f", borne, borneNone));
            assertEquals(1, borneNone, 1e-12, "no indemnity without cover");
            assertEquals(0, NONE[i].mean("spend_crop_insurance", FROM, TO) + NONE[i].mean("crop_premium_paid", FROM, TO), 0,
                    "no premium without cover");
            all &= borne < borneNone;
        }
        System.out.println(why);
        assertTrue(all, why.toString());
    }

    /**
     * The vulnerability half, tested as a mean effect ({@link PairedEffect}) over ten seeds at 1:100:
     * seed by seed at 1:200 it sat within one seed's paired noise (2026-12-03: higher in seed 1 of 1-3).
     */
    @Test
    @org.junit.jupiter.api.Disabled("not significant (2026-12-04, 1:100, seeds 1-10, mean of 2018-20): lower in 6 of 10, "
            + "mean difference -0.00043 (-1.8 %, 95 % CI -0.0011..+0.00026), one-sided p 0.095. The typical shock of the "
            + "indicator is an illness's bill, which the insurance does not pay; it acts only through the savings a "
            + "household keeps after a disaster")
    void insuranceLowersVulnerabilityOnAverage() {
        int seeds = 10;
        double[] with = new double[seeds], without = new double[seeds];
        for (int i = 0; i < seeds; i++) {
            Map<String, String> fine = TestRuns.pairs("run.scale", "100", "run.months", String.valueOf(MONTHS));
            with[i] = TestRuns.scenarioSeries("baseline", i + 1, fine).mean("vulnerability", FROM, TO);
            Map<String, String> none = new java.util.LinkedHashMap<>(fine);
            none.put("policy.cropInsuranceCover", "0");
            without[i] = TestRuns.scenarioSeries("baseline", i + 1, none).mean("vulnerability", FROM, TO);
        }
        PairedEffect.assertLower("vulnerability 2018-20 at 1:100, agricultural insurance/none", with, without);
    }

    /**
     * The insured households are fixed by the seed: a higher take-up insures every household of a lower
     * one, each group at its own take-up, and the share insured is the take-up (within sampling error).
     */
    @Test
    void takeUpInsuresNestedSetsAtItsShare() {
        int n = 20000;
        Households hh = new Households(n);
        ParamValues low = new ParamValues(), high = new ParamValues();
        low.set(ParamSchema.CROP_INSURANCE, 0.3);
        high.set(ParamSchema.CROP_INSURANCE, 0.6);
        int lowCount = 0, highCount = 0;
        for (int h = 0; h < n; h++) {
            boolean a = CropInsurance.insured(low, 7, hh, h), b = CropInsurance.insured(high, 7, hh, h);
            assertTrue(!a || b, "household " + h + " insured at 0.3 but not at 0.6");
            lowCount += a ? 1 : 0;
            highCount += b ? 1 : 0;
        }
        assertEquals(0.3, lowCount / (double) n, 0.015);
        assertEquals(0.6, highCount / (double) n, 0.015);
        assertEquals(0.4 * 0.045 * 1000, CropInsurance.premium(new ParamValues(), 0.4, 1000), 1e-9);
    }
}
