package org.sxbelt.experiment.sweep;

import org.sxbelt.experiment.stats.DesignFile;
import org.sxbelt.experiment.stats.ExperimentDataException;
import org.sxbelt.experiment.stats.ResultsFile;
import org.sxbelt.output.AtomicFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        Path target = into.resolve(RESULTS);
        Path temp = AtomicFiles.tempFileFor(target);
        try {
            try {
                ResultsFile.write(temp, plan.factorKeys(), runs, new DesignRows(plan));
            } catch (ExperimentDataException e) {
                throw new ExperimentException(e.getMessage(), e); // a broken run file is the sweep's error here
            }
            RunCheck.Content c = RunCheck.measure(temp);
            if (c.rows() + 1 != expected || !c.endsWithNewline()) {
                throw new ExperimentException(temp + ": " + (c.rows() + 1) + " lines written, expected " + expected
                        + ": " + RESULTS + " left as it was");
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
