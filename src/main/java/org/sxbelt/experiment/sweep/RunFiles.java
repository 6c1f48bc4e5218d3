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

    /** Ids of the plan's runs that have no {@code runs/<id>.csv} in the folder, in run order. */
    public static List<String> missing(Path folder, SweepPlan plan) {
        Set<String> done = finished(folder);
        List<String> missing = new ArrayList<>();
        for (SweepPlan.Run r : plan.runs()) if (!done.contains(r.id())) missing.add(r.id());
        return missing;
    }

    /** The first few ids, for a message. */
    static String preview(List<String> ids) {
        int n = Math.min(5, ids.size());
        return String.join(", ", ids.subList(0, n)) + (ids.size() > n ? ", ..." : "");
    }

    /**
     * Writes {@code results.csv} into {@code into} from the run files in {@code runFiles} (run id to file;
     * every run of the plan, each already verified against its check, whose row count is given). The rows
     * go to a temporary file whose row count is checked against the sum of the runs' before it is moved over
     * the old results.csv, so a good results.csv is never replaced by a shorter one. The runs and their
     * design rows are made one at a time (issue 16 item 6).
     */
    static Path writeResults(Path into, SweepPlan plan, java.util.Map<String, Path> runFiles,
                             java.util.Map<String, Long> rows) throws IOException {
        long expected = 1;
        for (int i = 0; i < plan.runCount(); i++) {
            String id = plan.run(i).id();
            Long n = rows.get(id);
            if (runFiles.get(id) == null || n == null) throw new ExperimentException(into + ": run " + id + " missing: cannot write " + RESULTS);
            expected += n;
        }
        List<ResultsFile.RunRows> runs = new java.util.AbstractList<>() {
            @Override
            public ResultsFile.RunRows get(int i) {
                SweepPlan.Run r = plan.run(i);
                return new ResultsFile.RunRows(r.id(), r.point(), r.replicate(), r.seed(), runFiles.get(r.id()));
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
