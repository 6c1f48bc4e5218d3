package org.sxbelt.model;

import org.sxbelt.agents.Firm;

/**
 * A hire that skips the search and the applicant queue (an order-based training graduate taken on by
 * the firm that ordered the course), made through the one hire path, {@link Employment#hire}, at the
 * pay a seeker would expect at that firm. It is no application, so the town's hiring tally, which puts
 * hires beside applicants, leaves it out.
 */
public final class DirectHire {

    private DirectHire() {}

    /** Hires {@code person} at {@code f}; false (and nothing changes) if the firm has closed or is full. */
    public static boolean hire(BeltModel m, int person, Firm f) {
        if (!f.isAlive() || f.getWorkerCount() >= f.getCapacity()) return false;
        double net = Math.max(0, JobChoice.expectedPay(f.getMeanWage(), m.production().newHirePay(m, person)));
        m.employment().hire(person, f, net, false);
        if (m.traced(person)) m.note(person, "hired: order-based, " + PersonTrace.workplace(m.belt(), person));
        return true;
    }
}
