package org.sxbelt.experiment.sweep;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sxbelt.geo.BeltGeography;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sweep in a child JVM killed with SIGKILL in the middle of a run: while it runs a second sweep on its
 * folder is refused naming its pid; after the kill, a resume takes over its stale lock, removes its
 * half-written temporary file and ends with a results.csv byte-identical to an uninterrupted sweep's.
 * 8 runs of 24 months at scale 1000, one thread (about 0.5 s a run); the kill waits for the fourth run's temporary file.
 */
class SweepKillTest {

    static final String TEXT = """
            name = "kill"
            scenarios = ["baseline"]
            replications = 8
            months = 24
            scale = 1000
            seed = 3
            indicators = ["poverty_rate", "jobs_park", "employment_park"]
            levels = ["belt", "prefecture"]
            """;

    @TempDir
    Path tmp;

    private static Sweep sweep(Path out, List<String> said) {
        Experiment e = ExperimentFile.parse(TEXT, "kill.toml", "kill");
        return new Sweep(SweepPlan.of(e), Sweep.loadScenarios(e), BeltGeography.loadDefault(),
                new Sweep.Options(out, 1, Shard.ALL, said == null ? null : said::add));
    }

    private static long count(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).count();
        }
    }

    private static void waitFor(Process p, Path runs, long checks) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (count(runs, RunCheck.SUFFIX) < checks) {
            assertTrue(p.isAlive(), "the child sweep ended before it was killed");
            assertTrue(System.nanoTime() < deadline, "the child sweep made no progress in 120 s");
            Thread.sleep(10);
        }
    }

    private static void waitForTemporaryFile(Process p, Path runs) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (countRunTemporaries(runs) == 0) {
            assertTrue(p.isAlive(), "the child sweep ended before it was killed");
            assertTrue(System.nanoTime() < deadline, "the child sweep wrote no run file in 120 s");
            Thread.sleep(1);
        }
    }

    /** Temporary files of run CSVs ({@code .<id>.csv.<random>.tmp}), not of check files. */
    private static long countRunTemporaries(Path runs) throws IOException {
        try (Stream<Path> s = Files.list(runs)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".") && n.endsWith(".tmp") && n.contains(".csv.")).count();
        }
    }

    @Test
    void aSweepKilledMidRunResumesToTheSameBytes() throws Exception {
        Path file = tmp.resolve("kill.toml");
        Files.writeString(file, TEXT);
        Path out = tmp.resolve("out");
        Path folder = out.resolve("kill");
        Path runs = folder.resolve(RunFiles.RUNS);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "-Xmx1g",
                "-Djava.awt.headless=true", "org.sxbelt.cli.Main", "sweep", file.toString(), "--out", out.toString(),
                "--threads", "1", "--quiet")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        try {
            waitFor(child, runs, 1);
            String msg = assertThrows(ExperimentException.class, () -> sweep(out, null).run()).getMessage();
            assertTrue(msg.contains("in use by another sweep") && msg.contains("process " + child.pid()), msg);

            waitFor(child, runs, 3);
            // Kill as soon as the next run's file is being written: a fixed sleep could land between two runs on
            // a fast machine (CI once saw no temporary file). A run lasts ~0.5 s and its temporary file is seen
            // within a few ms of its creation, so the kill falls well inside the run.
            waitForTemporaryFile(child, runs);
            child.destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        } finally {
            if (child.isAlive()) child.destroyForcibly();
        }
        long finished = count(runs, RunCheck.SUFFIX);
        assertTrue(finished >= 3 && finished < 8, "killed mid-sweep: " + finished + " runs finished; "
                + Files.readString(tmp.resolve("child.log")));
        assertTrue(Files.exists(folder.resolve(FolderLock.FILE)), "a killed sweep leaves its lock");
        assertFalse(Files.exists(folder.resolve(RunFiles.RESULTS)));
        assertTrue(countRunTemporaries(runs) >= 1, "killed while writing a run file");

        List<String> said = Collections.synchronizedList(new ArrayList<>());
        SweepOutcome s = sweep(out, said).run();
        assertEquals(finished, s.skipped());
        assertEquals(8 - finished, s.done());
        assertTrue(said.stream().anyMatch(l -> l.contains("Taking over the lock") && l.contains("pid " + child.pid())),
                said.toString());
        try (Stream<Path> left = Stream.concat(Files.list(folder), Files.list(runs))) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".")), "no temporary file or lock left");
        }

        sweep(tmp.resolve("clean"), null).run();
        assertArrayEquals(Files.readAllBytes(tmp.resolve("clean/kill").resolve(RunFiles.RESULTS)),
                Files.readAllBytes(folder.resolve(RunFiles.RESULTS)));
        assertTrue(new File(folder.resolve(RunFiles.RESULTS).toString()).length() > 1000);
    }
}
