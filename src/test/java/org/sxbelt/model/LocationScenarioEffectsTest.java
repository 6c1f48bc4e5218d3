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
     * prefecture that has towns on and off them (so that distance to Urumqi is held roughly equal),
     * pooled as the mean log ratio, in every seed.
     */
    @Test
    void townsOnTrunkRoadsAttractMoreFirmsPerResident() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            LocationMap map = run(seed);
            Set<String> prefectures = new LinkedHashSet<>();
            for (Town t : map.towns) prefectures.add(t.getPrefecture());
            double logRatio = 0;
            int n = 0;
            StringBuilder why = new StringBuilder();
            for (String pref : prefectures) {
                double on = map.parkFirmsPer100k(t -> t.getPrefecture().equals(pref) && t.isOnTrunkRoad());
                double off = map.parkFirmsPer100k(t -> t.getPrefecture().equals(pref) && !t.isOnTrunkRoad());
                if (Double.isNaN(on) || Double.isNaN(off) || on == 0 || off == 0) continue;
                logRatio += Math.log(on / off);
                n++;
                why.append(String.format(" %s on %.1f off %.1f;", pref, on, off));
            }
            assertTrue(n >= 3, "prefectures with towns on and off the trunk roads: " + n);
            assertTrue(logRatio / n > 0.1, "seed " + seed + ": park firms per 100k residents" + why);
        }
    }

    /**
     * Processors of farm products cluster where their raw material grows (000 §2.2; 002 part 1 (4)):
     * in every seed, each processing industry (textiles and garments on cotton, agro-processing on
     * fruit and nuts) has, over the seeds pooled, more than 1.5 times the park jobs per resident in the
     * towns of the cotton and fruit base (raw-material base 1: Aksu and the XPCC cities) than where little
     * grows (base below 0.6). Pooled because agro-processing rests on a handful of park firms at 1:200:
     * seeds 1-6 give rich/poor 113/163, 131/72, 221/26, 48/0, 66/0, 173/65 jobs per 100k (pooled over
     * 1-3, 155/87; before the farm side of ODD 7.7.1 seed 6 gave 54/59); textiles and garments clear 1.5
     * in every seed. And, over the seeds' park jobs pooled, the processors together are over-represented there
     * against the other industries (location quotient above 1.1). The quotient is pooled because the
     * other industries go to Aksu too (a railhead), so one seed's quotient swings with where a few large
     * shoe or hair-products firms land: at 1:200, seeds 1-6 give 1.42 / 1.40 / 0.97 / 1.31 / 1.18 / 1.15,
     * pooled over 1-3 1.27. Run at 1:200 because at 1:500 the map rests on a few hundred park firms, the
     * large ones lumped into super-firms.
     */
    @Test
    void processorsClusterWhereTheirRawMaterialGrows() {
        double processors = 0, all = 0, processorsThere = 0, allThere = 0;
        double[] rich = new double[Industry.values().length], poor = new double[rich.length];
        for (long seed = 1; seed <= SEEDS; seed++) {
            LocationMap map = run(seed);
            for (Industry k : Industry.values()) {
                if (!k.usesLocalInputs()) continue;
                rich[k.ordinal()] += map.parkJobsPer100k(k, LocationScenarioEffectsTest::cropBase);
                poor[k.ordinal()] += map.parkJobsPer100k(k, t -> t.getRawMaterialBase() < 0.6);
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
        for (Industry k : Industry.values()) {
            if (!k.usesLocalInputs()) continue;
            assertTrue(rich[k.ordinal()] > 1.5 * poor[k.ordinal()], "seeds 1-" + SEEDS + " pooled: " + k.id()
                    + " park jobs per 100k residents in the crop base: " + rich[k.ordinal()] / SEEDS
                    + ", where little grows: " + poor[k.ordinal()] / SEEDS);
        }
        double lq = (processorsThere / allThere) / (processors / all);
        assertTrue(lq > 1.1, "seeds 1-" + SEEDS + " pooled: location quotient of the processors in the crop base " + lq);
    }

    private static boolean cropBase(Town t) { return t.getRawMaterialBase() >= 1.0; }
}
