package org.sxbelt.model;

/**
 * Receives the decision trace of sampled persons ({@link BeltModel#setDecisionTrace}): one row per
 * sampled person per month in which something was decided or happened to them, at the end of the month,
 * in person order. Observation only: tracing never draws from the model's random streams.
 */
public interface DecisionTrace {

    /**
     * @param month        month index, 0 = January 2015
     * @param person       the person's slot (stable while they live: a traced person who dies leaves the sample)
     * @param household    household index
     * @param village      village index
     * @param county       county id of the home
     * @param statusBefore status at the start of the month ({@link org.sxbelt.agents.Status#id()})
     * @param statusAfter  status at the end of the month
     * @param options      the options weighed, each with its expected value ({@code farm 1,250; park shache 1,380}), or empty
     * @param chosen       the option applied to, {@code stay}, or empty when nothing was chosen
     * @param reason       what was decided or happened, in words, in the order it happened ({@code ; }-separated)
     */
    void row(int month, int person, int household, int village, String county, String statusBefore,
             String statusAfter, String options, String chosen, String reason);

    DecisionTrace NONE = (month, person, household, village, county, before, after, options, chosen, reason) -> { };
}
