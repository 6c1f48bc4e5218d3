package org.sxbelt.experiment.sweep;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sxbelt.experiment.report.ExperimentFolder;
import org.sxbelt.experiment.stats.ExperimentDataException;
import org.sxbelt.experiment.stats.ResultsFile;
import org.sxbelt.experiment.stats.ResultsFormat;
import org.sxbelt.geo.BeltGeography;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Results formats and one copy of the data (issue 17 item 5): csv and csv.gz hold the same text, the run
 * files go once the results file holds their rows, and resume, extension, damage and merge still work
 * from the check files and the results file. The experiment of {@link SweepTest}: 8 runs of 4 months.
 */
class ResultsFormatTest {

    @TempDir
    Path tmp;

    private static Sweep sweep(String text, Path out, ResultsFormat format, boolean keepRuns, List<String> said) {
        Experiment e = ExperimentFile.parse(text, "t.toml", "t");
        return new Sweep(SweepPlan.of(e), Sweep.loadScenarios(e), BeltGeography.loadDefault(),
                new Sweep.Options(out, 2, Shard.ALL, said == null ? null : said::add).with(format, keepRuns));
    }

    private static Sweep sweep(Path out, ResultsFormat format) {
        return sweep(SweepTest.TEXT, out, format, false, null);
    }

    /** The CSV text of a results file, decompressed when it is gzipped. */
    static byte[] text(Path file) throws IOException {
        try (InputStream in = ResultsFormat.openText(file)) {
            return in.readAllBytes();
        }
    }

    private static Set<String> names(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return new java.util.TreeSet<>(s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).toList());
        }
    }

    @Test
    void csvAndCsvGzHoldTheSameTextAndOnlyOneCopyOfTheDataStays() throws IOException {
        SweepOutcome plain = sweep(tmp.resolve("csv"), ResultsFormat.CSV).run();
        SweepOutcome gz = sweep(tmp.resolve("gz"), ResultsFormat.CSV_GZ).run();
        Path kept = sweep(SweepTest.TEXT, tmp.resolve("keep"), ResultsFormat.CSV, true, null).run().results();
        assertEquals("results.csv", plain.results().getFileName().toString());
        assertEquals("results.csv.gz", gz.results().getFileName().toString());
        assertArrayEquals(Files.readAllBytes(plain.results()), text(gz.results()), "the same text, gzipped");
        assertArrayEquals(Files.readAllBytes(plain.results()), Files.readAllBytes(kept), "--keep-runs changes no byte");
        assertTrue(Files.size(gz.results()) * 3 < Files.size(plain.results()), Files.size(gz.results()) + " bytes gzipped");
        // gzip carries no time or name: a second sweep gives the same compressed bytes
        assertArrayEquals(Files.readAllBytes(gz.results()),
                Files.readAllBytes(sweep(tmp.resolve("gz2"), ResultsFormat.CSV_GZ).run().results()));

        Path folder = gz.folder();
        assertEquals(Set.of("design.csv", "manifest.json", "results.check", "results.csv.gz", "runs"), names(folder));
        assertEquals(Set.of(), RunFiles.finished(folder), "no run file left");
        assertEquals(8, RunFiles.checked(folder).size(), "every check file stays");
        assertEquals(8, RunFiles.finished(kept.getParent()).size(), "--keep-runs keeps them");
        String manifest = Files.readString(folder.resolve(RunFiles.MANIFEST));
        assertTrue(manifest.contains("\"results\": \"results.csv.gz\"") && manifest.contains("\"results_format\": \"csv.gz\"")
                && manifest.contains("\"runs_finished_in_folder\": 8"), manifest);

        // report and discover read either format to the same data
        ResultsFile a = ExperimentFolder.load(plain.folder()).results();
        ResultsFile b = ExperimentFolder.load(folder).results();
        assertEquals(a.series(), b.series());
        assertEquals(a.months(), b.months());
        for (ResultsFile.Series s : a.series()) {
            assertArrayEquals(a.values(s, a.months().size() - 1), b.values(s, b.months().size() - 1));
        }
    }

    @Test
    void aFinishedSweepResumesAsFinishedInEachFormatAndSwitchesFormatWithoutRunning() throws IOException {
        for (ResultsFormat f : new ResultsFormat[] {ResultsFormat.CSV, ResultsFormat.CSV_GZ}) {
            Path out = tmp.resolve(f.label());
            Path results = sweep(out, f).run().results();
            byte[] before = Files.readAllBytes(results);
            long stamp = Files.getLastModifiedTime(results).toMillis();
            List<String> ran = Collections.synchronizedList(new ArrayList<>());
            List<String> said = new ArrayList<>();
            SweepOutcome again = sweep(SweepTest.TEXT, out, f, false, said).hook(r -> ran.add(r.id())).run();
            assertEquals(List.of(), ran, f.label());
            assertEquals(8, again.skipped());
            assertEquals(results, again.results());
            assertEquals(stamp, Files.getLastModifiedTime(results).toMillis(), "not written again");
            assertArrayEquals(before, Files.readAllBytes(results));
            assertTrue(said.stream().noneMatch(l -> l.contains("Restored")), said.toString());
        }
        // csv -> csv.gz: no run is done, the run files come back from results.csv for the rewrite and go again
        Path out = tmp.resolve(ResultsFormat.CSV.label());
        byte[] csv = Files.readAllBytes(out.resolve("t/results.csv"));
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        List<String> said = new ArrayList<>();
        SweepOutcome gz = sweep(SweepTest.TEXT, out, ResultsFormat.CSV_GZ, false, said).hook(r -> ran.add(r.id())).run();
        assertEquals(List.of(), ran);
        assertArrayEquals(csv, text(gz.results()));
        assertFalse(Files.exists(out.resolve("t/results.csv")), "one results file");
        assertEquals(Set.of(), RunFiles.finished(gz.folder()));
        assertTrue(said.stream().anyMatch(l -> l.contains("Restored 8 run files from results.csv to write results.csv.gz")),
                said.toString());
    }

    @Test
    void anInterruptedSweepKeepsItsRunFilesUntilTheResultsAreWritten() throws IOException {
        byte[] reference = Files.readAllBytes(sweep(tmp.resolve("ref"), ResultsFormat.CSV).run().results());
        Path out = tmp.resolve("i");
        SweepOutcome s = sweep(SweepTest.TEXT, out, ResultsFormat.CSV_GZ, false, null).hook(r -> {
            if (r.id().equals("p3-r1")) throw new IllegalStateException("injected");
        }).run();
        assertEquals(1, s.failed());
        assertNull(s.results());
        assertEquals(7, RunFiles.finished(s.folder()).size(), "the staging area stays while a run is missing");
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        SweepOutcome again = sweep(SweepTest.TEXT, out, ResultsFormat.CSV_GZ, false, null).hook(r -> ran.add(r.id())).run();
        assertEquals(List.of("p3-r1"), ran);
        assertArrayEquals(reference, text(again.results()));
        assertEquals(Set.of(), RunFiles.finished(again.folder()));
    }

    @Test
    void aGrownDesignRestoresTheFinishedRunsFromTheResultsAndRunsOnlyTheNewOnes() throws IOException {
        String three = SweepTest.TEXT.replace("replications = 2", "replications = 3");
        byte[] reference = Files.readAllBytes(sweep(three, tmp.resolve("ref"), ResultsFormat.CSV, false, null).run().results());
        Path out = tmp.resolve("g");
        sweep(out, ResultsFormat.CSV_GZ).run();
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        List<String> said = new ArrayList<>();
        SweepOutcome grown = sweep(three, out, ResultsFormat.CSV_GZ, false, said).hook(r -> ran.add(r.id())).run();
        assertEquals(Set.of("p0-r2", "p1-r2", "p2-r2", "p3-r2"), Set.copyOf(ran));
        assertEquals(8, grown.skipped());
        assertArrayEquals(reference, text(grown.results()));
        assertTrue(said.stream().anyMatch(l -> l.contains("Restored 8 run files from results.csv.gz")), said.toString());
        assertEquals(Set.of(), RunFiles.finished(grown.folder()));

        // a changed scenario is refused as before, naming the check file; --force redoes the runs
        String months = three.replace("months = 4", "months = 3");
        String msg = assertThrows(ExperimentException.class, () -> sweep(months, out, ResultsFormat.CSV_GZ, false, null).run())
                .getMessage();
        assertTrue(msg.contains("runs/p0-r0.check (its rows in results.csv.gz) was made with months 4, the experiment now says 3")
                && msg.contains("--force"), msg);
    }

    @Test
    void aDamagedResultsFileMakesItsRunsMissingAndTheyAreRedone() throws IOException {
        Path out = tmp.resolve("d");
        Path results = sweep(out, ResultsFormat.CSV_GZ).run().results();
        byte[] good = text(results);
        byte[] gz = Files.readAllBytes(results);
        Files.write(results, java.util.Arrays.copyOf(gz, gz.length / 2)); // cut short

        // report refuses it in one line
        String msg = assertThrows(ExperimentDataException.class, () -> ExperimentFolder.load(results.getParent())).getMessage();
        assertTrue(msg.contains("results.csv.gz") && !msg.contains("\n"), msg);

        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        SweepOutcome s = sweep(SweepTest.TEXT, out, ResultsFormat.CSV_GZ, false, null).hook(r -> ran.add(r.id())).run();
        assertEquals(8, ran.size(), "the rows were only in the damaged file: every run is done again");
        assertArrayEquals(good, text(s.results()));
    }

    @Test
    void aRunThatTheResultsFileDoesNotGiveBackIsOneLineAndNothingIsLost() throws IOException {
        Path out = tmp.resolve("x");
        Path results = sweep(out, ResultsFormat.CSV).run().results();
        // an edited results file whose results.check was written again: it is "intact", but p0-r0's rows changed
        List<String> lines = new ArrayList<>(Files.readAllLines(results));
        lines.set(1, lines.get(1).substring(0, lines.get(1).lastIndexOf(',') + 1) + "12345");
        Files.write(results, lines);
        ResultsCheck c = ResultsCheck.intact(results.getParent());
        assertNull(c, "the edit is seen");
        Path folder = results.getParent();
        String was = Files.readString(folder.resolve(ResultsCheck.FILE));
        long rows = Long.parseLong(was.replaceAll("(?s).*\nrows=(\\d+)\n.*", "$1"));
        String runsSha = was.replaceAll("(?s).*\nruns_sha256=([0-9a-f]+)\n.*", "$1");
        ResultsCheck.write(folder, results, ResultsFormat.CSV, rows, 8, runsSha);
        byte[] edited = Files.readAllBytes(results);

        String three = SweepTest.TEXT.replace("replications = 2", "replications = 3");
        String msg = assertThrows(ExperimentException.class, () -> sweep(three, out, ResultsFormat.CSV, false, null).run())
                .getMessage();
        assertTrue(msg.startsWith("run p0-r0 restored from ") && msg.contains("does not match its check p0-r0.check")
                && msg.contains("sweep again to redo it") && !msg.contains("\n"), msg);
        assertArrayEquals(edited, Files.readAllBytes(results), "the results file is left as it was");
        assertFalse(Files.exists(RunFiles.runFile(folder, "p0-r0")), "nothing of the bad restore stays");
        assertEquals(4, RunFiles.finished(folder).size(), "the new runs are kept for the next sweep");
    }

    @Test
    void shardsMergeIntoCsvGzAndAMergedFolderMergesAgain() throws IOException {
        byte[] reference = Files.readAllBytes(sweep(tmp.resolve("all"), ResultsFormat.CSV).run().results());
        Experiment e = SweepTest.EXPERIMENT;
        for (int k = 1; k <= 2; k++) {
            new Sweep(SweepTest.DESIGN, Sweep.loadScenarios(e), BeltGeography.loadDefault(),
                    new Sweep.Options(tmp.resolve("s" + k), 1, new Shard(k, 2), null)).run();
        }
        Path a = tmp.resolve("s1/t"), b = tmp.resolve("s2/t");
        MergeOutcome m = Merge.merge(List.of(a, b), ResultsFormat.CSV_GZ, false);
        assertEquals(a.resolve("results.csv.gz"), m.results());
        assertArrayEquals(reference, text(m.results()));
        assertEquals(Set.of(), RunFiles.finished(a), "the first folder keeps only the check files");
        assertEquals(8, RunFiles.checked(a).size());
        assertEquals(4, RunFiles.finished(b).size(), "the other folders are not changed");
        assertTrue(Files.readString(a.resolve(RunFiles.MANIFEST)).contains("\"results\": \"results.csv.gz\""));

        // merging again (the first folder's runs now only in its results), into csv, keeping the run files
        m = Merge.merge(List.of(a, b), ResultsFormat.CSV, true);
        assertArrayEquals(reference, Files.readAllBytes(m.results()));
        assertFalse(Files.exists(a.resolve("results.csv.gz")));
        assertEquals(8, RunFiles.finished(a).size(), "--keep-runs: the run files are restored and kept");

        // a finished (packed) folder is a source too
        Path c = tmp.resolve("c/t");
        Files.createDirectories(c.getParent());
        new Sweep(SweepTest.DESIGN, Sweep.loadScenarios(e), BeltGeography.loadDefault(),
                new Sweep.Options(c.getParent(), 1, new Shard(1, 2), null)).run();
        Path full = sweep(tmp.resolve("full"), ResultsFormat.CSV_GZ).run().folder();
        m = Merge.merge(List.of(c, full), ResultsFormat.CSV_GZ, false);
        assertEquals(4, m.copied());
        assertArrayEquals(reference, text(m.results()));
    }
}
