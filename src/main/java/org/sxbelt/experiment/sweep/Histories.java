package org.sxbelt.experiment.sweep;

import org.sxbelt.geo.BeltGeography;
import org.sxbelt.model.BeltModel;
import org.sxbelt.model.IndicatorSink;
import org.sxbelt.model.Level;
import org.sxbelt.output.AtomicFiles;
import org.sxbelt.output.Checkpoint;
import org.sxbelt.output.CheckpointException;
import org.sxbelt.output.Continuation;
import org.sxbelt.output.Fingerprint;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.ParamValues;
import org.sxbelt.params.Scenario;
import org.sxbelt.params.SimMonthFormat;
import org.sxbelt.policy.Government;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The shared past of a branching sweep ({@code branch_from}): for each replicate seed, the model simulated
 * once up to the end of the branch month under the first design point's scenario, kept as a
 * {@link Checkpoint} in {@code <folder>/histories/seed-<seed>.checkpoint}, with the rows the run file keeps up
 * to then in {@code seed-<seed>.rows}. Every run of that seed continues a copy of it under its own
 * point's scenario ({@link Continuation}), after copying those rows into its run file, so that its
 * file is byte for byte what the full run writes. A history already in the folder is reused when its
 * header names this experiment's history (fingerprint and month), so a resumed sweep does not redo it.
 */
final class Histories {

    static final String FOLDER = "histories";
    private static final String ROWS = ".rows";
    private static final ObjectInputFilter ROW_CLASSES = ObjectInputFilter.Config.createFilter(
            "org.sxbelt.experiment.sweep.Histories$Rows;org.sxbelt.model.Level;java.lang.*;java.util.*;!*");

    private final Path dir;
    private final Scenario history;
    private final int monthsDone;
    private final BeltGeography geography;
    private final Predicate<Level> levelKept;
    private final Predicate<String> indicatorKept;
    private final List<String> indicators;
    private final List<String> levels;

    /**
     * @param history the first design point's scenario (the seed is set per replicate)
     * @param branch  the last month of the shared past (month index)
     */
    Histories(Path folder, Scenario history, int branch, BeltGeography geography, Experiment e,
              Predicate<Level> levelKept, Predicate<String> indicatorKept) {
        this.dir = folder.resolve(FOLDER);
        this.history = history;
        this.monthsDone = branch + 1;
        this.geography = geography;
        this.levelKept = levelKept;
        this.indicatorKept = indicatorKept;
        this.indicators = e.indicators();
        this.levels = e.levels();
    }

    /** Why design point {@code index}'s scenario cannot branch from the shared past, as an ExperimentException. */
    void check(int index, Scenario point, String source) {
        try {
            Continuation.check(history, point, monthsDone);
        } catch (CheckpointException ex) {
            throw new ExperimentException(source + ": branch_from = \"" + SimMonthFormat.format(monthsDone - 1)
                    + "\": design point " + index + " cannot branch from the history of the first point: " + ex.getMessage());
        }
    }

    /** Is the history of {@code seed} in the folder and this experiment's? */
    boolean ready(long seed) {
        Path cp = checkpoint(seed);
        if (!Files.isRegularFile(cp) || !Files.isRegularFile(rows(seed))) return false;
        try {
            Checkpoint.Header h = Checkpoint.header(cp);
            return h.monthsDone() == monthsDone && h.fingerprint().equals(fingerprint(seed));
        } catch (CheckpointException e) {
            return false;
        }
    }

    /** Simulates the shared past of {@code seed} and stores it (rows first, the checkpoint last, each atomically). */
    void simulate(long seed) throws IOException {
        Files.createDirectories(dir);
        Scenario sc = scenario(seed);
        BeltModel model = new BeltModel(seed, sc, geography, new Government());
        Rows rows = new Rows();
        model.addIndicatorSink((month, level, unit, indicator, value) -> {
            if (levelKept.test(level) && indicatorKept.test(indicator)) rows.record(month, level, unit, indicator, value);
        });
        model.start();
        try {
            while (model.monthsDone() < monthsDone) model.schedule.step(model);
            writeRows(rows, rows(seed));
            Checkpoint.write(model, fingerprint(seed), checkpoint(seed));
        } finally {
            model.finish();
        }
    }

    /**
     * A fresh copy of the past of {@code seed}, continued under {@code run} (a single-threaded model),
     * having handed the rows of that past to {@code out}.
     */
    BeltModel branch(long seed, Scenario run, IndicatorSink out) throws IOException, CheckpointException {
        BeltModel model = Checkpoint.read(checkpoint(seed));
        Continuation.continueUnder(model, run, 1);
        readRows(rows(seed)).replay(out);
        return model;
    }

    private Scenario scenario(long seed) {
        ParamValues p = history.params().copy();
        p.set(ParamSchema.SEED, seed);
        return history.withParams(p);
    }

    private Fingerprint fingerprint(long seed) {
        return Fingerprint.ofRun(scenario(seed), indicators, levels);
    }

    private Path checkpoint(long seed) { return dir.resolve(checkpointName(seed)); }

    private Path rows(long seed) { return dir.resolve(rowsName(seed)); }

    private static String checkpointName(long seed) { return "seed-" + seed + Checkpoint.EXTENSION; }

    private static String rowsName(long seed) { return "seed-" + seed + ROWS; }

    /** The files of the history of {@code seed}, relative to the experiment folder: the rows, then the checkpoint. */
    static List<String> files(long seed) {
        return List.of(FOLDER + "/" + rowsName(seed), FOLDER + "/" + checkpointName(seed));
    }

    private static void writeRows(Rows rows, Path target) throws IOException {
        Path temp = AtomicFiles.tempFileFor(target);
        try {
            try (OutputStream os = Files.newOutputStream(temp);
                 ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(new GZIPOutputStream(os)))) {
                out.writeObject(rows.trimmed());
            }
            AtomicFiles.commit(temp, target);
        } finally {
            AtomicFiles.deleteQuietly(temp);
        }
    }

    private static Rows readRows(Path file) throws IOException {
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(new GZIPInputStream(
                Files.newInputStream(file))))) {
            in.setObjectInputFilter(ROW_CLASSES);
            return (Rows) in.readObject();
        } catch (ClassNotFoundException | ClassCastException | IllegalArgumentException e) {
            throw new IOException(file + ": damaged history rows (" + e.getMessage() + ")");
        }
    }

    /** The observations a run file keeps, in the order they were recorded. */
    static final class Rows implements Serializable {
        private static final long serialVersionUID = 1L;
        private int size;
        private int[] months = new int[1024];
        private Level[] levelOf = new Level[1024];
        private String[] units = new String[1024];
        private String[] names = new String[1024];
        private double[] values = new double[1024];

        void record(int month, Level level, String unit, String indicator, double value) {
            if (size == months.length) {
                int n = size * 2;
                months = Arrays.copyOf(months, n);
                levelOf = Arrays.copyOf(levelOf, n);
                units = Arrays.copyOf(units, n);
                names = Arrays.copyOf(names, n);
                values = Arrays.copyOf(values, n);
            }
            months[size] = month;
            levelOf[size] = level;
            units[size] = unit;
            names[size] = indicator;
            values[size] = value;
            size++;
        }

        Rows trimmed() {
            months = Arrays.copyOf(months, size);
            levelOf = Arrays.copyOf(levelOf, size);
            units = Arrays.copyOf(units, size);
            names = Arrays.copyOf(names, size);
            values = Arrays.copyOf(values, size);
            return this;
        }

        void replay(IndicatorSink out) {
            for (int i = 0; i < size; i++) out.record(months[i], levelOf[i], units[i], names[i], values[i]);
        }
    }
}
