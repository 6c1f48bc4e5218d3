/**
 * Two runs side by side ({@code compare}): the difference of every indicator over time, the first month
 * where the runs part, and the counties where they differ most. The classes read a run folder's
 * {@code indicators.csv} and compute; they never write files.
 */
package org.sxbelt.experiment.compare;
