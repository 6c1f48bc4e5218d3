package org.sxbelt.experiment.spark;

/**
 * What a task sends back for one run: its index in the design, and null or the one-line error with the
 * error file's text (the driver writes it, so that a copy of the task killed half-way writes nothing).
 */
record Outcome(int index, String error, String errorText) implements java.io.Serializable {
}
