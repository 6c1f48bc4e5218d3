package org.sxbelt.model;

import org.sxbelt.params.Scenario;

import java.util.List;

/**
 * Where the policy phase gets its programmes: called at every {@link BeltModel#start()}, so that a
 * restarted run begins with fresh programme state (posts held, projects built so far). The list's
 * order is the order in which the programmes act each month.
 */
@FunctionalInterface
public interface Programmes extends java.io.Serializable {

    /** No programme at all: the belt's markets on their own. */
    Programmes NONE = scenario -> List.of();

    List<Programme> forScenario(Scenario scenario);
}
