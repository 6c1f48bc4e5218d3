/**
 * The performance benchmark: full-belt runs at several scales with their time, speed and memory, and the
 * parallel scaling of a sweep, with the machine they ran on. Timing lives here, never in a unit test.
 */
package org.sxbelt.experiment.bench;
