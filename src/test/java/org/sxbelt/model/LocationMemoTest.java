package org.sxbelt.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.SourceRegion;
import org.sxbelt.agents.Town;
import org.sxbelt.scenario.ScenarioLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sxbelt.params.ParamSchema.AGGLOMERATION;

/**
 * A remembered logit weight is the one {@link LocationUtility#of} gives afresh: after each change a
 * relocating firm reads within a month (space taken or given back, as openings, joinings and closures
 * do; space built; a railhead; a parameter; the counts set again), and from month to month of runs in
 * which firms open and close, parks are built, roads and a railhead come, and sanctions and withdrawals
 * change the parameters.
 */
class LocationMemoTest {

    private static void sameAsFresh(LocationMemo memo, BeltModel m, String when) {
        for (Town t : m.belt().towns()) {
            for (Industry k : Industry.values()) {
                for (SourceRegion origin : SourceRegion.ALL) {
                    double fresh = Math.exp(LocationUtility.of(k, origin, t, m.clusters(), m.params(), m.conditions()));
                    assertEquals(Double.doubleToLongBits(fresh),
                            Double.doubleToLongBits(memo.weight(k, origin, t, m.clusters(), m.params(), m.conditions())),
                            when + ": " + k + " from " + origin.name() + " in " + t.id());
                }
            }
        }
    }

    @Test
    void everyChangeWithinAMonthReachesTheWeights() {
        BeltModel m = TestRuns.model(3, TestRuns.baseline("run.scale", "1000", "run.months", "24"));
        m.start();
        for (int month = 0; month < 18; month++) m.schedule.step(m);
        LocationMemo memo = new LocationMemo();
        sameAsFresh(memo, m, "as found");
        Town t = TestRuns.largestTown(m);
        t.occupy(Industry.GARMENTS, 0.5 * t.getIdleSpace());
        sameAsFresh(memo, m, "space taken");
        t.addSpace(Industry.TEXTILES, 20_000);
        sameAsFresh(memo, m, "dedicated space built");
        t.setRemoteness(0.5 * t.getRemoteness());
        sameAsFresh(memo, m, "a railhead");
        m.params().set(AGGLOMERATION, m.params().get(AGGLOMERATION) + 0.2);
        sameAsFresh(memo, m, "a parameter");
        m.clusters().set(t, Industry.GARMENTS, 9_000, 6_000, 30_000, m.belt().towns().size());
        sameAsFresh(memo, m, "counts set again");
        m.finish();
    }

    @ParameterizedTest
    @ValueSource(strings = {"baseline", "infrastructure-first", "concentrated-aid", "sanctions-widen", "gradual-withdrawal"})
    void rememberedWeightsAreTheFreshOnesMonthAfterMonth(String scenario) {
        BeltModel m = TestRuns.model(3, TestRuns.with(ScenarioLoader.loadResource(scenario),
                TestRuns.pairs("run.scale", "1000", "run.months", "120")));
        m.start();
        LocationMemo memo = new LocationMemo();
        for (int month = 0; month < 120; month++) {
            m.schedule.step(m);
            // every third month, and each month around the railhead's opening (June 2022)
            if (month % 3 == 0 || month >= 88 && month <= 92) sameAsFresh(memo, m, scenario + ", month " + month);
        }
        m.finish();
    }
}
