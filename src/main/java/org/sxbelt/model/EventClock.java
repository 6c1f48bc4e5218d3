package org.sxbelt.model;

import org.sxbelt.params.TimedEvent;

import java.util.List;

/**
 * The scenario's timed events, applied at the very start of their month, before any process reads a
 * parameter. Events are sorted by month ({@link org.sxbelt.params.Scenario} sorts them); each is
 * applied once, in order.
 */
final class EventClock {

    private final List<TimedEvent> events;
    private int next;

    EventClock(List<TimedEvent> events) {
        this.events = events;
    }

    /** Applies the events due by this month (month index, 0 = 2015-01). */
    void advanceTo(BeltModel m, int month) {
        while (next < events.size() && events.get(next).month() <= month) {
            TimedEvent e = events.get(next++);
            m.params().set(e.param(), e.value());
            m.policyEvent(e);
        }
    }
}
