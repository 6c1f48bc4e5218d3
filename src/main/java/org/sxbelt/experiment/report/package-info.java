/**
 * The self-contained HTML report of an experiment folder: charts with confidence bands, comparisons and
 * sensitivity tables, built from the statistics of {@code experiment.stats}.
 */
package org.sxbelt.experiment.report;
