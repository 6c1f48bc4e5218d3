package org.sxbelt.experiment.spark;

import org.sxbelt.experiment.sweep.ExperimentException;
import org.sxbelt.experiment.sweep.SweepEngine;

/** {@code --engine spark}: found by ServiceLoader; refers to Spark only once Spark is known to be there. */
public final class SparkEngineProvider implements SweepEngine.Provider {

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public SweepEngine open(SweepEngine.Settings settings) {
        try {
            Class.forName("org.apache.spark.SparkContext", false, SparkEngineProvider.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new ExperimentException("--engine spark: Spark is not on the class path: run target/sxbelt-spark.jar "
                    + "with spark-submit (see README.md, Sweeps on Spark)");
        }
        return new SparkEngine(settings);
    }
}
