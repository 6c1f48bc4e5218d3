/**
 * Statistics over an experiment folder's results: means with confidence intervals across replicates,
 * comparisons of design points with a reference, Morris and Sobol sensitivity indices. They compute and
 * return values; they never write files.
 */
package org.sxbelt.experiment.stats;
