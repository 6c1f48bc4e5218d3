package org.sxbelt.model;

import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Town;
import org.sxbelt.params.Scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sources' location mechanisms as effects of the location rules, over several seeds. Parks get
 * ample space, so that where firms go is their choice rather than where space happens to be left.
 */
class LocationScenarioEffectsTest {

    private static final int SEEDS = 3;
    private static final int MONTHS = 48;

    private static Scenario ampleSpace(String... more) {
        List<String> kv = new ArrayList<>(List.of("run.scale", "200", "run.months", String.valueOf(MONTHS),
                "policy.initialParkSpace", "200000"));
        kv.addAll(List.of(more));
        return TestRuns.baseline(kv.toArray(new String[0]));
    }

    /** Both tests read the same runs (ample space, seeds 1..SEEDS), so each is run once. */
    private static final Map<Long, LocationMap> RUNS = new HashMap<>();

    private static synchronized LocationMap run(long seed) {
        return RUNS.computeIfAbsent(seed, k -> {
            BeltModel m = TestRuns.model(seed, ampleSpace());
            m.start();
            for (int t = 0; t < MONTHS; t++) m.schedule.step(m);
            return LocationMap.of(m);
        });
    }

    /**
     * 000 §2.1: towns on the trunk roads attract more firms per resident. Compared within each
     * prefecture that has towns on and off them (so that distance to Urumqi is held roughly equal:
     * Kashgar, Aksu, Kizilsu; Hotan's towns are all on them, and the XPCC cities lie in three
     * prefectures), as the mean log ratio over the seeds' prefecture pairs pooled. Pooled, because
     * Kizilsu's off-road towns hold a handful of agent firms at 1:200 (seed 1 after issue 13's initial
     * economy: on 4.8, off 15.4 per 100,000 residents, against Kashgar 19.4 / 10.9, Aksu 33.9 / 18.5).
     */
    @Test
    void townsOnTrunkRoadsAttractMoreFirmsPerResident() {
        double logRatio = 0;
        int n = 0;
        StringBuilder why = new StringBuilder();
        for (long seed = 1; seed <= SEEDS; seed++) {
            LocationMap map = run(seed);
            Set<String> prefectures = new LinkedHashSet<>();
            for (Town t : map.towns) if (!"XPCC".equals(t.getPrefecture())) prefectures.add(t.getPrefecture());
            why.append(" seed ").append(seed).append(':');
            for (String pref : prefectures) {
                double on = map.parkFirmsPer100k(t -> t.getPrefecture().equals(pref) && t.isOnTrunkRoad());
                double off = map.parkFirmsPer100k(t -> t.getPrefecture().equals(pref) && !t.isOnTrunkRoad());
                if (Double.isNaN(on) || Double.isNaN(off) || on == 0 || off == 0) continue;
                logRatio += Math.log(on / off);
                n++;
                why.append(String.format(" %s on %.1f off %.1f;", pref, on, off));
            }
        }
        assertTrue(n >= 2 * SEEDS, "prefecture comparisons with towns on and off the trunk roads: " + n + why);
        assertTrue(logRatio / n > 0.1, "mean log ratio " + logRatio / n + ", park firms per 100k residents" + why);
    }

    /**
     * Processors of farm products cluster where their raw material grows (000 §2.2; 002 part 1 (4)):
     * over seeds 1-3 pooled, each processing industry (textiles and garments on cotton, agro-processing
     * on fruit and nuts) has more than 1.5 times the park jobs per resident in the towns of the cotton
     * and fruit base (raw-material base 1: Aksu and the XPCC cities) than where little grows (base below
     * 0.6), and the processors together are over-represented there against the other industries
     * (location quotient above 1.1). Pooled, because at 1:200 one seed's figure swings with where a few
     * large firms land: the agro-processors, a few dozen agent firms, read (jobs per 100,000 residents,
     * crop base / little grows, seeds 1-6, before issue 13's farm side) 281/33, 239/0, 101/189, 96/26, 137/33, 209/144, and the
     * other industries go to the Aksu railhead too, so one seed's quotient ranged from 0.97 to 1.42.
     */
    @Test
    void processorsClusterWhereTheirRawMaterialGrows() {
        double processors = 0, all = 0, processorsThere = 0, allThere = 0;
        Map<Industry, double[]> richPoor = new java.util.EnumMap<>(Industry.class);
        for (long seed = 1; seed <= SEEDS; seed++) {
            LocationMap map = run(seed);
            for (Industry k : Industry.values()) {
                if (!k.usesLocalInputs()) continue;
                double[] rp = richPoor.computeIfAbsent(k, x -> new double[2]);
                rp[0] += map.parkJobsPer100k(k, LocationScenarioEffectsTest::cropBase) / SEEDS;
                rp[1] += map.parkJobsPer100k(k, t -> t.getRawMaterialBase() < 0.6) / SEEDS;
            }
            for (Town t : map.towns) {
                for (Industry k : Industry.values()) {
                    double j = map.parkJobsByIndustry[t.index()][k.ordinal()];
                    all += j;
                    if (k.usesLocalInputs()) processors += j;
                    if (cropBase(t)) {
                        allThere += j;
                        if (k.usesLocalInputs()) processorsThere += j;
                    }
                }
            }
        }
        for (var e : richPoor.entrySet()) {
            assertTrue(e.getValue()[0] > 1.5 * e.getValue()[1], "seeds 1-" + SEEDS + ": " + e.getKey().id()
                    + " park jobs per 100k residents in the crop base: " + e.getValue()[0] + ", where little grows: " + e.getValue()[1]);
        }
        double lq = (processorsThere / allThere) / (processors / all);
        assertTrue(lq > 1.1, "seeds 1-" + SEEDS + " pooled: location quotient of the processors in the crop base " + lq);
    }

    private static boolean cropBase(Town t) { return t.getRawMaterialBase() >= 1.0; }
}
