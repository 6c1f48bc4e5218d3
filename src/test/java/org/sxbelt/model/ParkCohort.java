package org.sxbelt.model;

import org.sxbelt.agents.Firm;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Test-only: the real park firms that opened in a window of months and how many of them were still
 * producing some months later, read from the firm event log. Every real firm counts from its own
 * opening: the founders of an agent firm from the month it opened, and each real firm that joined an
 * agent firm later ({@link FirmFactory#join}, an entry or relocation event of the host's id) from the
 * month it joined. A real firm survives if its agent firm is alive, or closed no earlier than that
 * many months after the real firm opened. Counting only the founders ({@link Firm#founders()}) leaves
 * out the firms admitted to nearly full parks, which at a coarse scale are most of them.
 */
final class ParkCohort implements FirmEventSink {

    /** One event's real park firms: when they opened and the agent firm that stands for them. */
    private record Opening(int month, int firmId, int firms) {}

    private final List<Opening> openings = new ArrayList<>();

    @Override
    public void firmEvent(FirmEvent e) {
        boolean opening = e.type() == FirmEvent.Type.ENTRY || e.type() == FirmEvent.Type.RELOCATION;
        if (opening && (e.village() == null || e.village().isEmpty())) openings.add(new Opening(e.month(), e.firmId(), e.firms()));
    }

    /** Real park firms opened in months {@code from..to} and, of them, those alive {@code horizon} months after opening. */
    record Count(int cohort, int survivors) {
        double survival() { return (double) survivors / cohort; }
    }

    Count count(IntFunction<Firm> firms, int from, int to, int horizon) {
        int cohort = 0, survivors = 0;
        for (Opening o : openings) {
            if (o.month() < from || o.month() > to) continue;
            Firm f = firms.apply(o.firmId());
            cohort += o.firms();
            if (f.isAlive() || f.getClosedMonth() >= o.month() + horizon) survivors += o.firms();
        }
        return new Count(cohort, survivors);
    }
}
