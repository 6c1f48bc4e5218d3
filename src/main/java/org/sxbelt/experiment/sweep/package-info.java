/**
 * Experiment files and the sweeps that run them: designs (factorial, Latin hypercube, Morris, Saltelli),
 * parallel, resumable and sharded runs with common random numbers, their files and the merge of shards.
 */
package org.sxbelt.experiment.sweep;
