/**
 * The government programmes the sources describe (park building from the counterpart provinces' and
 * Hotan's budgets where firms were turned away, named park projects, roads,
 * resettlement, village workshops, training, ecological posts, organised transfer), each a
 * {@link org.sxbelt.model.Programme}; {@link org.sxbelt.policy.Government} plugs them into a model.
 *
 * <p>Uses {@code model} and the layers below it.
 */
package org.sxbelt.policy;
