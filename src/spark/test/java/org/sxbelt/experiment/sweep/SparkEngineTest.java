package org.sxbelt.experiment.sweep;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sxbelt.experiment.stats.ResultsFormat;
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
        String text = BranchingSweepTest.branched(BranchingSweepTest.TEXT, "2020-12");
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

    private static Sweep sweep(Path out, SweepEngine engine, org.sxbelt.experiment.stats.ResultsFormat format, boolean keepRuns) {
        Experiment e = ExperimentFile.parse(EXPERIMENT, "spark8.toml", "spark8");
        return new Sweep(SweepPlan.of(e), Sweep.loadScenarios(e), GEO,
                new Sweep.Options(out, 2, Shard.ALL, null, false, engine).with(format, keepRuns));
    }

    @Test
    void parquetHoldsResultsCsvsColumnsAndRowsTypedAndResumesAsFinished(@TempDir Path dir) throws Exception {
        SweepOutcome local = sweep(dir.resolve("local"), null).run();
        List<String> csv = Files.readAllLines(local.results());

        SweepOutcome pq = sweep(dir.resolve("spark"), spark, ResultsFormat.PARQUET, false).run();
        Path file = pq.folder().resolve("results.parquet");
        assertEquals(file, pq.results());
        assertTrue(Files.isRegularFile(file), "one Parquet file, not a folder");
        assertFalse(Files.exists(pq.folder().resolve(RunFiles.RESULTS)), "one copy of the data: no results.csv");
        for (String id : ids(pq.folder().resolve(RunFiles.RUNS))) assertFalse(Files.exists(RunFiles.runFile(pq.folder(), id)));
        try (Stream<Path> s = Files.list(pq.folder())) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".results")), "no staging folder left");
        }
        String check = Files.readString(pq.folder().resolve(ResultsCheck.FILE));
        assertTrue(check.contains("\nfile=results.parquet\nformat=parquet\nrows=" + (csv.size() - 1) + "\n"), check);

        assertParquetHoldsCsv(org.apache.spark.sql.SparkSession.builder().getOrCreate(), file, csv);

        byte[] bytes = Files.readAllBytes(file);
        SweepOutcome again = sweep(dir.resolve("spark"), spark, ResultsFormat.PARQUET, false).run();
        assertEquals(8, again.skipped());
        assertEquals(0, again.done());
        assertEquals(file, again.results());
        assertArrayEquals(bytes, Files.readAllBytes(file), "a finished parquet sweep leaves results.parquet as it is");
        assertEquals(check, Files.readString(pq.folder().resolve(ResultsCheck.FILE)));

        // another format needs the run files, which a Parquet file cannot give back: one line naming --keep-runs,
        // before anything changes
        byte[] manifest = Files.readAllBytes(pq.folder().resolve(RunFiles.MANIFEST));
        ExperimentException no = org.junit.jupiter.api.Assertions.assertThrows(ExperimentException.class,
                () -> sweep(dir.resolve("spark"), spark, ResultsFormat.CSV, false).run());
        assertTrue(no.getMessage().contains("--keep-runs") && no.getMessage().lines().count() == 1, no.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(file), "left as it was");
        assertArrayEquals(manifest, Files.readAllBytes(pq.folder().resolve(RunFiles.MANIFEST)), "manifest.json left as it was");
        assertEquals(check, Files.readString(pq.folder().resolve(ResultsCheck.FILE)));

        // with --keep-runs the format can change afterwards: results.csv is the local engine's, results.parquet goes
        SweepOutcome kept = sweep(dir.resolve("kept"), spark, ResultsFormat.PARQUET, true).run();
        assertEquals(8, kept.done());
        SweepOutcome toCsv = sweep(dir.resolve("kept"), spark, ResultsFormat.CSV, true).run();
        assertEquals(8, toCsv.skipped());
        assertArrayEquals(Files.readAllBytes(local.results()), Files.readAllBytes(toCsv.results()));
        assertFalse(Files.exists(kept.folder().resolve("results.parquet")));

        if (pandas()) {
            Process p = new ProcessBuilder("python3", "-c", "import pandas as pd, sys; d = pd.read_parquet(sys.argv[1]); "
                    + "print(len(d), ','.join(d.columns), d['value'].dtype, d['point'].dtype)", file.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            assertEquals(0, p.waitFor(), out);
            assertEquals((csv.size() - 1) + " " + csv.get(0) + " float64 int32", out);
        }
    }

    /** Read back with Spark, results.parquet has results.csv's columns, typed, and its rows in order. */
    static void assertParquetHoldsCsv(org.apache.spark.sql.SparkSession session, Path file, List<String> csv) {
        org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> table = session.read().parquet(file.toUri().toString());
        String[] header = csv.get(0).split(",");
        assertArrayEquals(header, table.columns());
        org.apache.spark.sql.types.StructType schema = table.schema();
        assertEquals("string", schema.apply("run").dataType().typeName());
        assertEquals("integer", schema.apply("point").dataType().typeName());
        assertEquals("integer", schema.apply("replicate").dataType().typeName());
        assertEquals("long", schema.apply("seed").dataType().typeName());
        assertEquals("double", schema.apply("firm.agglomeration").dataType().typeName());
        assertEquals("string", schema.apply("month").dataType().typeName());
        assertEquals("double", schema.apply("value").dataType().typeName());
        List<org.apache.spark.sql.Row> rows = table.collectAsList();
        assertEquals(csv.size() - 1, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            String[] want = csv.get(i + 1).split(",", -1);
            org.apache.spark.sql.Row got = rows.get(i);
            assertEquals(header.length, want.length, "no quoted fields in this experiment's results");
            for (int c = 0; c < header.length; c++) {
                Object v = got.get(c);
                String where = "row " + (i + 1) + " " + header[c];
                switch (schema.fields()[c].dataType().typeName()) {
                    case "double" -> assertEquals(want[c].equals("NA") ? Double.NaN : Double.parseDouble(want[c]), (Double) v, 0.0, where);
                    case "integer" -> assertEquals(Integer.parseInt(want[c]), (Integer) v, where);
                    case "long" -> assertEquals(Long.parseLong(want[c]), (Long) v, where);
                    default -> assertEquals(want[c], v, where);
                }
            }
        }

    }

    /** Whether python3 with pandas and pyarrow is here (the pandas check is skipped otherwise). */
    private static boolean pandas() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import pandas, pyarrow").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void parquetOnlyThroughAnEngineThatWritesItAndReportSaysSoInOneLine(@TempDir Path dir) throws Exception {
        IllegalArgumentException local = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> sweep(dir.resolve("local"), null, ResultsFormat.PARQUET, false));
        assertTrue(local.getMessage().contains("--engine spark"), local.getMessage());

        Path toml = dir.resolve("spark8.toml");
        Files.writeString(toml, EXPERIMENT);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(), err = new java.io.ByteArrayOutputStream();
        int code = org.sxbelt.cli.Main.execute(new java.io.PrintStream(out), new java.io.PrintStream(err),
                "sweep", toml.toString(), "--format", "parquet", "--out", dir.resolve("cli").toString());
        assertEquals(2, code, err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("--format parquet needs --engine spark"), err.toString());
        assertFalse(Files.exists(dir.resolve("cli")), "nothing written");

        SweepOutcome pq = sweep(dir.resolve("spark"), spark, ResultsFormat.PARQUET, false).run();
        for (String command : List.of("report", "discover")) {
            out.reset();
            err.reset();
            String[] args = command.equals("report")
                    ? new String[] {command, pq.folder().toString(), "--out", dir.resolve("report/report.html").toString()}
                    : new String[] {command, pq.folder().toString(), "--condition", "poverty_rate < 0.1 in 2016",
                            "--out", dir.resolve(command).toString()};
            code = org.sxbelt.cli.Main.execute(new java.io.PrintStream(out), new java.io.PrintStream(err), args);
            assertEquals(2, code, command + ": " + err);
            assertEquals(1, err.toString().strip().lines().count(), command + ": " + err);
            assertTrue(err.toString().contains("results.parquet: this command reads results.csv or results.csv.gz, not Parquet"),
                    command + ": " + err);
        }
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
