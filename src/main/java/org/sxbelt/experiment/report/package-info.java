/**
 * The files people read about an experiment folder: the self-contained HTML report (charts with
 * confidence bands, comparisons and sensitivity tables, from the statistics of {@code experiment.stats})
 * and the files of a scenario discovery ({@code experiment.discovery}) with its trade-off chart.
 */
package org.sxbelt.experiment.report;
