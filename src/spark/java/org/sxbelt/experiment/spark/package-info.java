/**
 * The Spark engine of sweeps and calibrations ({@code --engine spark}), built only by the Maven profile
 * {@code spark} ({@code ./mvnw -Pspark package}); Spark itself is {@code provided} by spark-submit. It uses
 * experiment.sweep (the single-run code, {@code SweepJob#runOne}) and Spark, and Hadoop's FileSystem API
 * (which Spark brings) for an {@code --out} on HDFS, S3 or another Hadoop file system ({@code HadoopFolder});
 * nothing of ours uses it but through {@link java.util.ServiceLoader}.
 */
package org.sxbelt.experiment.spark;
