package org.sxbelt.experiment.spark;

import java.util.List;

/**
 * What a task sends back for one run: its index in the design, and null or the one-line error with the
 * error file's text (the driver writes it, so that a copy of the task killed half-way writes nothing), and
 * the names of the files it published in {@code runs/}, its check file last (the driver copies them down
 * from a remote folder).
 */
record Outcome(int index, String error, String errorText, List<String> files) implements java.io.Serializable {
}
