package org.sxbelt.experiment.sweep;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sxbelt.geo.BeltGeography;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A standalone Spark cluster on 127.0.0.1 (a Master and one Worker with 2 cores, each a JVM of its own),
 * the cluster jar target/sxbelt-spark.jar submitted to it with SparkSubmit (what the spark-submit script
 * starts), and its results.csv compared byte for byte with the local engine's (issue 17 item 4), then
 * submitted again with --format parquet and its results.parquet read back against that results.csv. The
 * Spark "installation" is a temporary SPARK_HOME whose jars/ links to Spark's jars on this test's class
 * path, without the project's jars and own dependencies, which the cluster jar must bring (the check files
 * compared carry the fingerprint, model version included, so the cluster jar's model must be the default
 * build's byte for byte). Everything started is
 * stopped at the end, also on failure.
 */
class SparkClusterIT {

    /**
     * Our dependencies that Spark does not have: the cluster jar carries them. ANTLR's runtime is not among
     * them: a Spark distribution has one for Spark SQL's parser (results.parquet needs a SparkSession), and
     * the cluster jar carries tomlj's, relocated; the test class path's (tomlj's 4.11) stands in for Spark's.
     * Nor is JTS: Spark 4.1's Parquet (parquet-column 1.16) needs jts-core 1.20 for its geospatial
     * statistics, so a distribution has it (our geometry code uses the same version; jts-io is ours only).
     */
    private static final List<String> OURS = List.of("mason-", "jcommander-", "tomlj-", "jts-io-", "jgrapht-",
            "jheaps-", "commons-csv-", "jogl-", "joal-", "gluegen-", "j3d-", "vecmath-", "itextpdf-",
            "jfreechart-", "jcommon-", "json-simple-", "apfloat-");
    private static final List<String> TEST_ONLY = List.of("junit-", "opentest4j-", "apiguardian-", "archunit",
            "surefire", "failsafe", "common-java5-", "common-junit", "hadoop-client-minicluster-", "hamcrest-");

    @Test
    void aLoopbackStandaloneClusterGivesTheLocalEnginesResults(@TempDir Path dir) throws Exception {
        Path clusterJar = Path.of("target", "sxbelt-spark.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(clusterJar), clusterJar + " is built by the package phase before this test");
        Path home = sparkHome(dir.resolve("spark-home"));
        Path experiment = dir.resolve("spark8.toml");
        Files.writeString(experiment, SparkEngineTest.EXPERIMENT);

        Experiment e = ExperimentFile.parse(SparkEngineTest.EXPERIMENT, "spark8.toml", "spark8");
        SweepOutcome local = new Sweep(SweepPlan.of(e), Sweep.loadScenarios(e), BeltGeography.loadDefault(),
                new Sweep.Options(dir.resolve("local"), 2, Shard.ALL, null).with(null, true)).run();

        int masterPort = freePort(), masterUi = freePort(), workerUi = freePort();
        String master = "spark://127.0.0.1:" + masterPort;
        List<Process> started = new ArrayList<>();
        try {
            started.add(start(home, dir.resolve("master.log"), "org.apache.spark.deploy.master.Master",
                    "--host", "127.0.0.1", "--port", Integer.toString(masterPort), "--webui-port", Integer.toString(masterUi)));
            started.add(start(home, dir.resolve("worker.log"), "org.apache.spark.deploy.worker.Worker",
                    "--host", "127.0.0.1", "--cores", "2", "--memory", "1536m", "--work-dir", dir.resolve("work").toString(),
                    "--webui-port", Integer.toString(workerUi), master));
            awaitWorker(masterUi, started, dir);

            Path out = dir.resolve("cluster");
            Process submit = start(home, dir.resolve("submit.log"), "org.apache.spark.deploy.SparkSubmit",
                    "--master", master, "--deploy-mode", "client", "--class", "org.sxbelt.cli.Main",
                    "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
                    "--conf", "spark.executor.memory=1g", "--driver-memory", "1g",
                    clusterJar.toString(), "sweep", experiment.toString(), "--engine", "spark", "--out", out.toString(),
                    "--keep-runs");
            started.add(submit);
            if (!submit.waitFor(6, TimeUnit.MINUTES)) fail("spark-submit did not end in 6 minutes: " + tail(dir.resolve("submit.log")));
            String log = Files.readString(dir.resolve("submit.log"));
            assertEquals(0, submit.exitValue(), "spark-submit failed:\n" + tail(dir.resolve("submit.log")));
            assertTrue(log.contains("on Spark " + master), log);
            assertTrue(log.contains("8 runs: 8 done (8 new, 0 already there), 0 failed"), log);
            assertTrue(log.lines().noneMatch(l -> l.contains(" INFO ")), "Spark logs at WARN:\n" + log);
            SparkEngineTest.assertSameFiles(local.folder(), out.resolve("spark8"));

            // the same folder as results.parquet, written by the cluster's executor (nothing run again)
            Process parquet = start(home, dir.resolve("parquet.log"), "org.apache.spark.deploy.SparkSubmit",
                    "--master", master, "--deploy-mode", "client", "--class", "org.sxbelt.cli.Main",
                    "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
                    "--conf", "spark.executor.memory=1g", "--driver-memory", "1g",
                    clusterJar.toString(), "sweep", experiment.toString(), "--engine", "spark", "--out", out.toString(),
                    "--format", "parquet");
            started.add(parquet);
            if (!parquet.waitFor(4, TimeUnit.MINUTES)) fail("spark-submit did not end in 4 minutes: " + tail(dir.resolve("parquet.log")));
            assertEquals(0, parquet.exitValue(), "spark-submit --format parquet failed:\n" + tail(dir.resolve("parquet.log")));
            assertTrue(Files.readString(dir.resolve("parquet.log")).contains("8 runs: 8 done (0 new, 8 already there)"),
                    tail(dir.resolve("parquet.log")));
            assertTrue(Files.notExists(out.resolve("spark8").resolve(RunFiles.RESULTS)), "one copy of the data");
            assertTrue(Files.readString(dir.resolve("parquet.log")).lines().noneMatch(l -> l.contains(" INFO ")),
                    "Spark logs at WARN:\n" + tail(dir.resolve("parquet.log")));
            org.apache.spark.sql.SparkSession reader = org.apache.spark.sql.SparkSession.builder().master("local[1]")
                    .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
                    .config("spark.ui.enabled", "false").getOrCreate();
            try {
                SparkEngineTest.assertParquetHoldsCsv(reader, out.resolve("spark8").resolve("results.parquet"),
                        Files.readAllLines(local.results()));
            } finally {
                reader.stop();
            }
        } finally {
            stop(started);
        }
    }

    /** A SPARK_HOME with jars/ (links to the class path's Spark jars) and conf/ (Spark at WARN). */
    private static Path sparkHome(Path home) throws IOException {
        Path jars = Files.createDirectories(home.resolve("jars"));
        int n = 0;
        Path project = Path.of("").toAbsolutePath(); // target/sxbelt.jar: our classes come from the cluster jar only
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            String name = p.getFileName().toString();
            if (!name.endsWith(".jar") || !Files.isRegularFile(p) || p.toAbsolutePath().startsWith(project)) continue;
            if (OURS.stream().anyMatch(name::startsWith) || TEST_ONLY.stream().anyMatch(name::contains)) continue;
            if (Files.notExists(jars.resolve(name))) {
                Files.createSymbolicLink(jars.resolve(name), p.toAbsolutePath());
                n++;
            }
        }
        assertTrue(n > 50, "Spark's jars on the class path: " + n);
        Path conf = Files.createDirectories(home.resolve("conf"));
        Files.writeString(conf.resolve("log4j2.properties"), """
                rootLogger.level = warn
                rootLogger.appenderRef.stderr.ref = console
                appender.console.type = Console
                appender.console.name = console
                appender.console.target = SYSTEM_ERR
                appender.console.layout.type = PatternLayout
                appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n%ex
                """);
        return home;
    }

    private static Process start(Path home, Path log, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-cp", home.resolve("conf") + File.separator + File.pathSeparator
                        + home.resolve("jars") + File.separator + "*", mainClass));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.put("SPARK_HOME", home.toString());
        env.put("SPARK_CONF_DIR", home.resolve("conf").toString());
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.put("SPARK_LOCAL_HOSTNAME", "localhost");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        return pb.start();
    }

    /** Waits (at most 2 minutes) until the master's status page lists one alive worker. */
    private static void awaitWorker(int masterUi, List<Process> started, Path dir) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            for (Process p : started) {
                if (!p.isAlive()) fail("a Spark daemon stopped: " + tail(dir.resolve("master.log")) + "\n" + tail(dir.resolve("worker.log")));
            }
            try {
                String json = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUi + "/json/"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString()).body();
                if (json.replace(" ", "").contains("\"aliveworkers\":1")) return;
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        fail("no worker registered in 2 minutes: " + tail(dir.resolve("master.log")) + "\n" + tail(dir.resolve("worker.log")));
    }

    /** Stops the processes and what they started (the worker's executors), newest first. */
    private static void stop(List<Process> started) throws InterruptedException {
        for (int i = started.size() - 1; i >= 0; i--) {
            Process p = started.get(i);
            List<ProcessHandle> children = p.descendants().toList();
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            for (ProcessHandle c : children) {
                c.destroy();
                try {
                    c.onExit().get(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    c.destroyForcibly();
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no " + log + ")";
        }
    }
}
