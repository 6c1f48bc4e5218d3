package org.sxbelt.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The passes over persons run in fixed blocks on several threads ({@link PersonBlocks}); the run's
 * results must not depend on how many: every indicator value (exact bits) and firm event is the same
 * with 1, 2 and 3 worker threads.
 */
class ThreadCountIndependenceTest {

    /** Scale 50 gives about 218,000 persons: four blocks, so threads really share the work. */
    private static List<String> trace(int threads, int[] blocks) { return trace(threads, blocks, null); }

    /** As {@link #trace(int, int[])}, also tracing 20,000 persons into {@code decisions} when it is not null. */
    private static List<String> trace(int threads, int[] blocks, List<String> decisions) {
        BeltModel m = TestRuns.model(3, TestRuns.baseline("run.scale", "50", "run.months", "18"));
        m.setThreads(threads);
        if (decisions != null) {
            m.setDecisionTrace(20_000, (month, person, household, village, county, before, after, options, chosen, reason) ->
                    decisions.add(month + "," + person + "," + household + "," + village + "," + county + "," + before
                            + "," + after + "," + options + "," + chosen + "," + reason));
        }
        List<String> out = new ArrayList<>();
        m.addIndicatorSink((month, level, unit, indicator, value) ->
                out.add(month + "," + level + "," + unit + "," + indicator + "," + Double.doubleToLongBits(value)));
        m.setFirmEventSink(e -> out.add(e.toString()));
        m.runToEnd(() -> blocks[0] = PersonBlocks.count(m.belt().persons().size()));
        return out;
    }

    /**
     * Also the decision trace of sampled persons (noted in the parallel passes, each person by their own
     * block) is the same with 1 and 2 threads, and tracing changes no indicator or firm event.
     */
    @Test
    void indicatorsAndFirmEventsAreTheSameWhateverTheThreadCount() {
        int[] blocks = new int[1];
        List<String> one = trace(1, blocks);
        assertTrue(blocks[0] >= 3, "blocks: " + blocks[0]);
        assertTrue(one.size() > 10_000, "rows: " + one.size());
        List<String> decisionsOne = new ArrayList<>();
        assertEquals(one, trace(1, blocks, decisionsOne), "tracing changes no result");
        assertTrue(decisionsOne.size() > 1_000, "trace rows: " + decisionsOne.size());
        for (int threads : new int[]{2, 3}) {
            List<String> decisions = new ArrayList<>();
            List<String> other = trace(threads, blocks, threads == 2 ? decisions : null);
            assertEquals(one.size(), other.size(), threads + " threads");
            for (int i = 0; i < one.size(); i++) assertEquals(one.get(i), other.get(i), threads + " threads, row " + i);
            if (threads == 2) assertEquals(decisionsOne, decisions, "decision trace with 2 threads");
        }
    }
}
