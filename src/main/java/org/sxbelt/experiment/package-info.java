/**
 * Many runs of the model: validation against the stylised facts of the sources (calibration targets,
 * their statistics and the report), with sweeps, statistics, scenario discovery, reports and the
 * benchmark in sub-packages.
 *
 * <p>Uses every layer below the shells; never {@code cli} or {@code gui}.
 */
package org.sxbelt.experiment;
