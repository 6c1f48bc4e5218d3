package org.sxbelt.experiment.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.model.BeltModel;
import org.sxbelt.scenario.ScenarioLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A tiny benchmark: scale 1000 for 6 months and a 2-run sweep; only that everything is measured (no timings). */
class BenchTest {

    @TempDir
    Path tmp;

    @Test
    void measuresARunAndTheSweepScaling() throws IOException {
        Bench.Options o = new Bench.Options(ScenarioLoader.loadDefault(), 1, 6, List.of(1000), 1, 1, false, List.of(1),
                2, 1000, 3, tmp, null);
        Bench.Report r = new Bench(o, BeltGeography.loadDefault()).run(null);
        assertEquals(1, r.scales().size());
        ScaleResult s = r.scales().get(0);
        assertEquals(1000, s.scale());
        assertEquals(6, s.months());
        assertTrue(s.persons() > 5_000 && s.persons() < 50_000, "about 11 thousand at 1:1000: " + s.persons());
        assertTrue(s.personMonths() >= 6 * Math.min(s.persons(), s.personsAtEnd()) / 2);
        assertTrue(s.wallNanos() > 0 && s.personMonthsPerSecond() > 0);
        assertTrue(s.heapAfterStartBytes() > 0 && s.peakHeapBytes() >= s.heapAfterStartBytes() / 2);
        assertTrue(s.agentArrayBytes() > 0 && s.agentBytesPerPerson() < 1000, "arrays: " + s.agentBytesPerPerson());
        double shares = 0;
        for (String p : BeltModel.PHASES) shares += s.phaseShare(p);
        assertEquals(1.0, shares, 1e-9);

        List<String> kinds = r.scaling().stream().map(SweepResult::kind).toList();
        assertEquals(List.of("model sweep", "cpu loop", "memory stream"), kinds);
        assertEquals(2, r.scaling().get(0).units());
        for (SweepResult x : r.scaling()) {
            assertTrue(x.wallNanos() > 0 && x.unitsPerMinute() > 0, x.toString());
            assertEquals(1.0, x.speedup(), 1e-12, "one thread count: the reference itself");
        }
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(), files.toList(), "the sweep's temporary folder is removed");
        }
    }

    @Test
    void scalesRunCoarsestFirstAndTheHeapNeedShrinksWithScale() {
        Bench.Options o = new Bench.Options(ScenarioLoader.loadDefault(), 1, 6, List.of(1, 1000, 10, 100, 10), 1, 1,
                true, List.of(2, 1), 16, 500, 72, tmp, null);
        assertEquals(List.of(1000, 100, 10, 1), o.scales());
        assertEquals(List.of(1, 2), o.sweepThreads());
        assertTrue(Bench.heapNeeded(1) > 2_500_000_000L && Bench.heapNeeded(1) < 3_300_000_000L);
        assertEquals(Bench.heapNeeded(1) / 100, Bench.heapNeeded(100));
    }
}
