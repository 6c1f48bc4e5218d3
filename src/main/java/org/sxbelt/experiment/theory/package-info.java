/**
 * The theory checks: limiting settings of the model in which economic theory gives a closed form, run
 * through the model's own rules and classes (no separate implementation), with each measured quantity
 * printed beside its closed form and a pass or fail. Harris–Todaro (the urban labour force and
 * unemployment, also with diminishing returns on the land), commuting catchments under both choice
 * rules, urn-ball matching and the logit choice probability. The checks compute; the {@code theory}
 * command prints them.
 */
package org.sxbelt.experiment.theory;
