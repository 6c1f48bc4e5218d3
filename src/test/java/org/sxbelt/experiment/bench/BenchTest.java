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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A tiny benchmark: scale 1000 for 6 months and a 2-run sweep; only that everything is measured (no timings). */
class BenchTest {

    @TempDir
    Path tmp;

    @Test
    void measuresARunAndTheSweepScaling() throws IOException {
        Bench.Options o = Bench.Options.builder(ScenarioLoader.loadDefault()).seed(1).months(6).scales(List.of(1000))
                .warmUp(false).sweepThreads(List.of(1)).sweepRuns(2).sweepScale(1000).sweepMonths(3).tempRoot(tmp)
                .build();
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
        }
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(), files.toList(), "the sweep's temporary folder is removed");
        }
    }

    /** Every codec gives back the chosen codec's state (no timings asserted); the chosen one comes first. */
    @Test
    void measuresEveryCheckpointCodecAndEachGivesTheSameState() throws IOException {
        Bench.Options o = Bench.Options.builder(ScenarioLoader.loadDefault()).seed(1).months(1).scales(List.of(1000))
                .warmUp(false).checkpointMonths(4).tempRoot(tmp).build();
        Bench.Report r = new Bench(o, BeltGeography.loadDefault()).run(null);
        List<CheckpointResult> cs = r.checkpoints();
        assertEquals(org.sxbelt.output.CheckpointCodec.values().length, cs.size());
        assertEquals(org.sxbelt.output.CheckpointCodec.CHOSEN.label(), cs.get(0).codec());
        assertTrue(cs.get(0).chosen());
        for (CheckpointResult c : cs) {
            assertTrue(c.sameState(), c.codec() + " gives back another state");
            assertEquals(4, c.months());
            assertTrue(c.bytes() > 0 && c.persons() > 5_000 && c.writeNanos() > 0 && c.readNanos() > 0, c.toString());
        }
        long raw = cs.stream().filter(c -> c.codec().equals("serialised-raw")).findFirst().orElseThrow().bytes();
        assertTrue(cs.get(0).bytes() < raw, "the chosen codec compresses");
        assertTrue(BenchTables.checkpointCsv(cs).startsWith(String.join(",", BenchTables.CHECKPOINT_COLUMNS) + "\n"));
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(), files.toList(), "the checkpoints' temporary folder is removed");
        }
    }

    @Test
    void scalesRunCoarsestFirstAndTheHeapNeedShrinksWithScale() {
        Bench.Options o = Bench.Options.builder(ScenarioLoader.loadDefault()).seed(1).months(6)
                .scales(List.of(1, 1000, 10, 100, 10)).sweepThreads(List.of(2, 1)).sweepRuns(16).sweepScale(500)
                .sweepMonths(72).tempRoot(tmp).build();
        assertEquals(List.of(1000, 100, 10, 1), o.scales());
        assertEquals(List.of(1, 2), o.sweepThreads());
        assertTrue(Bench.heapNeeded(1) > 2_500_000_000L && Bench.heapNeeded(1) < 3_300_000_000L);
        assertEquals(Bench.heapNeeded(1) / 100, Bench.heapNeeded(100));
    }

    @Test
    void speedUpIsUnitsPerMinuteOverTheFewestThreads() {
        // 8 units in 8 s, 4 s and 2.5 s: 60, 120 and 192 units a minute
        List<SweepResult> r = Bench.relative(List.of(timed(1, 8_000_000_000L), timed(2, 4_000_000_000L),
                timed(4, 2_500_000_000L)));
        assertEquals(List.of(1.0, 2.0, 3.2), r.stream().map(SweepResult::speedup).toList());
        assertEquals(List.of(1, 2, 4), r.stream().map(SweepResult::threads).toList(), "order and rows kept");
        assertEquals(192, r.get(2).unitsPerMinute(), 1e-9);
        assertEquals(List.of(0.0, 0.0), Bench.relative(List.of(timed(1, 0), timed(2, 1))).stream()
                .map(SweepResult::speedup).toList(), "no speed-up against a base that did nothing");
    }

    @Test
    void optionsCheckThemselves() {
        Bench.Options.Builder b = Bench.Options.builder(ScenarioLoader.loadDefault()).months(6).scales(List.of(1000));
        assertEquals(List.of(), b.build().sweepThreads(), "no scaling measurement unless asked");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.repeat(0).build());
        assertEquals("repeat must be at least 1, got 0", e.getMessage());
        b.repeat(1).sweepThreads(List.of(1, 2));
        e = assertThrows(IllegalArgumentException.class, b::build);
        assertEquals("sweep runs must be at least 1, got 0", e.getMessage());
    }

    private static SweepResult timed(int threads, long wallNanos) {
        return new SweepResult("cpu loop", threads, 8, "chunks", wallNanos, Double.NaN);
    }
}
