package org.sxbelt.model;

import org.junit.jupiter.api.Test;
import org.sxbelt.params.Param;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.Scenario;
import org.sxbelt.scenario.ScenarioException;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Truthful ranges (issue 16 item 5): every parameter of the schema, one at a time at its minimum and
 * at its maximum on the built-in baseline (a short coarse run: 1:1000, 13 months so that a December
 * passes), either runs to its end with finite belt indicators or is rejected when the scenario is
 * loaded with a {@link ScenarioException} (the one-line user error of the CLI). An internal error,
 * or an infinite belt indicator (NaN is the model's NA,
 * e.g. the mean wage of workshops when there are none), is a range the model cannot run and fails the test.
 *
 * <p>The run's own keys are left out: {@code run.scale} at 1 is the 1:1 run and {@code run.months} at
 * 600 a 50-year run ({@code RunCommandTest} and the sweep tests cover their bounds), {@code run.seed}
 * changes nothing of the ranges. Runs go on two threads; about 480 runs take ~100 s on the 2-core
 * machine (measured).
 */
class EveryParameterAtItsBoundsTest {

    private static final Set<String> LEFT_OUT = Set.of("run.months", "run.scale", "run.seed");
    private static final int MONTHS = 13;

    @Test
    void everyParameterRunsAtItsMinimumAndItsMaximum() throws Exception {
        Scenario baseline = TestRuns.baseline("run.months", String.valueOf(MONTHS), "run.scale", "1000");
        TestRuns.geography();
        List<String[]> cases = new ArrayList<>();
        for (Param p : ParamSchema.all()) {
            if (LEFT_OUT.contains(p.key())) continue;
            cases.add(new String[] {p.key(), p.format(p.min())});
            if (p.max() != p.min()) cases.add(new String[] {p.key(), p.format(p.max())});
        }
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        try {
            for (String[] c : cases) results.add(pool.submit(() -> check(baseline, c[0], c[1])));
            List<String> failures = new ArrayList<>();
            for (Future<String> f : results) {
                String failure = f.get();
                if (failure != null) failures.add(failure);
            }
            System.out.printf("%d bound runs in %.1f s%n", cases.size(), (System.nanoTime() - t0) / 1e9);
            assertTrue(failures.isEmpty(), failures.size() + " of " + cases.size() + " bounds fail:\n"
                    + String.join("\n", failures));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Null when {@code key = value} runs cleanly or is rejected at load time; otherwise what went wrong. */
    private static String check(Scenario baseline, String key, String value) {
        Scenario s;
        try {
            s = TestRuns.with(baseline, Map.of(key, value));
        } catch (ScenarioException e) {
            return e.getMessage().contains("\n") ? key + "=" + value + ": rejection of more than one line" : null;
        }
        try {
            BeltModel m = TestRuns.model(1, s);
            String[] bad = new String[1];
            m.addIndicatorSink((month, level, unit, indicator, v) -> {
                // NaN is the model's "nobody to average over" (written NA); an infinity is a division by zero
                if (level == Level.BELT && Double.isInfinite(v) && bad[0] == null) {
                    bad[0] = indicator + " = " + v + " in month " + month;
                }
            });
            m.runToEnd();
            return bad[0] == null ? null : key + "=" + value + ": " + bad[0];
        } catch (RuntimeException | StackOverflowError e) {
            StringWriter w = new StringWriter();
            e.printStackTrace(new PrintWriter(w));
            String[] lines = w.toString().split("\n");
            return key + "=" + value + ": " + String.join(" | ", java.util.Arrays.copyOf(lines, Math.min(4, lines.length)));
        }
    }
}
