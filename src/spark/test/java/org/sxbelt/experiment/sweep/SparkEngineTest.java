package org.sxbelt.experiment.sweep;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sxbelt.geo.BeltGeography;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark engine in local[2] against the local engine (issue 17 items 1, 2 and 4): the same results.csv
 * and run files byte for byte; a resumed sweep skips the good runs and redoes the missing and damaged ones;
 * a failing run is recorded, counted and retried, the others go on.
 */
class SparkEngineTest {

    /** 2 scenarios x 2 factor levels x 2 replications = 8 runs of 24 months at scale 1000. */
    static final String EXPERIMENT = """
            name = "spark8"
            description = "Engines compared: 8 small runs."
            scenarios = ["baseline", "no-counterpart-aid"]
            replications = 2
            months = 24
            scale = 1000
            seed = 3
            indicators = ["poverty_rate", "employment_park", "jobs_park", "public_spending_cumulative"]
            levels = ["belt", "prefecture", "county"]

            [design]
            type = "factorial"

            [[factors]]
            key = "firm.agglomeration"
            levels = [0.35, 1.5]
            """;

    private static SweepEngine spark;
    private static final BeltGeography GEO = BeltGeography.loadDefault();

    @BeforeAll
    static void startSpark() {
        // 2 threads, and a task is tried up to 3 times (local[N] alone never retries)
        spark = SweepEngine.open("spark", new SweepEngine.Settings("local[2,3]", 2, null));
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) spark.close();
    }

    private static Sweep sweep(Path out, SweepEngine engine) {
        return sweep(out, engine, false);
    }

    /** The sweep of {@link #EXPERIMENT} into {@code out}, results.csv, run files kept or removed once it is written. */
    private static Sweep sweep(Path out, SweepEngine engine, boolean keepRuns) {
        Experiment e = ExperimentFile.parse(EXPERIMENT, "spark8.toml", "spark8");
        return new Sweep(SweepPlan.of(e), Sweep.loadScenarios(e), GEO,
                new Sweep.Options(out, 2, Shard.ALL, null, false, engine).with(null, keepRuns));
    }

    @Test
    void localTwoGivesTheLocalEnginesFilesByteForByteAndResumes(@TempDir Path dir) throws IOException {
        // by default the run files go once results.csv holds them: results.csv and the check files compared
        SweepOutcome packedLocal = sweep(dir.resolve("packed-local"), null).run();
        SweepOutcome packedSpark = sweep(dir.resolve("packed-spark"), spark).run();
        assertEquals(8, packedSpark.done());
        assertFalse(Files.exists(RunFiles.runFile(packedSpark.folder(), ids(packedLocal.folder().resolve(RunFiles.RUNS)).get(0))));
        assertSameFiles(packedLocal.folder(), packedSpark.folder());
        SweepOutcome again = sweep(dir.resolve("packed-spark"), spark).run();
        assertEquals(8, again.skipped(), "a finished sweep resumes as finished");
        assertEquals(0, again.done());
        assertSameFiles(packedLocal.folder(), again.folder());

        // --keep-runs: the run files too
        SweepOutcome local = sweep(dir.resolve("local"), null, true).run();
        assertEquals(8, local.done());
        assertNotNull(local.results());

        SweepOutcome viaSpark = sweep(dir.resolve("spark"), spark, true).run();
        assertEquals(8, viaSpark.done());
        assertEquals(0, viaSpark.failed());
        assertNotNull(viaSpark.results());
        assertSameFiles(local.folder(), viaSpark.folder());

        // Resume: three runs gone, one damaged, results.csv gone; the other four are skipped.
        Path runs = viaSpark.folder().resolve(RunFiles.RUNS);
        List<String> ids = ids(runs);
        assertEquals(8, ids.size(), "--keep-runs kept the run files");
        for (String id : ids.subList(0, 3)) {
            Files.delete(runs.resolve(id + ".csv"));
            Files.delete(runs.resolve(id + RunCheck.SUFFIX));
        }
        Files.writeString(runs.resolve(ids.get(5) + ".csv"), "month,level,unit,indicator,value\n");
        Files.delete(viaSpark.results());
        SweepOutcome resumed = sweep(dir.resolve("spark"), spark, true).run();
        assertEquals(4, resumed.skipped());
        assertEquals(4, resumed.done());
        assertEquals(1, resumed.redoneDamaged());
        assertSameFiles(local.folder(), resumed.folder());
        try (Stream<Path> s = Files.list(runs)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".")), "no temporary files left");
        }
    }

    @Test
    void aFailingRunIsRecordedTheOthersGoOnAndItIsRetried(@TempDir Path dir) throws IOException {
        SweepOutcome local = sweep(dir.resolve("local"), null).run();
        String bad = SweepPlan.of(ExperimentFile.parse(EXPERIMENT, "spark8.toml", "spark8")).run(5).id();
        Sweep.RunHook fail = (Sweep.RunHook & Serializable) r -> {
            if (r.id().equals(bad)) throw new IllegalStateException("injected failure of " + r.id());
        };
        SweepOutcome failed = sweep(dir.resolve("spark"), spark).hook(fail).run();
        assertEquals(1, failed.failed());
        assertEquals(7, failed.done());
        assertNull(failed.results(), "no results.csv while a run failed");
        assertTrue(failed.failures().get(bad).contains("injected failure of " + bad), failed.failures().toString());
        Path errorFile = RunFiles.errorFile(failed.folder(), bad);
        assertTrue(Files.readString(errorFile).contains("injected failure"));
        assertFalse(Files.exists(RunFiles.runFile(failed.folder(), bad)));
        assertTrue(Files.readString(failed.folder().resolve(RunFiles.MANIFEST)).contains("\"runs_failed\": 1"));

        SweepOutcome retried = sweep(dir.resolve("spark"), spark).run();
        assertEquals(7, retried.skipped());
        assertEquals(1, retried.done());
        assertFalse(Files.exists(errorFile), "the error file goes when the run succeeds");
        assertSameFiles(local.folder(), retried.folder());
    }

    @Test
    void aBranchingSweepUsesTheHistoriesTheDriverSimulated(@TempDir Path dir) throws IOException {
        String text = """
                name = "t"
                scenarios = ["baseline", "early-withdrawal"]
                replications = 2
                months = 74
                scale = 1000
                seed = 3
                indicators = ["poverty_rate", "employment_park", "firms_park", "public_spending_cumulative"]
                levels = ["belt", "prefecture"]
                branch_from = "2020-12"
                [design]
                type = "factorial"
                [[factors]]
                key = "policy.supportWithdrawalYear"
                levels = [2021, 2026]
                """;
        Experiment e = ExperimentFile.parse(text, "t.toml", "t");
        SweepOutcome local = new Sweep(SweepPlan.of(e), Sweep.loadScenarios(e), GEO,
                new Sweep.Options(dir.resolve("local"), 2, Shard.ALL, null)).run();
        SweepOutcome viaSpark = new Sweep(SweepPlan.of(e), Sweep.loadScenarios(e), GEO,
                new Sweep.Options(dir.resolve("spark"), 2, Shard.ALL, null, false, spark)).run();
        assertEquals(8, viaSpark.done());
        assertTrue(viaSpark.monthsSaved() > 0, "the runs branched from the shared histories");
        assertSameFiles(local.folder(), viaSpark.folder());
    }

    /** Attempts of run 2 seen by the hook below (tasks run in this JVM in local mode). */
    static final java.util.concurrent.atomic.AtomicInteger ATTEMPTS = new java.util.concurrent.atomic.AtomicInteger();

    @Test
    void aTaskThatDiesIsRetriedAndItsRunWrittenOnce(@TempDir Path dir) throws IOException {
        SweepOutcome local = sweep(dir.resolve("local"), null).run();
        String victim = SweepPlan.of(ExperimentFile.parse(EXPERIMENT, "spark8.toml", "spark8")).run(2).id();
        ATTEMPTS.set(0);
        // an Error that the single-run code does not catch: the task fails as if its executor died mid-run
        Sweep.RunHook dies = (Sweep.RunHook & Serializable) r -> {
            if (r.id().equals(victim) && ATTEMPTS.incrementAndGet() == 1) throw new LinkageError("task killed");
        };
        SweepOutcome retried = sweep(dir.resolve("spark"), spark).hook(dies).run();
        assertEquals(2, ATTEMPTS.get(), "the failed task was tried again, once");
        assertEquals(8, retried.done());
        assertEquals(0, retried.failed());
        assertSameFiles(local.folder(), retried.folder());
    }

    /**
     * results.csv, results.check, design.csv and every check file are the same bytes, and so is every run
     * file, which both folders have or lack alike (the run files go once results.csv holds them, unless
     * --keep-runs).
     */
    static void assertSameFiles(Path expected, Path actual) throws IOException {
        for (String f : List.of(RunFiles.RESULTS, ResultsCheck.FILE, RunFiles.DESIGN)) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(actual.resolve(f)), f);
        }
        List<String> ids = ids(expected.resolve(RunFiles.RUNS));
        assertEquals(8, ids.size());
        assertEquals(ids, ids(actual.resolve(RunFiles.RUNS)));
        for (String id : ids) {
            Path e = expected.resolve(RunFiles.RUNS).resolve(id + RunCheck.SUFFIX);
            Path a = actual.resolve(RunFiles.RUNS).resolve(id + RunCheck.SUFFIX);
            assertArrayEquals(Files.readAllBytes(e), Files.readAllBytes(a), id + RunCheck.SUFFIX);
            Path eRun = RunFiles.runFile(expected, id), aRun = RunFiles.runFile(actual, id);
            assertEquals(Files.exists(eRun), Files.exists(aRun), id + ".csv kept in both folders or in neither");
            if (Files.exists(eRun)) assertArrayEquals(Files.readAllBytes(eRun), Files.readAllBytes(aRun), id + ".csv");
        }
    }

    /** The ids of the runs with a check file (their run files may have been removed). */
    static List<String> ids(Path runs) throws IOException {
        try (Stream<Path> s = Files.list(runs)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(RunCheck.SUFFIX) && !n.startsWith("."))
                    .map(n -> n.substring(0, n.length() - RunCheck.SUFFIX.length())).sorted().toList();
        }
    }
}
