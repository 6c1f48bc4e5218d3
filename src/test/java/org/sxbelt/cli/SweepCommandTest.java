package org.sxbelt.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code sweep} and {@code merge} on the command line: 4 runs of 3 months at scale 1000. */
class SweepCommandTest {

    @TempDir
    Path tmp;

    private static final String TEXT = """
            name = "cli"
            scenarios = ["baseline", "subsidy-5y"]
            replications = 2
            months = 3
            scale = 1000
            indicators = ["poverty_rate", "jobs_park"]
            """;

    private Path file(String text) throws IOException {
        Path f = tmp.resolve("cli.toml");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void sweepWritesTheFolderAndShardsMergeToTheSameResults() throws IOException {
        Path f = file(TEXT);
        MainTest.Result r = MainTest.run("sweep", f.toString(), "--out", tmp.resolve("all").toString(), "--threads", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("4 runs: 4 done (4 new, 0 already there), 0 failed; results in "), r.out());
        assertTrue(r.err().contains("runs 4/4 done, 0 failed"), r.err());
        Path all = tmp.resolve("all/cli");
        for (String name : new String[] {"design.csv", "manifest.json", "results.csv", "results.check", "runs/p0-r0.check",
                "runs/p1-r1.check"}) {
            assertTrue(Files.isRegularFile(all.resolve(name)), name);
        }
        // one copy of the data: the run files go once results.csv holds their rows (not with --keep-runs)
        assertFalse(Files.exists(all.resolve("runs/p0-r0.csv")));
        assertTrue(r.err().contains("Removed 4 run files from runs/: their rows are in results.csv"), r.err());
        assertEquals("point,scenario,design_type,design_group,design_step\n0,baseline,none,,\n1,subsidy-5y,none,,\n",
                Files.readString(all.resolve("design.csv")));

        // re-running skips everything
        r = MainTest.run("sweep", f.toString(), "--out", tmp.resolve("all").toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("4 runs: 4 done (0 new, 4 already there)"), r.out());
        assertEquals("", r.err(), "--quiet");

        r = MainTest.run("sweep", f.toString(), "--out", tmp.resolve("s1").toString(), "--shard", "1/2", "--quiet");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("2 runs in shard 1/2: 2 done"), r.out());
        assertFalse(Files.exists(tmp.resolve("s1/cli/results.csv")));
        assertEquals(0, MainTest.run("sweep", f.toString(), "--out", tmp.resolve("s2").toString(), "--shard", "2/2",
                "--quiet").code());

        String line = MainTest.run("merge", tmp.resolve("s1/cli").toString()).userError();
        assertTrue(line.contains("2 of 4 runs are in none of the folders"), line);

        r = MainTest.run("merge", tmp.resolve("s1/cli").toString(), tmp.resolve("s2/cli").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("4 runs: 2 were in "), r.out());
        assertArrayEquals(Files.readAllBytes(all.resolve("results.csv")),
                Files.readAllBytes(tmp.resolve("s1/cli/results.csv")));
    }

    @Test
    void aChangedExperimentIsOneLineRefusalUntilForceAndMergeRefusesMismatchedShards() throws IOException {
        Path f = file(TEXT);
        String out = tmp.resolve("o").toString();
        assertEquals(0, MainTest.run("sweep", f.toString(), "--out", out, "--quiet").code());
        Path f4 = file(TEXT.replace("months = 3", "months = 4"));
        String line = MainTest.run("sweep", f4.toString(), "--out", out, "--quiet").userError();
        assertTrue(line.contains("runs/p0-r0.check (its rows in results.csv) was made with months 3, the experiment now "
                + "says 4 (and 3 more runs): use --force to redo such runs, or another --out"), line);
        MainTest.Result r = MainTest.run("sweep", f4.toString(), "--out", out, "--quiet", "--force");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("4 runs: 4 done (4 new, 0 already there)"), r.out());

        assertEquals(0, MainTest.run("sweep", file(TEXT).toString(), "--out", tmp.resolve("s1").toString(), "--shard", "1/2",
                "--quiet").code());
        assertEquals(0, MainTest.run("sweep", file(TEXT.replace("months = 3", "months = 4")).toString(), "--out",
                tmp.resolve("s2").toString(), "--shard", "2/2",
                "--quiet").code());
        line = MainTest.run("merge", tmp.resolve("s1/cli").toString(), tmp.resolve("s2/cli").toString()).userError();
        assertTrue(line.contains("was made with months 4") && line.contains("merge refuses them"), line);
        assertFalse(Files.exists(tmp.resolve("s1/cli/results.csv")));
        assertTrue(MainTest.run("sweep", "--help").out().contains("--force"));
    }

    @Test
    void mistakesAreOneLineErrors() throws IOException {
        Path f = file(TEXT + "[design]\ntype = \"factorial\"\n[[factors]]\nkey = \"policy.subsidyMonths\"\nlevels = [24, 999]\n");
        String line = MainTest.run("sweep", f.toString(), "--out", tmp.toString()).userError();
        assertTrue(line.contains(f.toString() + " line 11") && line.contains("policy.subsidyMonths = 999 is out of range")
                && line.contains("a whole number in [0, 360]"), line);

        line = MainTest.run("sweep", file(TEXT.replace("\"subsidy-5y\"", "\"subsidy-5z\"")).toString()).userError();
        assertTrue(line.contains("scenarios") && line.contains("subsidy-5z"), line);

        assertTrue(MainTest.run("sweep").userError().contains("needs <experiment.toml>"));
        assertTrue(MainTest.run("sweep", tmp.resolve("nope.toml").toString()).userError().contains("not found"));
        assertTrue(MainTest.run("sweep", "a.toml", "--shard", "3/2").userError().contains("--shard 3/2"));
        assertTrue(MainTest.run("sweep", "a.toml", "--threads", "0").userError().contains("--threads"));
        assertTrue(MainTest.run("sweep", "a.toml", "--bogus").userError().contains("--bogus"));
        assertTrue(MainTest.run("sweep", "a.toml", "--engine", "hadoop").userError().contains("expected local or spark"));
        assertTrue(MainTest.run("sweep", "a.toml", "--master", "local[2]").userError().contains("needs --engine spark"));
        if (java.util.ServiceLoader.load(org.sxbelt.experiment.sweep.SweepEngine.Provider.class).findFirst().isEmpty()) {
            // the default build, without the spark profile's engine
            MainTest.Result noSpark = MainTest.run("sweep", f.toString(), "--engine", "spark", "--out", tmp.toString());
            assertEquals(2, noSpark.code());
            assertTrue(noSpark.err().startsWith("error: --engine spark is not in this build: build it with "
                    + "./mvnw -Pspark package"), noSpark.err());
            assertEquals(1, noSpark.err().lines().count(), noSpark.err());
            assertTrue(MainTest.run("calibrate", "--engine", "spark").userError().contains("./mvnw -Pspark package"));
        }
        // a Hadoop file system URI (issue 17): only the spark engine writes there; nothing is made locally
        for (String[] args : java.util.List.of(new String[] {"sweep", f.toString(), "--out", "hdfs://127.0.0.1:9/x"},
                new String[] {"calibrate", "--out", "s3a://bucket/x"})) {
            MainTest.Result r = MainTest.run(args);
            assertEquals(2, r.code(), r.err());
            assertEquals("error: --out " + args[args.length - 1] + " is a Hadoop file system URI: it needs --engine spark "
                    + "from a build made with ./mvnw -Pspark package (see README.md, Sweeps on Spark); the local engine "
                    + "writes to a local folder", r.err().strip());
        }
        assertFalse(Files.exists(Path.of("hdfs:")) || Files.exists(Path.of("s3a:")), "no local folder named after the scheme");
        assertEquals("error: --out abfs://c@a/x is a URI (abfs://): this command writes to a local folder",
                MainTest.run("run", "--out", "abfs://c@a/x").err().strip());
        assertTrue(MainTest.run("merge").userError().contains("needs <experiment folder>"));
        assertTrue(MainTest.run("merge", tmp.toString()).userError().contains("no design.csv"));
        assertEquals("error: --format csv.bz2: expected one of csv, csv.gz, parquet",
                MainTest.run("sweep", "a.toml", "--format", "csv.bz2").err().strip());
        MainTest.Result pq = MainTest.run("sweep", "a.toml", "--format", "parquet");
        assertEquals(2, pq.code());
        assertTrue(pq.err().startsWith("error: --format parquet needs --engine spark (") && pq.err().strip().lines().count() == 1,
                pq.err());
        assertTrue(MainTest.run("merge", tmp.toString(), "--format", "gz").userError().contains("--format gz: expected one of"));
    }

    @Test
    void helpListsTheCommands() {
        MainTest.Result r = MainTest.run("help");
        assertTrue(r.out().contains("  sweep ") && r.out().contains("  merge "), r.out());
        String h = MainTest.run("sweep", "--help").out();
        assertTrue(h.contains("--shard <K/N>") && h.contains("--threads <int>") && h.contains("--engine <local|spark>") && h.contains("--master <URL>") && h.contains("4 when any failed"), h);
    }
}
