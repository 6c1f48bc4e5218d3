/**
 * What one run writes: the tidy indicator CSV, the firm-event log and the manifest, each appearing
 * complete or not at all, in a run folder that is written all-or-nothing. The writers implement the
 * model's sinks; they compute nothing. Also the checkpoint of a running model ({@link org.sxbelt.output.Checkpoint})
 * and the rules for continuing it under another scenario ({@link org.sxbelt.output.Continuation}).
 *
 * <p>Uses {@code model} and the layers below it.
 */
package org.sxbelt.output;
