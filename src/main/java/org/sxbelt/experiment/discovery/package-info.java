/**
 * Scenario discovery over a finished sweep: which ranges of the varied factors lead to an outcome of
 * interest. PRIM (the patient rule induction method of Friedman and Fisher 1999) as EMA Workbench's
 * {@code prim} module applies it to binary outcomes (Bryant and Lempert 2010): peeling and pasting with
 * the lenient objective (gain in the share of cases of interest per case removed), the
 * coverage-density trajectory, one-sided binomial quasi-p-values per restricted limit, and a resampling
 * check of which factors are restricted again when PRIM is rerun on resamples.
 *
 * <p>Like {@code experiment.stats}, these classes compute and return values; they never write files.
 */
package org.sxbelt.experiment.discovery;
