package org.sxbelt.experiment.sweep;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sxbelt.geo.BeltGeography;

import java.io.IOException;
import java.io.Serializable;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --out hdfs://} (issue 17): a real HDFS on 127.0.0.1 (Hadoop's MiniDFSCluster: a NameNode and one
 * DataNode in this JVM) and the Spark engine in local mode. The sweep's files on HDFS are the local engine's
 * byte for byte; a second sweep resumes from HDFS alone (the local copy is gone after each command), redoing
 * only the runs removed or damaged there; a failing run's error file is on HDFS and goes when it is retried;
 * a branching sweep's executors read the shared histories from HDFS; bad URIs are one line and exit 2.
 * The object-store way of publishing (writing the final key, no rename) is tested here too, through
 * {@code sxbelt.out.commit=put}, and against a real S3 server in {@link S3OutTest}.
 */
class HadoopOutTest {

    @TempDir
    static Path base;
    private static MiniDFSCluster cluster;
    private static FileSystem hdfs;
    private static RemoteFiles files;
    private static String uri;
    private static final BeltGeography GEO = BeltGeography.loadDefault();

    @BeforeAll
    static void startHdfs() throws IOException {
        org.apache.logging.log4j.core.config.Configurator.setLevel("org.apache.hadoop", org.apache.logging.log4j.Level.ERROR);
        Configuration conf = new Configuration();
        conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, base.resolve("hdfs").toString());
        cluster = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
        cluster.waitActive();
        hdfs = cluster.getFileSystem();
        files = new RemoteFiles(hdfs);
        uri = "hdfs://127.0.0.1:" + cluster.getNameNodePort();
    }

    @AfterAll
    static void stopHdfs() {
        // the engine set Hadoop's loggers to WARN; a stopping DataNode warns of every thread it interrupts
        org.apache.logging.log4j.core.config.Configurator.setLevel("org.apache.hadoop", org.apache.logging.log4j.Level.OFF);
        if (cluster != null) cluster.shutdown();
    }

    private static Sweep sweep(String text, String name, Path out, SweepEngine engine, boolean keepRuns) {
        Experiment e = ExperimentFile.parse(text, name + ".toml", name);
        return new Sweep(SweepPlan.of(e), Sweep.loadScenarios(e), GEO,
                new Sweep.Options(out, 2, Shard.ALL, null, false, engine).with(null, keepRuns));
    }

    private static boolean exists(String file) throws IOException {
        return hdfs.exists(new org.apache.hadoop.fs.Path(file));
    }

    @Test
    void aSweepToHdfsIsTheLocalEnginesByteForByteAndResumesFromHdfs() throws IOException {
        SweepOutcome local = sweep(SparkEngineTest.EXPERIMENT, "spark8", base.resolve("local"), null, true).run();
        Path toml = base.resolve("spark8.toml");
        Files.writeString(toml, SparkEngineTest.EXPERIMENT);
        String out = uri + "/x";
        String folder = out + "/spark8";
        String[] command = RemoteFiles.sweep(toml, out);

        RemoteFiles.Result first = RemoteFiles.succeeds(command, "8 runs: 8 done (8 new, 0 already there), 0 failed; results in "
                + folder + "/results.csv");
        assertFalse(first.out().contains(System.getProperty("java.io.tmpdir") + "/sxbelt-out-"), "messages name HDFS");
        SparkEngineTest.assertSameFiles(local.folder(), files.copy(folder, base.resolve("first")));
        files.assertNothingHidden(folder, "no lock or temporary file left");

        // on HDFS: one run gone, one damaged, results.csv gone; the other six are skipped
        List<String> ids = SparkEngineTest.ids(local.folder().resolve(RunFiles.RUNS));
        hdfs.delete(new org.apache.hadoop.fs.Path(folder + "/runs/" + ids.get(0) + ".csv"), false);
        hdfs.delete(new org.apache.hadoop.fs.Path(folder + "/runs/" + ids.get(0) + RunCheck.SUFFIX), false);
        try (var o = hdfs.create(new org.apache.hadoop.fs.Path(folder + "/runs/" + ids.get(5) + ".csv"), true)) {
            o.write("month,level,unit,indicator,value\n".getBytes(StandardCharsets.UTF_8));
        }
        hdfs.delete(new org.apache.hadoop.fs.Path(folder + "/results.csv"), false);
        RemoteFiles.succeeds(command, "8 runs: 8 done (2 new, 6 already there), 0 failed");
        SparkEngineTest.assertSameFiles(local.folder(), files.copy(folder, base.resolve("second")));

        RemoteFiles.succeeds(command, "8 runs: 8 done (0 new, 8 already there), 0 failed");
        assertArrayEquals(Files.readAllBytes(local.results()), files.read(folder + "/results.csv"));
    }

    @Test
    void aFailingRunIsRecordedOnHdfsAndRetriedFromThere() throws IOException {
        SweepOutcome local = sweep(SparkEngineTest.EXPERIMENT, "spark8", base.resolve("local-fail"), null, false).run();
        String bad = SweepPlan.of(ExperimentFile.parse(SparkEngineTest.EXPERIMENT, "spark8.toml", "spark8")).run(5).id();
        Sweep.RunHook fail = (Sweep.RunHook & Serializable) r -> {
            if (r.id().equals(bad)) throw new IllegalStateException("injected failure of " + r.id());
        };
        String folder = uri + "/fail/spark8";
        try (SweepEngine spark = SweepEngine.open("spark", new SweepEngine.Settings("local[2]", 2, null))) {
            SweepOutcome failed;
            try (RemoteFolder remote = spark.remote(uri + "/fail", "spark8")) {
                failed = sweep(SparkEngineTest.EXPERIMENT, "spark8", remote.local(), spark, false).hook(fail).run();
                remote.publish();
            }
            assertEquals(1, failed.failed());
            assertEquals(7, failed.done());
            assertNull(failed.results());
            assertTrue(new String(files.read(folder + "/runs/" + bad + RunFiles.ERROR_SUFFIX), StandardCharsets.UTF_8)
                    .contains("injected failure of " + bad));
            assertFalse(exists(folder + "/results.csv"), "no results.csv while a run failed");
            assertTrue(new String(files.read(folder + "/" + RunFiles.MANIFEST), StandardCharsets.UTF_8).contains("\"runs_failed\": 1"));

            SweepOutcome retried;
            try (RemoteFolder remote = spark.remote(uri + "/fail", "spark8")) {
                retried = sweep(SparkEngineTest.EXPERIMENT, "spark8", remote.local(), spark, false).run();
                remote.publish();
            }
            assertEquals(7, retried.skipped());
            assertEquals(1, retried.done());
            assertFalse(exists(folder + "/runs/" + bad + RunFiles.ERROR_SUFFIX), "the error file goes when the run succeeds");
            assertFalse(exists(folder + "/runs/" + bad + ".csv"), "run files removed once results.csv holds them");
            SparkEngineTest.assertSameFiles(local.folder(), files.copy(folder, base.resolve("retried")));
        }
    }

    @Test
    void aBranchingSweepReadsItsHistoriesFromHdfsAndObjectStoreWritesGiveTheSameFiles() throws IOException {
        String text = BranchingSweepTest.branched(BranchingSweepTest.TEXT.replace("name = \"t\"", "name = \"b\""), "2020-12");
        SweepOutcome local = sweep(text, "b", base.resolve("local-b"), null, false).run();
        String folder = uri + "/put/b";
        try (SweepEngine spark = SweepEngine.open("spark", new SweepEngine.Settings("local[2]", 2, null))) {
            // S3A's way: each file written to its final name, which it takes whole when the stream closes
            org.apache.spark.SparkContext.getOrCreate().hadoopConfiguration().set("sxbelt.out.commit", "put");
            SweepOutcome s;
            try (RemoteFolder remote = spark.remote(uri + "/put", "b")) {
                s = sweep(text, "b", remote.local(), spark, false).run();
                remote.publish();
            } finally {
                org.apache.spark.SparkContext.getOrCreate().hadoopConfiguration().unset("sxbelt.out.commit");
            }
            assertEquals(8, s.done());
            assertTrue(s.monthsSaved() > 0, "the runs branched from the shared histories");
        }
        Path got = files.copy(folder, base.resolve("b"));
        assertArrayEquals(Files.readAllBytes(local.results()), Files.readAllBytes(got.resolve(RunFiles.RESULTS)));
        assertArrayEquals(Files.readAllBytes(local.folder().resolve(ResultsCheck.FILE)), Files.readAllBytes(got.resolve(ResultsCheck.FILE)));
        assertTrue(Files.isDirectory(got.resolve("histories")), "the shared histories are on HDFS");
        files.assertNothingHidden(folder, "nothing hidden left");
    }

    @Test
    void parquetIsWrittenThroughHdfsAndHoldsResultsCsv() throws Exception {
        SweepOutcome local = sweep(SparkEngineTest.EXPERIMENT, "spark8", base.resolve("local-pq"), null, false).run();
        String folder = uri + "/pq/spark8";
        try (SweepEngine spark = SweepEngine.open("spark", new SweepEngine.Settings("local[2]", 2, null))) {
            Experiment e = ExperimentFile.parse(SparkEngineTest.EXPERIMENT, "spark8.toml", "spark8");
            try (RemoteFolder remote = spark.remote(uri + "/pq", "spark8")) {
                SweepOutcome pq = new Sweep(SweepPlan.of(e), Sweep.loadScenarios(e), GEO, new Sweep.Options(remote.local(), 2,
                        Shard.ALL, null, false, spark).with(org.sxbelt.experiment.stats.ResultsFormat.PARQUET, false)).run();
                remote.publish();
                assertEquals(8, pq.done());
            }
            assertFalse(exists(folder + "/results.csv"), "one copy of the data");
            files.assertNothingHidden(folder, "no staging left on HDFS");
            Path file = files.copy(folder + "/results.parquet", base.resolve("results.parquet"));
            SparkEngineTest.assertParquetHoldsCsv(org.apache.spark.sql.SparkSession.builder().getOrCreate(), file,
                    Files.readAllLines(local.results()));
        }
    }

    @Test
    void aCalibrationOnHdfsIsTheLocalOneAndResumesAsFinished() throws IOException {
        Path targets = Files.writeString(base.resolve("targets.csv"), org.sxbelt.experiment.CalibrationTargets.HEADER + "\n"
                + "ill,fitted,Illnesses (persons/month),mean,illnesses,belt,belt,2015-01,2015-03,9000,12000,0,test,\n");
        Path free = Files.writeString(base.resolve("free.csv"), "key,low,high,why\nhealth.illnessRate,0.003,0.03,test\n");
        List<String> args = List.of("calibrate", "--targets", targets.toString(), "--parameters", free.toString(),
                "--scale", "1000", "--budget", "4", "--population", "3", "--replications", "1", "--threads", "2", "--quiet");
        List<String> local = new ArrayList<>(args);
        local.addAll(List.of("--out", base.resolve("cal").toString()));
        RemoteFiles.Result l = RemoteFiles.cli(local.toArray(String[]::new));
        assertEquals(0, l.code(), l.err());
        List<String> remote = new ArrayList<>(args);
        remote.addAll(List.of("--engine", "spark", "--master", "local[2]", "--out", uri + "/cal"));
        RemoteFiles.Result r = RemoteFiles.cli(remote.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        String folder = uri + "/cal/calibration-baseline";
        assertTrue(r.out().contains("every evaluation in " + folder + "/calibration.csv; 4 evaluations run now"), r.out());
        Path lf = base.resolve("cal/calibration-baseline");
        for (String f : List.of("calibration.csv", "fitted.csv", "calibration-baseline-fitted.toml", "convergence.png")) {
            assertArrayEquals(Files.readAllBytes(lf.resolve(f)), files.read(folder + "/" + f), f);
        }
        assertFalse(exists(folder + "/generations/gen-0001"), "a generation's sweep folder goes once its losses are in");
        RemoteFiles.Result again = RemoteFiles.cli(remote.toArray(String[]::new));
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("0 evaluations run now"), again.out());
        assertArrayEquals(Files.readAllBytes(lf.resolve("calibration.csv")), files.read(folder + "/calibration.csv"));
    }

    @Test
    void aFolderInUseOnAnotherHostIsRefusedAndAStaleLockOfThisHostTakenOver() throws IOException {
        Path toml = Files.createDirectories(base.resolve("lock")).resolve("spark8.toml");
        Files.writeString(toml, SparkEngineTest.EXPERIMENT);
        String lock = uri + "/locked/spark8/" + FolderLock.FILE;
        try (var o = hdfs.create(new org.apache.hadoop.fs.Path(lock), true)) {
            o.write("elsewhere.example 4242 2026-12-04T10:00:00Z\n".getBytes(StandardCharsets.UTF_8));
        }
        RemoteFiles.Result r = RemoteFiles.cli("sweep", toml.toString(), "--engine", "spark", "--master", "local[1]", "--quiet", "--out", uri + "/locked");
        assertEquals(2, r.code(), r.err());
        assertEquals("error: " + lock + ": the folder is in use by another sweep (host elsewhere.example, pid 4242, since "
                + "2026-12-04T10:00:00Z); if it is no longer running, delete that file and run again", r.err().strip());
        assertFalse(exists(uri + "/locked/spark8/" + RunFiles.MANIFEST), "nothing written");

        // the same lock left by a process of this host that is gone: taken over, and the sweep runs
        Process gone = new ProcessBuilder("true").start();
        try {
            gone.waitFor();
        } catch (InterruptedException e) {
            throw new IOException(e);
        }
        try (var o = hdfs.create(new org.apache.hadoop.fs.Path(lock), true)) {
            o.write((java.net.InetAddress.getLocalHost().getHostName() + " " + gone.pid() + " 2026-12-04T10:00:00Z\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        RemoteFiles.Result taken = RemoteFiles.cli("sweep", toml.toString(), "--engine", "spark", "--master", "local[2]", "--threads", "2", "--quiet",
                "--out", uri + "/locked");
        assertEquals(0, taken.code(), taken.err());
        assertFalse(exists(lock), "released at the end");
    }

    @Test
    void anUnknownSchemeOrAnUnreachableHostIsOneLineAndExitTwo() throws IOException {
        Path toml = Files.createDirectories(base.resolve("bad")).resolve("spark8.toml");
        Files.writeString(toml, SparkEngineTest.EXPERIMENT);
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort(); // nothing listens there once it is closed
        }
        String before = System.getProperty("spark.hadoop.ipc.client.connect.max.retries");
        System.setProperty("spark.hadoop.ipc.client.connect.max.retries", "0");
        try {
            for (String out : List.of("nosuchfs://host/x", "hdfs://127.0.0.1:" + closed + "/x")) {
                RemoteFiles.Result r = RemoteFiles.cli("sweep", toml.toString(), "--engine", "spark", "--master", "local[1]", "--quiet", "--out", out);
                assertEquals(2, r.code(), out + ": " + r.err());
                assertEquals(1, r.err().strip().lines().count(), out + ": " + r.err());
                assertTrue(r.err().startsWith("error: --out " + out + ": "), r.err());
                assertTrue(r.err().contains(out.startsWith("nosuchfs") ? "no Hadoop file system for the scheme nosuchfs"
                        : "cannot reach it"), r.err());
            }
        } finally {
            if (before == null) System.clearProperty("spark.hadoop.ipc.client.connect.max.retries");
            else System.setProperty("spark.hadoop.ipc.client.connect.max.retries", before);
        }
        assertFalse(Files.exists(Path.of("nosuchfs:")) || Files.exists(Path.of("hdfs:")), "no local folder named after the scheme");
    }
}
