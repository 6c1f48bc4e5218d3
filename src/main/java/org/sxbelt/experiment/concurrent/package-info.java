/**
 * The plumbing of runs done in parallel: daemon worker threads named for their job, and waiting for a
 * run's result with its own exception, so that a failed run fails its caller as it would have alone.
 * Used by validation and sweeps; it knows nothing of models.
 */
package org.sxbelt.experiment.concurrent;
