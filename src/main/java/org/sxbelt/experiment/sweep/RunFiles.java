package org.sxbelt.experiment.sweep;

import org.sxbelt.experiment.stats.DesignFile;
import org.sxbelt.experiment.stats.ExperimentDataException;
import org.sxbelt.experiment.stats.ResultsFile;
import org.sxbelt.experiment.stats.ResultsFormat;
import org.sxbelt.experiment.stats.Csv;
import org.sxbelt.output.AtomicFiles;
import org.sxbelt.output.TidyCsvWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The files of an experiment folder. */
public final class RunFiles {

    public static final String DESIGN = DesignFile.FILE_NAME;
    public static final String MANIFEST = "manifest.json";
    public static final String RESULTS = ResultsFile.FILE_NAME;
    public static final String RUNS = "runs";
    public static final String ERROR_SUFFIX = ".error.txt";

    private RunFiles() {}

    public static Path runFile(Path folder, String id) {
        return folder.resolve(RUNS).resolve(id + ".csv");
    }

    /** The run file's check file ({@link RunCheck}): rows, bytes, SHA-256 and fingerprint. */
    public static Path checkFile(Path folder, String id) {
        return folder.resolve(RUNS).resolve(id + RunCheck.SUFFIX);
    }

    public static Path errorFile(Path folder, String id) {
        return folder.resolve(RUNS).resolve(id + ERROR_SUFFIX);
    }

    /**
     * Ids of the runs with a file {@code runs/<id>.csv} (hidden temporary files excluded; links are not
     * followed, so a link is not a run file). Whether the file is complete is {@link RunCheck}'s business.
     */
    public static Set<String> finished(Path folder) {
        return list(folder, ".csv");
    }

    /** Ids of the failed runs: {@code runs/<id>.error.txt}. */
    public static Set<String> failed(Path folder) {
        return list(folder, ERROR_SUFFIX);
    }

    /**
     * Ids of every entry {@code runs/<id>.csv} that is not hidden, whatever it is (file, link or folder):
     * the runs a sweep must look at; the others have nothing to read.
     */
    static Set<String> present(Path folder) {
        Path dir = folder.resolve(RUNS);
        Set<String> ids = new java.util.HashSet<>();
        if (!Files.isDirectory(dir)) return ids;
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(p -> {
                String n = p.getFileName().toString();
                if (!n.startsWith(".") && n.endsWith(".csv")) ids.add(n.substring(0, n.length() - 4));
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        return ids;
    }

    /** Whether every run of the plan has a {@code runs/<id>.csv} in the folder (streamed over the design). */
    static boolean allPresent(Path folder, SweepPlan plan) {
        Set<String> done = finished(folder);
        if (done.size() < plan.runCount()) return false;
        for (int i = 0; i < plan.runCount(); i++) if (!done.contains(plan.run(i).id())) return false;
        return true;
    }

    /**
     * Removes the run files {@code runs/<id>.csv} of the plan's runs (streamed over the design; a link or
     * anything else than a regular file is left alone); returns how many. The check files stay.
     */
    static int removeRunFiles(Path folder, SweepPlan plan) throws IOException {
        int n = 0;
        for (int i = 0; i < plan.runCount(); i++) {
            Path f = runFile(folder, plan.run(i).id());
            if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(f);
                n++;
            }
        }
        return n;
    }

    /** Ids of the runs with a check file {@code runs/<id>.check} (with or without their run file). */
    static Set<String> checked(Path folder) {
        return list(folder, RunCheck.SUFFIX);
    }

    /**
     * Restores the run files of runs {@code wanted} (id to its check) from a CSV results file: each run's
     * rows, without the run's columns, under the run file header, written to {@code to.apply(id)} through a
     * hidden temporary file and moved there only when its rows, bytes and SHA-256 are those of its check.
     * One pass over the results file; a run it does not hold, or whose rows do not give back its run file,
     * is one line (nothing of it is left).
     */
    static void restore(Path results, Set<String> wanted, IOFunction<String, RunCheck> checkOf,
                        java.util.function.Function<String, Path> to) throws IOException {
        if (wanted.isEmpty()) return;
        Set<String> done = new java.util.HashSet<>();
        Set<String> seen = new java.util.HashSet<>();
        String current = null;
        java.io.Writer out = null;
        Path temp = null;
        try (Csv.RowReader in = new Csv.RowReader(new java.io.BufferedReader(new java.io.InputStreamReader(
                ResultsFormat.openText(results), java.nio.charset.StandardCharsets.UTF_8), 1 << 16))) {
            Csv.Row head = in.next();
            int width = head == null ? 0 : head.size();
            if (head == null || !head.text().endsWith("," + TidyCsvWriter.HEADER) || !head.text().startsWith("run,")) {
                throw new ExperimentException(results + ": not a results file (header " + (head == null ? "missing"
                        : head.text()) + "): cannot restore the runs removed from runs/; delete their .check files and sweep again");
            }
            int from = width - TidyCsvWriter.HEADER.split(",").length;
            List<String> fields = new ArrayList<>();
            for (Csv.Row r = in.next(); ; r = in.next()) {
                String id = r == null ? null : r.get(0); // null: past the last row, which ends the last run
                if (r == null || !id.equals(current)) {
                    if (out != null) {
                        out.close();
                        out = null;
                        finishRestore(temp, to.apply(current), current, checkOf.apply(current), results);
                        done.add(current);
                        temp = null;
                    }
                    if (r == null) break;
                    if (!seen.add(id)) {
                        throw new ExperimentException(results + " line " + r.line() + ": the rows of run " + id
                                + " are not together: not a results file written by sweep");
                    }
                    current = id;
                    if (wanted.contains(id)) {
                        temp = AtomicFiles.tempFileFor(to.apply(id));
                        out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(Files.newOutputStream(temp),
                                java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
                        out.write(TidyCsvWriter.HEADER + "\n");
                    }
                }
                if (out == null) continue;
                if (r.size() != width) throw new ExperimentException(results + " line " + r.line() + ": " + r.size()
                        + " fields, the header has " + width);
                fields.clear();
                fields.addAll(r.fields().subList(from, width));
                Csv.append(out, fields);
            }
        } catch (Csv.MalformedException e) {
            throw new ExperimentException(results + " line " + e.line() + ": " + e.getMessage(), e);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new ExperimentException(results + " is not a complete gzip file (" + e.getMessage() + ")", e);
        } finally {
            if (out != null) {
                try {
                    out.close();
                } catch (IOException ignored) {
                    // removed below
                }
            }
            if (temp != null) AtomicFiles.deleteQuietly(temp);
        }
        Few lost = new Few();
        for (String id : new TreeSet<>(wanted)) if (!done.contains(id)) lost.add(id);
        if (!lost.isEmpty()) {
            throw new ExperimentException(results + " does not hold " + lost.count() + " run" + (lost.count() == 1 ? "" : "s")
                    + " whose run files were removed (" + lost.preview(", ") + "): delete their runs/<id>" + RunCheck.SUFFIX
                    + " files and sweep again to redo them");
        }
    }

    /** A function that may throw an IOException. */
    interface IOFunction<T, R> {
        R apply(T t) throws IOException;
    }

    private static void finishRestore(Path temp, Path target, String id, RunCheck check, Path results) throws IOException {
        RunCheck.Content c = RunCheck.measure(temp);
        if (check == null || c.rows() != check.rows() || c.bytes() != check.bytes() || !c.sha256().equals(check.sha256())) {
            AtomicFiles.deleteQuietly(temp);
            throw new ExperimentException("run " + id + " restored from " + results + " does not match its check "
                    + checkFileName(id) + " (" + c.rows() + " rows, its check says " + (check == null ? "nothing" : check.rows()) + "): delete "
                    + RUNS + "/" + checkFileName(id) + " and sweep again to redo it");
        }
        AtomicFiles.commit(temp, target);
    }

    private static String checkFileName(String id) {
        return id + RunCheck.SUFFIX;
    }

    /** A count and the first few items of a list that may be long, for a message. */
    static final class Few {
        private static final int KEEP = 5;
        private final List<String> first = new ArrayList<>();
        private int count;

        void add(String item) {
            if (first.size() < KEEP) first.add(item);
            count++;
        }

        int count() { return count; }

        boolean isEmpty() { return count == 0; }

        /** The first few, joined by {@code sep}, then {@code sep...} if there are more. */
        String preview(String sep) {
            return String.join(sep, first) + (count > first.size() ? sep + "..." : "");
        }
    }

    /**
     * Writes {@code results.csv} into {@code into} from the run files ({@code fileOf} each run of the plan,
     * each already verified against its check; {@code rows} data rows in all). The rows go to a temporary
     * file whose row count is checked against {@code rows} before it is moved over the old results.csv, so a
     * good results.csv is never replaced by a shorter one. The runs and their design rows are made one at a
     * time (issue 16 item 6).
     */
    static Path writeResults(Path into, SweepPlan plan, java.util.function.Function<SweepPlan.Run, Path> fileOf,
                             long rows) throws IOException {
        return writeResults(into, plan, fileOf, rows, ResultsFormat.CSV);
    }

    /**
     * {@link #writeResults(Path, SweepPlan, java.util.function.Function, long)} in a CSV format (the row
     * count is checked on the decompressed text); returns the file, {@code format.fileName()} in {@code into}.
     */
    static Path writeResults(Path into, SweepPlan plan, java.util.function.Function<SweepPlan.Run, Path> fileOf,
                             long rows, ResultsFormat format) throws IOException {
        long expected = rows + 1;
        List<ResultsFile.RunRows> runs = new java.util.AbstractList<>() {
            @Override
            public ResultsFile.RunRows get(int i) {
                SweepPlan.Run r = plan.run(i);
                return new ResultsFile.RunRows(r.id(), r.point(), r.replicate(), r.seed(), fileOf.apply(r));
            }

            @Override
            public int size() { return plan.runCount(); }
        };
        Path target = into.resolve(format.fileName());
        Path temp = AtomicFiles.tempFileFor(target);
        try {
            try {
                ResultsFile.write(temp, plan.factorKeys(), runs, new DesignRows(plan), format);
            } catch (ExperimentDataException e) {
                throw new ExperimentException(e.getMessage(), e); // a broken run file is the sweep's error here
            }
            RunCheck.Content c;
            try (java.io.InputStream in = format.wrapInput(Files.newInputStream(temp, LinkOption.NOFOLLOW_LINKS))) {
                c = RunCheck.measure(in);
            }
            if (c.rows() + 1 != expected || !c.endsWithNewline()) {
                throw new ExperimentException(temp + ": " + (c.rows() + 1) + " lines written, expected " + expected
                        + ": " + format.fileName() + " left as it was");
            }
            AtomicFiles.commit(temp, target);
        } finally {
            AtomicFiles.deleteQuietly(temp);
        }
        return target;
    }

    /** The design row of a point, the last one kept: results.csv asks for each point R times in a row. */
    private static final class DesignRows implements java.util.function.IntFunction<org.sxbelt.experiment.stats.DesignFile.Point> {
        private final SweepPlan plan;
        private int id = -1;
        private org.sxbelt.experiment.stats.DesignFile.Point row;

        DesignRows(SweepPlan plan) { this.plan = plan; }

        @Override
        public org.sxbelt.experiment.stats.DesignFile.Point apply(int point) {
            if (point != id) {
                row = plan.designPoint(point);
                id = point;
            }
            return row;
        }
    }

    private static Set<String> list(Path folder, String suffix) {
        Path dir = folder.resolve(RUNS);
        Set<String> ids = new TreeSet<>();
        if (!Files.isDirectory(dir)) return ids;
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(p -> {
                String n = p.getFileName().toString();
                if (!n.startsWith(".") && n.endsWith(suffix) && Files.exists(p, LinkOption.NOFOLLOW_LINKS)
                        && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    ids.add(n.substring(0, n.length() - suffix.length()));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        return ids;
    }
}
