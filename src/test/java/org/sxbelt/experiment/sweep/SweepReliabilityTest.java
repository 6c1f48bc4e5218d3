package org.sxbelt.experiment.sweep;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.output.Fingerprint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16 as a user meets it: resume after each part of the fingerprint changed, damaged run files,
 * mismatched and booby-trapped shards for merge, the folder lock and leftovers. 4 runs of 3 months at
 * scale 1000 per sweep.
 */
class SweepReliabilityTest {

    @TempDir
    Path tmp;

    private Path scenarioFile;

    /** One scenario file of our own (so that a parameter in it can change) and baseline; 2 x 2 runs. */
    private String text(String seed, String months, String scale, String indicators, String wageSubsidy) throws IOException {
        scenarioFile = tmp.resolve("mine.toml");
        Files.writeString(scenarioFile, "name = \"mine\"\ndescription = \"test\"\nextends = \"baseline\"\n[params]\n"
                + "\"policy.wageSubsidy\" = " + wageSubsidy + "\n");
        return "name = \"rel\"\nscenarios = [\"baseline\", \"" + scenarioFile.toString().replace("\\", "\\\\") + "\"]\n"
                + "replications = 2\nmonths = " + months + "\nscale = " + scale + "\nseed = " + seed + "\n"
                + "indicators = " + indicators + "\nlevels = [\"belt\"]\n";
    }

    private String base() throws IOException {
        return text("7", "3", "1000", "[\"poverty_rate\", \"jobs_park\"]", "0.2");
    }

    private static Sweep sweep(String text, Path out, boolean force, List<String> said) {
        Experiment e = ExperimentFile.parse(text, "rel.toml", "rel");
        return new Sweep(SweepPlan.of(e), Sweep.loadScenarios(e), BeltGeography.loadDefault(),
                // --keep-runs: these tests damage run files, the staging area of a sweep (ResultsFormatTest covers removal)
                new Sweep.Options(out, 2, Shard.ALL, said == null ? null : said::add, force).with(null, true));
    }

    private static Sweep sweep(String text, Path out) {
        return sweep(text, out, false, null);
    }

    private static Sweep shard(String text, Path out, int k) {
        Experiment e = ExperimentFile.parse(text, "rel.toml", "rel");
        return new Sweep(SweepPlan.of(e), Sweep.loadScenarios(e), BeltGeography.loadDefault(),
                new Sweep.Options(out, 1, new Shard(k, 2), null));
    }

    static byte[] results(Path out) throws IOException {
        return Files.readAllBytes(out.resolve("rel").resolve(RunFiles.RESULTS));
    }

    /** Every path under a folder with its size and modification time, to show that nothing changed. */
    static Set<String> snapshot(Path root) throws IOException {
        Set<String> s = new TreeSet<>();
        try (Stream<Path> w = Files.walk(root)) {
            for (Path p : (Iterable<Path>) w::iterator) {
                s.add(root.relativize(p) + " " + (Files.isRegularFile(p) ? Files.size(p) + " "
                        + Files.getLastModifiedTime(p).toMillis() : "dir"));
            }
        }
        return s;
    }

    @Test
    void everyPartOfTheFingerprintThatChangesStopsTheResumeNamingItAndForceRedoes() throws IOException {
        Path out = tmp.resolve("out");
        assertEquals(4, sweep(base(), out).run().done());
        byte[] good = results(out);
        Set<String> before = snapshot(out.resolve("rel"));

        String[][] cases = {
                {text("8", "3", "1000", "[\"poverty_rate\", \"jobs_park\"]", "0.2"), "was made with seed 7, the experiment now says 8"},
                {text("7", "4", "1000", "[\"poverty_rate\", \"jobs_park\"]", "0.2"), "was made with months 3, the experiment now says 4"},
                {text("7", "3", "999", "[\"poverty_rate\", \"jobs_park\"]", "0.2"), "was made with scale 1000, the experiment now says 999"},
                {text("7", "3", "1000", "[\"poverty_rate\", \"jobs_park\", \"firms_park\"]", "0.2"),
                        "was made with indicators jobs_park,poverty_rate, the experiment now asks firms_park,jobs_park,poverty_rate"},
                {text("7", "3", "1000", "[\"poverty_rate\", \"jobs_park\"]", "0.3"),
                        "p1-r0.csv was made with policy.wageSubsidy = 0.2, the experiment now says 0.3"},
        };
        for (String[] c : cases) {
            String msg = assertThrows(ExperimentException.class, () -> sweep(c[0], out).run()).getMessage();
            assertTrue(msg.contains(c[1]) && msg.contains("--force"), msg);
            assertEquals(before, snapshot(out.resolve("rel")), "a refused resume changes nothing: " + c[1]);
        }
        // the indicators' order changes no run file, so it is not a difference
        assertEquals(4, sweep(text("7", "3", "1000", "[\"jobs_park\", \"poverty_rate\"]", "0.2"), out).run().skipped());

        // the model version: simulated by editing the stored fingerprint (and its hash, so the check is whole)
        Path folder = out.resolve("rel");
        RunCheck c = RunCheck.read(RunFiles.checkFile(folder, "p0-r1"));
        java.util.Map<String, String> parts = new java.util.LinkedHashMap<>(c.fingerprint().parts());
        parts.put(Fingerprint.MODEL, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
        RunCheck.write(folder, "p0-r1", new Fingerprint(parts));
        String msg = assertThrows(ExperimentException.class, () -> sweep(base(), out).run()).getMessage();
        assertTrue(msg.contains("p0-r1.csv was made with another model version (0123456789ab...") && msg.contains("--force"), msg);

        // --force redoes that run only, and the results are those of the first sweep
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        List<String> said = Collections.synchronizedList(new ArrayList<>());
        SweepOutcome s = sweep(base(), out, true, said).hook(r -> ran.add(r.id())).run();
        assertEquals(List.of("p0-r1"), ran);
        assertEquals(1, s.redoneChanged());
        assertTrue(said.stream().anyMatch(l -> l.contains("made with another fingerprint redone (--force)")), said.toString());
        assertArrayEquals(good, results(out));

        // and --force on a changed seed redoes every run
        s = sweep(text("8", "3", "1000", "[\"poverty_rate\", \"jobs_park\"]", "0.2"), out, true, null).run();
        assertEquals(4, s.done());
        assertTrue(Files.readString(folder.resolve(RunFiles.RESULTS)).contains("p0-r0,0,0,8,"));
    }

    @Test
    void damagedRunFilesAreRedoneAndResultsAreThoseOfAnUndamagedSweep() throws IOException {
        Path out = tmp.resolve("out");
        sweep(base(), out).run();
        byte[] good = results(out);
        Path runs = out.resolve("rel/runs");

        byte[] a = Files.readAllBytes(runs.resolve("p0-r0.csv"));
        int mid = a.length / 2;
        while (a[mid - 1] == '\n') mid++;
        Files.write(runs.resolve("p0-r0.csv"), java.util.Arrays.copyOf(a, mid));           // truncated mid-line
        String b = Files.readString(runs.resolve("p0-r1.csv"));
        Files.writeString(runs.resolve("p0-r1.csv"), b.substring(0, b.lastIndexOf('\n', b.length() - 2) + 1)); // cut at a line
        Files.write(runs.resolve("p1-r0.csv"), new byte[0]);                                  // 0 bytes
        Files.delete(runs.resolve("p1-r1.check"));                                            // killed before its check

        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        List<String> said = Collections.synchronizedList(new ArrayList<>());
        SweepOutcome s = sweep(base(), out, false, said).hook(r -> ran.add(r.id())).run();
        assertEquals(Set.of("p0-r0", "p0-r1", "p1-r0", "p1-r1"), Set.copyOf(ran));
        assertEquals(4, s.redoneDamaged());
        String line = said.stream().filter(l -> l.contains("damaged run files are redone")).findFirst().orElse("");
        assertTrue(line.contains("p0-r0.csv has") && line.contains("(cut short)") && line.contains("p1-r0.csv is empty")
                && line.contains("p1-r1.csv has no check file"), said.toString());
        assertArrayEquals(good, results(out));
    }

    @Test
    void aGoodResultsFileIsNotReplacedWhileARedoFails() throws IOException {
        Path out = tmp.resolve("out");
        sweep(base(), out).run();
        byte[] good = results(out);
        Files.write(out.resolve("rel/runs/p1-r0.csv"), new byte[0]);
        SweepOutcome s = sweep(base(), out).hook(r -> {
            throw new IllegalStateException("injected");
        }).run();
        assertEquals(1, s.failed());
        assertNull(s.results());
        assertFalse(Files.exists(out.resolve("rel/runs/p1-r0.csv")), "the damaged file does not stay");
        assertArrayEquals(good, results(out));
    }

    @Test
    void mergeRefusesShardsOfAnotherExperimentAndDamagedOrLinkedRunsLeavingNothing() throws IOException {
        String three = base();
        String four = text("7", "4", "1000", "[\"poverty_rate\", \"jobs_park\"]", "0.2");
        shard(three, tmp.resolve("s1"), 1).run();
        shard(four, tmp.resolve("s2"), 2).run();
        shard(three, tmp.resolve("s3"), 2).run();
        Path a = tmp.resolve("s1/rel"), b = tmp.resolve("s2/rel"), c = tmp.resolve("s3/rel");
        Set<String> before = snapshot(a);

        String msg = assertThrows(ExperimentException.class, () -> Merge.merge(List.of(a, b))).getMessage();
        assertTrue(msg.contains(b + " was made with months 4, " + a + " with 3") && msg.contains("refuses"), msg);
        assertEquals(before, snapshot(a), "nothing copied into the target");

        // a damaged run file in a shard
        Path run = c.resolve("runs/p1-r1.csv");
        byte[] saved = Files.readAllBytes(run);
        Files.write(run, java.util.Arrays.copyOf(saved, saved.length - 5));
        msg = assertThrows(ExperimentException.class, () -> Merge.merge(List.of(a, c))).getMessage();
        assertTrue(msg.contains("p1-r1.csv has") && msg.contains("merge refuses damaged run files"), msg);
        assertEquals(before, snapshot(a));
        Files.write(run, saved);

        // a run file that is a link to a file elsewhere: refused, not followed, its content not shown
        Path secret = tmp.resolve("secret.csv");
        Files.writeString(secret, "month,level,unit,indicator,value\nTOP-SECRET-LINE\n");
        Path linked = c.resolve("runs/p0-r1.csv");
        Path keep = tmp.resolve("p0-r1.kept");
        Files.move(linked, keep);
        Files.createSymbolicLink(linked, secret);
        msg = assertThrows(ExperimentException.class, () -> Merge.merge(List.of(a, c))).getMessage();
        assertTrue(msg.contains("p0-r1.csv is a symbolic link") && !msg.contains("TOP-SECRET"), msg);
        assertEquals(before, snapshot(a));
        Files.delete(linked);
        Files.move(keep, linked);

        // a run of another experiment's folder slipped into a shard, with its check: refused as foreign
        Files.copy(b.resolve("runs/p0-r1.csv"), linked, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(b.resolve("runs/p0-r1.check"), c.resolve("runs/p0-r1.check"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        msg = assertThrows(ExperimentException.class, () -> Merge.merge(List.of(a, c))).getMessage();
        assertTrue(msg.contains("p0-r1.csv was made with months 4 where the other runs of baseline have 3")
                && msg.contains("not a run of this experiment"), msg);
        assertEquals(before, snapshot(a));
        try (Stream<Path> s = Files.list(a)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".")), "no staging folder or lock left");
        }

        // the right shards merge
        shard(three, tmp.resolve("s4"), 2).run();
        MergeOutcome m = Merge.merge(List.of(a, tmp.resolve("s4/rel")));
        assertEquals(2, m.copied());
        sweep(three, tmp.resolve("all")).run();
        assertArrayEquals(results(tmp.resolve("all")), Files.readAllBytes(a.resolve(RunFiles.RESULTS)));
    }

    @Test
    void aLiveHolderOfTheLockIsRefusedAStaleOneTakenOverAndLeftoversRemoved() throws Exception {
        Path out = tmp.resolve("out");
        Path folder = out.resolve("rel");
        Files.createDirectories(folder.resolve("runs"));
        ProcessHandle me = ProcessHandle.current();
        Files.writeString(folder.resolve(FolderLock.FILE), "pid=" + me.pid() + "\nprocess_start="
                + me.info().startInstant().map(FolderLock::time).orElse("") + "\nlocked_at=2030-01-01T00:00:00Z\n");
        String msg = assertThrows(ExperimentException.class, () -> sweep(base(), out).run()).getMessage();
        assertTrue(msg.contains("in use by another sweep") && msg.contains("process " + me.pid())
                && msg.contains("2030-01-01T00:00:00Z"), msg);
        assertFalse(Files.exists(folder.resolve(RunFiles.DESIGN)), "the loser writes nothing");

        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        Files.writeString(folder.resolve(FolderLock.FILE), "pid=" + dead.pid() + "\nprocess_start=\nlocked_at=2030-01-01T00:00:00Z\n");
        Path tmpFile = folder.resolve("runs/.p0-r0.csv.abc123.tmp");
        Path partial = folder.resolve(".merge.partial-" + dead.pid() + "-xyz");
        Files.writeString(tmpFile, "half a run");
        Files.createDirectories(partial);
        Files.writeString(partial.resolve("p0-r0.csv"), "x");
        FileTime old = FileTime.from(Instant.now().minusSeconds(60));
        Files.setLastModifiedTime(tmpFile, old);
        Files.setLastModifiedTime(partial, old);
        List<String> said = Collections.synchronizedList(new ArrayList<>());
        SweepOutcome s = sweep(base(), out, false, said).run();
        assertEquals(4, s.done());
        assertTrue(said.stream().anyMatch(l -> l.contains("Taking over the lock") && l.contains("pid " + dead.pid())
                && l.contains("no longer running")), said.toString());
        assertTrue(said.stream().anyMatch(l -> l.contains("Removed 2 leftovers")), said.toString());
        assertFalse(Files.exists(tmpFile));
        assertFalse(Files.exists(partial));
        assertFalse(Files.exists(folder.resolve(FolderLock.FILE)), "the lock goes at a normal end");
    }
}
