package org.sxbelt.experiment.spark;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.sxbelt.experiment.stats.ResultsFormat;
import org.sxbelt.experiment.sweep.ExperimentException;
import org.sxbelt.experiment.sweep.RunFiles;
import org.sxbelt.experiment.sweep.SweepEngine;
import org.sxbelt.experiment.sweep.SweepJob;
import org.sxbelt.output.AtomicFiles;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.PrimitiveIterator;
import java.util.function.Consumer;

/**
 * Runs a sweep's pending runs as one Spark job with one task per run. Each task calls the single-run code
 * ({@link SweepJob#runOne}) with one thread into a folder of its own on the executor and then publishes the
 * run file and its check file into the experiment folder, each atomically ({@link RunPartition}); the
 * driver receives a small {@link Outcome} per run as its task ends (SparkContext.runJob with a result
 * handler: nothing is cached or computed again by a second action), writes the error file of a failed run
 * and reports progress. So the run files, and the results.csv Sweep assembles from them, are the local
 * engine's byte for byte, whatever the executors, partitions, retries or speculative copies: a copy of a
 * task writes the same bytes, and only one outcome per run reaches the driver.
 *
 * <p>The experiment folder is one path that the driver and every executor see (a local folder in
 * {@code local[N]}, a shared file system on a cluster), or the local copy of a folder on a Hadoop file system
 * ({@link #remote}, {@link HadoopFolder}): then the driver publishes the copy before the tasks start, the
 * tasks publish their run files there ({@link HadoopTarget}) and the driver copies each finished run down
 * into the copy and writes its error file through. In local mode the driver binds to 127.0.0.1; the web
 * UI is off unless {@code spark.ui.enabled} is set; Spark logs at WARN.
 */
final class SparkEngine implements SweepEngine {

    private final JavaSparkContext spark;
    private final String master;
    private final Consumer<String> log;
    /** The remote folder the sweeps of this engine work in a copy of, or null. */
    private HadoopFolder remote;

    SparkEngine(Settings settings) {
        quiet();
        String given = settings.master() != null ? settings.master() : System.getProperty("spark.master");
        if (given == null || given.startsWith("local")) {
            // bound to 127.0.0.1 below, so Spark's guess of an outside address is beside the point
            Configurator.setLevel("org.apache.spark.util.Utils", Level.ERROR);
            Configurator.setLevel("org.apache.spark.util.Utils$", Level.ERROR);
        }
        SparkConf conf = new SparkConf().setAppName("sxbelt");
        if (settings.master() != null) conf.setMaster(settings.master());
        else if (!conf.contains("spark.master")) conf.setMaster("local[" + settings.threads() + "]");
        String m = conf.get("spark.master");
        if (m.startsWith("local")) {
            conf.set("spark.driver.bindAddress", "127.0.0.1");
            conf.set("spark.driver.host", "127.0.0.1");
        }
        conf.setIfMissing("spark.ui.enabled", "false");
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        try {
            this.spark = new JavaSparkContext(conf);
        } catch (RuntimeException e) {
            throw new ExperimentException("--engine spark --master " + m + ": Spark did not start: " + e.getMessage(), e);
        }
        spark.setLogLevel("WARN");
        this.master = m;
        this.log = settings.log();
    }

    /** Spark's own loggers at WARN (the driver's; executors do the same in their first task). */
    static void quiet() {
        Configurator.setRootLevel(Level.WARN);
        Configurator.setLevel("org.apache.spark", Level.WARN);
        Configurator.setLevel("org.sparkproject", Level.WARN);
        Configurator.setLevel("org.apache.hadoop", Level.WARN);
        Configurator.setLevel("org.apache.hadoop.util.NativeCodeLoader", Level.ERROR); // pure-Java Hadoop is enough
    }

    @Override
    public void run(SweepJob job, Path folder, int count, PrimitiveIterator.OfInt runs, Listener listener)
            throws IOException {
        List<Integer> indices = new ArrayList<>(count);
        while (runs.hasNext()) indices.add(runs.nextInt());
        if (indices.isEmpty()) return;
        Path dest = folder.toAbsolutePath();
        HadoopTarget out = remote == null ? null : remote.target(dest);
        if (out != null) remote.publish(); // the design, manifest, histories and removed runs, before the tasks look
        Broadcast<SweepJob> shared = spark.broadcast(job);
        try {
            JavaRDD<Integer> rdd = spark.parallelize(indices, indices.size()); // one task per run
            Handler handler = new Handler(indices, workers(indices.size()), dest, job, listener, out == null ? null : remote);
            ClassTag<Outcome[]> tag = ClassTag$.MODULE$.apply(Outcome[].class);
            spark.sc().setJobDescription("sxbelt sweep " + job.experiment().name() + ": " + indices.size() + " runs");
            spark.sc().runJob(rdd.rdd(), new RunPartition(shared, dest.toString(), out), handler, tag);
            if (handler.problem != null) throw handler.problem;
        } catch (RuntimeException e) {
            if (e instanceof ExperimentException) throw e;
            String why = String.valueOf(e.getMessage()).lines().findFirst().orElse(e.toString());
            throw new ExperimentException("the Spark job stopped (" + why + "); the runs finished so far are kept in "
                    + folder + ", run the same command again to resume", e);
        } finally {
            shared.destroy();
        }
    }

    /**
     * On the driver, as each task ends: the run's files copied down from a remote folder, its error file
     * (written through to a remote folder), then the listener. The runs in flight are taken to be those Spark
     * launches in order as cores free up (for the ETA only).
     */
    private static final class Handler extends AbstractFunction2<Object, Outcome[], BoxedUnit> implements java.io.Serializable {
        private final transient List<Integer> indices;
        private final transient Path folder;
        private final transient SweepJob job;
        private final transient Listener listener;
        private final transient HadoopFolder remote;
        private final transient java.util.Map<Integer, Long> tokens = new java.util.HashMap<>();
        private transient int nextStart;
        transient IOException problem;

        Handler(List<Integer> indices, int workers, Path folder, SweepJob job, Listener listener, HadoopFolder remote) {
            this.indices = indices;
            this.folder = folder;
            this.job = job;
            this.listener = listener;
            this.remote = remote;
            for (int k = 0; k < workers; k++) startNext();
        }

        private void startNext() {
            if (nextStart < indices.size()) {
                int i = indices.get(nextStart++);
                tokens.put(i, listener.started(i));
            }
        }

        @Override
        public synchronized BoxedUnit apply(Object partition, Outcome[] outcomes) {
            for (Outcome o : outcomes) {
                String id = job.run(o.index()).id();
                Path errorFile = RunFiles.errorFile(folder, id);
                try {
                    if (o.error() == null) {
                        if (remote != null) {
                            for (String f : o.files()) remote.fetched(folder.resolve(RunFiles.RUNS).resolve(f));
                        }
                        AtomicFiles.deleteQuietly(errorFile);
                        if (remote != null) remote.removed(errorFile);
                    } else {
                        AtomicFiles.writeString(errorFile, o.errorText());
                        if (remote != null) remote.written(errorFile);
                    }
                } catch (IOException e) {
                    if (problem == null) problem = e;
                }
                Long token = tokens.remove(o.index());
                if (token == null) token = listener.started(o.index()); // ended before it was taken as started
                listener.finished(token, o.index(), o.error());
                startNext();
            }
            return BoxedUnit.UNIT;
        }
    }

    /** The folder {@code name} under {@code out} on a Hadoop file system, locked and copied down ({@link HadoopFolder}). */
    @Override
    public org.sxbelt.experiment.sweep.RemoteFolder remote(String out, String name) throws IOException {
        remote = HadoopFolder.open(out, name, spark.hadoopConfiguration());
        return remote;
    }

    /** Parquet through Spark's writer ({@link ParquetResults}); the CSV formats are the driver's. */
    @Override
    public ResultsConverter converter(ResultsFormat format) {
        return format == ResultsFormat.PARQUET ? new ParquetResults(spark, () -> remote) : null;
    }

    @Override
    public int workers(int runs) {
        return Math.max(1, Math.min(runs, spark.defaultParallelism()));
    }

    @Override
    public String describe(int runs) {
        int cores = spark.defaultParallelism();
        return String.format(Locale.ROOT, "on Spark %s (%d core%s, one task per run)", master, cores, cores == 1 ? "" : "s");
    }

    @Override
    public void close() {
        spark.stop();
    }
}
