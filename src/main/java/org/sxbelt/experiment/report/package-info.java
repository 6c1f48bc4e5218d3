/**
 * The files people read about experiments and runs: the self-contained HTML report of an experiment
 * folder (charts with confidence bands, comparisons and sensitivity tables, from the statistics of
 * {@code experiment.stats}), the files of a scenario discovery ({@code experiment.discovery}) with its
 * trade-off chart, and the page comparing two runs ({@code experiment.compare}).
 */
package org.sxbelt.experiment.report;
