/**
 * The Spark engine of sweeps and calibrations ({@code --engine spark}), built only by the Maven profile
 * {@code spark} ({@code ./mvnw -Pspark package}); Spark itself is {@code provided} by spark-submit. It uses
 * experiment.sweep (the single-run code, {@code SweepJob#runOne}) and Spark; nothing of ours uses it but
 * through {@link java.util.ServiceLoader}.
 */
package org.sxbelt.experiment.spark;
