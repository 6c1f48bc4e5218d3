package org.sxbelt.model;

import org.sxbelt.params.TimedEvent;

import java.util.List;

/**
 * The scenario's timed events, applied at the very start of their month, before any process reads a
 * parameter. Events are sorted by month ({@link org.sxbelt.params.Scenario} sorts them); each is
 * applied once, in order. An event on a parameter the GUI holds ({@link BeltModel#hold}) is passed over
 * (and told to the tickers), so a teacher's lever is not overwritten.
 */
final class EventClock implements java.io.Serializable {

    private final List<TimedEvent> events;
    private int next;

    EventClock(List<TimedEvent> events) {
        this.events = events;
    }

    /**
     * A clock of {@code later} that has applied the events of the first {@code monthsDone} months: a run
     * continued from a checkpoint under a scenario whose events up to then are this clock's.
     */
    EventClock continuedWith(List<TimedEvent> later, int monthsDone) {
        EventClock c = new EventClock(later);
        while (c.next < later.size() && later.get(c.next).month() < monthsDone) c.next++;
        return c;
    }

    /** Applies the events due by this month (month index, 0 = 2015-01). */
    void advanceTo(BeltModel m, int month) {
        while (next < events.size() && events.get(next).month() <= month) {
            TimedEvent e = events.get(next++);
            if (m.isHeld(e.param())) {      // a lever the classroom GUI holds: the event is passed over
                m.heldEvent(e);
                continue;
            }
            m.params().set(e.param(), e.value());
            m.policyEvent(e);
        }
    }
}
