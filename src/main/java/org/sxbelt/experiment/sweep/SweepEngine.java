package org.sxbelt.experiment.sweep;

import org.sxbelt.experiment.stats.ResultsFormat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.PrimitiveIterator;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * Where a sweep's pending runs are computed: {@code local}, the embedded thread pool ({@link LocalEngine}),
 * or an engine found by {@link ServiceLoader} through its {@link Provider} (the {@code spark} engine, in
 * builds made with {@code ./mvnw -Pspark package}). {@link Sweep} decides what to run, checks, resumes,
 * and writes design.csv, manifest.json and results.csv; an engine only runs the runs it is given, each
 * through {@link SweepJob#runOne}, so every engine writes the same run files.
 */
public interface SweepEngine extends AutoCloseable {

    /** The name of the embedded default engine. */
    String LOCAL = "local";

    /** Hears of each run as it starts and ends; called from any thread, one call at a time per run. */
    interface Listener {
        /** Run {@code index} starts; returns a token for {@link #finished}. */
        long started(int index);

        /** Run {@code index} ended: {@code error} null, or the one-line error (its error file is written). */
        void finished(long token, int index, String error);
    }

    /**
     * Runs each of {@code count} runs (indices into {@code job}'s design, in design order) once, into
     * {@code folder}/runs, reporting each to {@code listener}, and returns when all have ended. A run that
     * fails is reported, not thrown; an IOException means the engine itself could not go on (the runs
     * reported finished are on disk).
     */
    void run(SweepJob job, Path folder, int count, PrimitiveIterator.OfInt runs, Listener listener) throws IOException;

    /** Runs computed at the same time for {@code runs} pending runs (for the ETA and the summary line). */
    int workers(int runs);

    /** How the runs are computed, for the summary line: {@code on 2 threads}, {@code on Spark local[2] (2 cores)}. */
    String describe(int runs);

    /**
     * Writes a results file in a format the driver does not write itself ({@code parquet}, through Spark's
     * writer in the spark engine), from the CSV results file Sweep assembled and verified.
     */
    interface ResultsConverter {
        /**
         * Writes {@code target} with the columns and rows (in order) of the CSV results file {@code csv}
         * ({@code rows} data rows), atomically (it is there complete or not at all); {@code csv} is the
         * caller's to delete. A failure is an exception, and leaves nothing at {@code target}.
         */
        void convert(Path csv, Path target, long rows) throws IOException;
    }

    /** How this engine writes results in {@code format}, or null when it does not (the CSV formats: Sweep does). */
    default ResultsConverter converter(ResultsFormat format) {
        return null;
    }

    /**
     * The folder {@code name} under {@code out}, a URI of another file system than the local one
     * ({@code hdfs://}, {@code s3a://}, ...), as a {@link RemoteFolder} the sweep works in; only the spark
     * engine can (through Hadoop's FileSystem API). A URI it cannot use is an {@link ExperimentException}.
     */
    default RemoteFolder remote(String out, String name) throws IOException {
        throw new ExperimentException("--out " + out + " is a Hadoop file system URI: it needs --engine spark");
    }

    /** Releases the engine (stops a Spark context); runs it ran stay on disk. */
    @Override
    default void close() {
    }

    /**
     * How to start an engine.
     *
     * @param master  the engine's cluster address ({@code --master}), or null for the engine's default
     * @param threads the {@code --threads} option, the local engine's pool size
     * @param log     receives the engine's information lines (null: silent)
     */
    record Settings(String master, int threads, Consumer<String> log) {}

    /** A named engine, listed in {@code META-INF/services/org.sxbelt.experiment.sweep.SweepEngine$Provider}. */
    interface Provider {
        String name();

        SweepEngine open(Settings settings);
    }

    /**
     * The engine named {@code name}: {@link #LOCAL} or one provided on the class path; an unknown name, or
     * one this build lacks, is an {@link ExperimentException} naming how to get it.
     */
    static SweepEngine open(String name, Settings settings) {
        Provider p = provider(name, settings.master());
        return p == null ? new LocalEngine(settings.threads()) : p.open(settings);
    }

    /**
     * Checks that engine {@code name} can be opened with {@code master} here, without starting it: null for the
     * local engine, else its provider; an {@link ExperimentException} names what is wrong.
     */
    static Provider provider(String name, String master) {
        if (name == null || name.equals(LOCAL)) {
            if (master != null) {
                throw new ExperimentException("--master " + master + " needs --engine spark; the local "
                        + "engine runs on this machine's --threads");
            }
            return null;
        }
        for (Provider p : ServiceLoader.load(Provider.class, SweepEngine.class.getClassLoader())) {
            if (p.name().equals(name)) return p;
        }
        if (name.equals("spark")) {
            throw new ExperimentException("--engine spark is not in this build: build it with ./mvnw -Pspark package "
                    + "and run target/sxbelt-spark.jar with spark-submit (see README.md, Sweeps on Spark)");
        }
        throw new ExperimentException("--engine " + name + ": expected local or spark");
    }
}
