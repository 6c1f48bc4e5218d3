/**
 * The vocabulary every layer shares: the model's parameters ({@link org.sxbelt.params.Param}, one schema of
 * them in {@link org.sxbelt.params.ParamSchema}, a run's live values in {@link org.sxbelt.params.ParamValues}),
 * a resolved {@link org.sxbelt.params.Scenario} with its timed events and park projects, and how months are
 * written. Plain values and their checks; nothing here reads files or runs a model.
 *
 * <p>The bottom layer: it uses the JDK only.
 */
package org.sxbelt.params;
