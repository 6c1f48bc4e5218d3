package org.sxbelt.model;

import org.sxbelt.agents.DistantMarket;
import org.sxbelt.agents.Town;

/**
 * What seekers believe about their chance of being hired, revised once the month's matching is done:
 * each town's park and each distant market holds one adaptive expectation of its hire rate (see
 * {@link org.sxbelt.agents.HireExpectation}), moved toward the month's hires per applicant with weight
 * {@link #SMOOTHING}, and raised when places went begging for want of applicants.
 */
final class Expectations {

    /** Weight of this month's hire rate in the expectation seekers hold (adaptive expectations). */
    static final double SMOOTHING = 0.3;

    void revise(Belt belt, Vacancies vacancies) {
        for (Town t : belt.towns()) t.closeMarket(SMOOTHING, vacancies.inTown(t.index()) > 0);
        for (DistantMarket d : belt.markets()) d.closeMarket(SMOOTHING, vacancies.inMarket(d.id()) > 0);
    }
}
