package org.sxbelt.experiment.sweep;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sxbelt.geo.BeltGeography;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The runner: thread-count independence, resume, failures, shards and merge. 8 runs of 4 months at scale 1000. */
class SweepTest {

    static final String TEXT = """
            name = "t"
            scenarios = ["baseline", "no-counterpart-aid"]
            replications = 2
            months = 4
            scale = 1000
            seed = 5
            indicators = ["poverty_rate", "employment_park", "public_spending_cumulative"]
            levels = ["belt", "prefecture"]
            [design]
            type = "factorial"
            [[factors]]
            key = "policy.wageSubsidy"
            levels = [0.1, 0.3]
            """;

    static final Experiment EXPERIMENT = ExperimentFile.parse(TEXT, "t.toml", "t");
    static final SweepPlan DESIGN = SweepPlan.of(EXPERIMENT);

    @TempDir
    Path tmp;

    static Sweep sweep(Path out, int threads, Shard shard) {
        return new Sweep(DESIGN, Sweep.loadScenarios(EXPERIMENT), BeltGeography.loadDefault(),
                new Sweep.Options(out, threads, shard, null));
    }

    /** A sweep that keeps its run files ({@code --keep-runs}). */
    static Sweep keeping(Path out, int threads, Shard shard) {
        return new Sweep(DESIGN, Sweep.loadScenarios(EXPERIMENT), BeltGeography.loadDefault(),
                new Sweep.Options(out, threads, shard, null).with(null, true));
    }

    /** The rows of one run in results.csv, without the run's columns. */
    static List<String> rowsOf(Path results, String run) throws IOException {
        return Files.readAllLines(results).stream().filter(l -> l.startsWith(run + ","))
                .map(l -> l.substring(l.indexOf(",20") + 1)).toList();
    }

    static byte[] results(Path out) throws IOException {
        return Files.readAllBytes(out.resolve("t").resolve(RunFiles.RESULTS));
    }

    @Test
    void sameResultsWithOneAndTwoThreadsAndTheDocumentedFormat() throws IOException {
        SweepOutcome one = sweep(tmp.resolve("a"), 1, Shard.ALL).run();
        SweepOutcome two = sweep(tmp.resolve("b"), 2, Shard.ALL).run();
        assertEquals(8, one.done());
        assertEquals(8, two.done());
        assertEquals(0, two.failed());
        assertArrayEquals(results(tmp.resolve("a")), results(tmp.resolve("b")));

        List<String> lines = Files.readAllLines(tmp.resolve("a/t/results.csv"));
        assertEquals("run,point,replicate,seed,scenario,policy.wageSubsidy,month,level,unit,indicator,value", lines.get(0));
        assertTrue(lines.get(1).startsWith("p0-r0,0,0,5,baseline,0.1,2015-01,"), lines.get(1));
        assertTrue(lines.get(lines.size() - 1).startsWith("p3-r1,3,1,6,no-counterpart-aid,0.3,"), lines.get(lines.size() - 1));
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",");
            assertEquals(11, f.length, l);
            assertTrue(Set.of("belt", "prefecture").contains(f[7]), l);
            assertTrue(Set.of("poverty_rate", "employment_park", "public_spending_cumulative").contains(f[9]), l);
        }
        // common random numbers: replicate 1 has seed 6 at every point
        assertTrue(lines.stream().filter(l -> l.startsWith("p2-r1,")).allMatch(l -> l.startsWith("p2-r1,2,1,6,")));
        // the factor changes the run: the two wage-subsidy levels do not give identical files
        assertFalse(rowsOf(tmp.resolve("a/t/results.csv"), "p0-r0").equals(rowsOf(tmp.resolve("a/t/results.csv"), "p1-r0")));
        assertEquals(Set.of(), RunFiles.finished(tmp.resolve("a/t")), "the run files go once results.csv holds them");
        assertEquals(8, RunFiles.checked(tmp.resolve("a/t")).size(), "their checks stay");
        assertTrue(Files.readString(tmp.resolve("a/t/manifest.json")).contains("\"runs_done\": 8"));
        assertEquals(DESIGN.file().csv(), Files.readString(tmp.resolve("a/t/design.csv")));
    }

    @Test
    void resumeRunsOnlyTheMissingRunsAndGivesTheSameResults() throws IOException {
        Path out = tmp.resolve("r");
        keeping(out, 2, Shard.ALL).run();
        byte[] before = results(out);
        Path runs = out.resolve("t/runs");
        Files.delete(runs.resolve("p1-r0.csv"));
        Files.delete(runs.resolve("p3-r1.csv"));
        Files.delete(out.resolve("t/results.csv"));
        long keptStamp = Files.getLastModifiedTime(runs.resolve("p0-r0.csv")).toMillis();

        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        SweepOutcome s = keeping(out, 2, Shard.ALL).hook(r -> ran.add(r.id())).run();
        assertEquals(6, s.skipped());
        assertEquals(2, s.done());
        assertEquals(Set.of("p1-r0", "p3-r1"), Set.copyOf(ran));
        assertEquals(keptStamp, Files.getLastModifiedTime(runs.resolve("p0-r0.csv")).toMillis());
        assertArrayEquals(before, results(out));
    }

    @Test
    void aFailingRunIsRecordedTheOthersCompleteAndARerunRetriesIt() throws IOException {
        Path out = tmp.resolve("f");
        SweepOutcome s = sweep(out, 2, Shard.ALL).hook(r -> {
            if (r.id().equals("p2-r1")) throw new IllegalStateException("injected failure");
        }).run();
        assertEquals(7, s.done());
        assertEquals(1, s.failed());
        assertEquals(Set.of("p2-r1"), s.failures().keySet());
        assertTrue(s.failures().get("p2-r1").contains("injected failure"));
        assertNull(s.results(), "no results.csv while a run is missing");
        Path err = out.resolve("t/runs/p2-r1.error.txt");
        String text = Files.readString(err);
        assertTrue(text.contains("java.lang.IllegalStateException: injected failure") && text.contains("\tat "), text);
        assertFalse(Files.exists(out.resolve("t/runs/p2-r1.csv")));
        assertFalse(Files.exists(out.resolve("t/results.csv")));
        assertTrue(Files.readString(out.resolve("t/manifest.json")).contains("\"runs_failed\": 1"));

        SweepOutcome again = sweep(out, 2, Shard.ALL).run();
        assertEquals(1, again.done());
        assertEquals(0, again.failed());
        assertFalse(Files.exists(err), "the error file goes when the run succeeds");
        assertNotNull(again.results());
    }

    @Test
    void shardsMergedGiveTheUnshardedResults() throws IOException {
        sweep(tmp.resolve("all"), 2, Shard.ALL).run();
        SweepOutcome s1 = sweep(tmp.resolve("s1"), 1, new Shard(1, 2)).run();
        SweepOutcome s2 = sweep(tmp.resolve("s2"), 1, new Shard(2, 2)).run();
        assertEquals(4, s1.done());
        assertEquals(4, s2.done());
        assertNull(s1.results());
        assertEquals(Set.of("p0-r0", "p1-r0", "p2-r0", "p3-r0"), RunFiles.finished(tmp.resolve("s1/t")));

        Path a = tmp.resolve("s1/t"), b = tmp.resolve("s2/t");
        // merge refuses while runs are missing, naming them
        String msg = assertThrows(ExperimentException.class, () -> Merge.merge(List.of(a))).getMessage();
        assertTrue(msg.contains("4 of 8 runs") && msg.contains("p0-r1"), msg);

        MergeOutcome m = Merge.merge(List.of(a, b));
        assertEquals(4, m.copied());
        assertArrayEquals(results(tmp.resolve("all")), Files.readAllBytes(a.resolve(RunFiles.RESULTS)));
        // merging again is harmless (duplicates are verified identical)
        Merge.merge(List.of(a, b));
        assertArrayEquals(results(tmp.resolve("all")), Files.readAllBytes(a.resolve(RunFiles.RESULTS)));

        // a run file changed after its check was written is refused as damaged
        Files.writeString(b.resolve("runs/p0-r1.csv"), Files.readString(b.resolve("runs/p0-r1.csv")) + "2015-02,belt,belt,x,1\n");
        msg = assertThrows(ExperimentException.class, () -> Merge.merge(List.of(a, b))).getMessage();
        assertTrue(msg.contains("p0-r1.csv has") && msg.contains("merge refuses damaged run files"), msg);
        // a differing duplicate with a matching check is refused too
        RunCheck.write(b, "p0-r1", RunCheck.read(RunFiles.checkFile(b, "p0-r1")).fingerprint());
        msg = assertThrows(ExperimentException.class, () -> Merge.merge(List.of(a, b))).getMessage();
        assertTrue(msg.contains("run p0-r1 differs"), msg);
    }

    @Test
    void aFolderWithAnotherDesignIsRefused() throws IOException {
        Path out = tmp.resolve("d");
        Files.createDirectories(out.resolve("t"));
        Files.writeString(out.resolve("t/design.csv"), "point,scenario,design_type,design_group,design_step\n");
        String msg = assertThrows(ExperimentException.class, () -> sweep(out, 1, Shard.ALL).run()).getMessage();
        assertTrue(msg.contains("holds another design"), msg);
    }

    @Test
    void progressDurations() {
        assertEquals("5s", Sweep.Progress.duration(4.6));
        assertEquals("2m10s", Sweep.Progress.duration(130));
        assertEquals("1h01m", Sweep.Progress.duration(3660));
    }
}
