package org.sxbelt.cli;

import com.beust.jcommander.Parameter;
import org.sxbelt.experiment.sweep.ExperimentException;
import org.sxbelt.experiment.sweep.SweepEngine;

import java.util.function.Consumer;

/** {@code --engine local|spark} and {@code --master URL}: where a sweep's or a calibration's runs are computed. */
final class EngineOption extends OptionGroup<EngineOption> {

    @Parameter(names = "--engine", description = "Where the runs are computed: local (this machine's thread pool, "
            + "--threads runs at a time) or spark (Apache Spark, one task per run; needs a build made with "
            + "./mvnw -Pspark package, see README.md). The results do not depend on it.")
    @OptionHelp(arg = "<local|spark>", byDefault = "local")
    String engine;

    @Parameter(names = "--master", description = "With --engine spark: the Spark master URL (local[4], "
            + "spark://host:7077, yarn, k8s://https://host:443); under spark-submit leave it out: spark-submit's --master is used.")
    @OptionHelp(arg = "<URL>", byDefault = "spark-submit's --master, else local[<--threads>]")
    String master;

    /** Checks the choice without starting the engine: a bad one, or one this build lacks, is a {@link CliException}. */
    void check() {
        try {
            SweepEngine.provider(name(), master);
        } catch (ExperimentException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    /**
     * The {@code --out} of {@code out} when it is a Hadoop file system URI ({@code hdfs://}, {@code s3a://}, ...)
     * this engine can write to, or null for a local folder; one that needs another engine is a {@link CliException}.
     */
    String remoteOut(OutputOptions out) {
        String uri = out.uri();
        if (uri == null) return null;
        if (!name().equals("spark")) {
            throw new CliException("--out " + uri + " is a Hadoop file system URI: it needs --engine spark from a build "
                    + "made with ./mvnw -Pspark package (see README.md, Sweeps on Spark); the local engine writes to a local folder");
        }
        check();
        return uri;
    }

    String name() {
        return engine == null ? SweepEngine.LOCAL : engine;
    }

    /** The engine asked for, opened (the caller closes it); a bad choice is a {@link CliException}. */
    SweepEngine open(int threads, Consumer<String> log) {
        try {
            return SweepEngine.open(name(), new SweepEngine.Settings(master, threads, log));
        } catch (ExperimentException e) {
            throw new CliException(e.getMessage(), e);
        }
    }
}
