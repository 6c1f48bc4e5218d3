package org.sxbelt.experiment.sweep;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sxbelt.geo.BeltGeography;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@code --out s3a://} (issue 17): the S3A connector (hadoop-aws, test scope) against a real S3 server on
 * 127.0.0.1, S3Proxy with its in-memory ("transient") store, run as a child JVM from its self-contained jar so
 * that its Jetty and libraries never meet Spark's. The sweep's files in the bucket are the local engine's byte
 * for byte; a finished sweep resumes from S3 alone and runs nothing; a run removed from the bucket is the only
 * one redone. This is S3A's way of publishing (each file PUT to its final key, no rename) and its folder lock.
 * Credentials the server refuses are one line and exit 2.
 */
class S3OutTest {

    private static final String BUCKET = "sxbelt";
    /** A second bucket, for which the client is given a wrong secret (S3A's per-bucket settings). */
    private static final String REFUSED = "refused";
    private static final String KEY = "local-identity", SECRET = "local-credential";
    private static final BeltGeography GEO = BeltGeography.loadDefault();

    @TempDir
    static Path base;
    private static Process server;
    private static S3Client client;
    private static FileSystem s3;
    private static RemoteFiles files;
    /** The system properties set here (spark.hadoop.fs.s3a.*), with the values they had before. */
    private static final Map<String, String> before = new LinkedHashMap<>();

    @BeforeAll
    static void startS3() throws Exception {
        String jar = System.getProperty("s3proxy.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            fail("no S3Proxy jar (system property s3proxy.jar, set by the spark profile's surefire): " + jar);
        }
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String endpoint = "http://127.0.0.1:" + port;
        Path conf = Files.writeString(base.resolve("s3proxy.properties"), String.join("\n",
                "s3proxy.endpoint=" + endpoint,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + KEY,
                "s3proxy.credential=" + SECRET,
                "jclouds.provider=transient",
                "jclouds.identity=unused",
                "jclouds.credential=unused", ""));
        Path log = base.resolve("s3proxy.log");
        server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-jar", jar, "--properties", conf.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::destroyForcibly)); // should @AfterAll not run
        awaitListening(port, log);

        client = S3Client.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(KEY, SECRET))).build();
        client.createBucket(b -> b.bucket(BUCKET));
        client.createBucket(b -> b.bucket(REFUSED));

        // what a user puts in spark-defaults.conf (spark.hadoop.fs.s3a.*) for an S3-compatible server
        Map<String, String> s3a = new LinkedHashMap<>();
        s3a.put("fs.s3a.endpoint", endpoint);
        s3a.put("fs.s3a.endpoint.region", "us-east-1");
        s3a.put("fs.s3a.path.style.access", "true");
        s3a.put("fs.s3a.access.key", KEY);
        s3a.put("fs.s3a.secret.key", SECRET);
        Configuration hadoop = new Configuration();
        s3a.forEach(hadoop::set);
        s3a.put("fs.s3a.bucket." + REFUSED + ".secret.key", "not-" + SECRET);
        for (Map.Entry<String, String> e : s3a.entrySet()) {
            String p = "spark.hadoop." + e.getKey();
            before.put(p, System.getProperty(p));
            System.setProperty(p, e.getValue());
        }
        s3 = FileSystem.newInstance(URI.create("s3a://" + BUCKET + "/"), hadoop);
        files = new RemoteFiles(s3);
    }

    /** Until S3Proxy accepts connections on {@code port}, or its JVM has exited (then its log is the message). */
    private static void awaitListening(int port, Path log) throws Exception {
        for (int i = 0; i < 600; i++) {
            if (!server.isAlive()) fail("S3Proxy exited with " + server.exitValue() + ":\n" + Files.readString(log));
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        fail("S3Proxy does not listen on 127.0.0.1:" + port + ":\n" + Files.readString(log));
    }

    @AfterAll
    static void stopS3() throws Exception {
        before.forEach((p, v) -> {
            if (v == null) System.clearProperty(p);
            else System.setProperty(p, v);
        });
        if (s3 != null) s3.close();
        if (client != null) client.close();
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    private static void delete(String file) throws IOException {
        assertTrue(s3.delete(new org.apache.hadoop.fs.Path(file), false), "deleted " + file);
    }

    @Test
    void aSweepToS3IsTheLocalEnginesByteForByteAndResumesFromS3() throws IOException {
        Experiment e = ExperimentFile.parse(SparkEngineTest.EXPERIMENT, "spark8.toml", "spark8");
        SweepOutcome local = new Sweep(SweepPlan.of(e), Sweep.loadScenarios(e), GEO,
                new Sweep.Options(base.resolve("local"), 2, Shard.ALL, null, false, null).with(null, true)).run();
        Path toml = Files.writeString(base.resolve("spark8.toml"), SparkEngineTest.EXPERIMENT);
        String out = "s3a://" + BUCKET + "/x";
        String folder = out + "/spark8";
        String[] command = RemoteFiles.sweep(toml, out);

        RemoteFiles.succeeds(command, "8 runs: 8 done (8 new, 0 already there), 0 failed; results in " + folder + "/results.csv");
        assertArrayEquals(Files.readAllBytes(local.results()), files.read(folder + "/results.csv"));
        SparkEngineTest.assertSameFiles(local.folder(), files.copy(folder, base.resolve("first")));
        files.assertNothingHidden(folder, "no lock or temporary object left");

        RemoteFiles.succeeds(command, "8 runs: 8 done (0 new, 8 already there), 0 failed");
        assertArrayEquals(Files.readAllBytes(local.results()), files.read(folder + "/results.csv"));

        // one run and results.csv gone from the bucket: that run alone is redone, from what S3 holds
        String id = SparkEngineTest.ids(local.folder().resolve(RunFiles.RUNS)).get(3);
        delete(folder + "/runs/" + id + ".csv");
        delete(folder + "/runs/" + id + RunCheck.SUFFIX);
        delete(folder + "/results.csv");
        RemoteFiles.succeeds(command, "8 runs: 8 done (1 new, 7 already there), 0 failed");
        SparkEngineTest.assertSameFiles(local.folder(), files.copy(folder, base.resolve("resumed")));
    }

    @Test
    void refusedCredentialsAreOneLineAndExitTwoAndNothingIsWritten() throws IOException {
        Path toml = Files.createDirectories(base.resolve("refused")).resolve("spark8.toml");
        Files.writeString(toml, SparkEngineTest.EXPERIMENT);
        String out = "s3a://" + REFUSED + "/x";
        RemoteFiles.Result r = RemoteFiles.cli("sweep", toml.toString(), "--engine", "spark", "--master", "local[1]", "--quiet", "--out", out);
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("error: --out " + out + ": access denied (AccessDeniedException: "), r.err());
        assertEquals(0, client.listObjectsV2(b -> b.bucket(REFUSED)).keyCount(), "nothing written to the bucket");
    }
}
