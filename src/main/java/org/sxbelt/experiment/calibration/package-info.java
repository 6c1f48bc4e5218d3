/**
 * Calibration: the free behavioural parameters estimated by CMA-ES against the fitted facts of the
 * targets table. {@link org.sxbelt.experiment.calibration.FreeParameter} and
 * {@link org.sxbelt.experiment.calibration.FreeParameters} say what is free and within which bounds;
 * {@link org.sxbelt.experiment.calibration.CalibrationLoss} scores a candidate (it computes, it writes
 * nothing); {@link org.sxbelt.experiment.calibration.CmaesSearch} drives commons-math3's CMA-ES one
 * generation at a time; {@link org.sxbelt.experiment.calibration.GenerationRuns} runs a generation as a
 * sweep of design type {@code points}; {@link org.sxbelt.experiment.calibration.Calibration} ties them
 * together, resumable, and writes calibration.csv, the fitted scenario and the convergence chart.
 */
package org.sxbelt.experiment.calibration;
