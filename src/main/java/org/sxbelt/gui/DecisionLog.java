package org.sxbelt.gui;

import org.sxbelt.agents.Status;
import org.sxbelt.model.DecisionTrace;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The GUI's end of the model's decision trace ({@link org.sxbelt.model.BeltModel#setDecisionTrace}): a
 * sample of {@link #PERSONS} persons is traced, and of each only the last row is kept (a bounded map,
 * at most {@link #MAX_ROWS} persons, the oldest dropped first), so a household inspector can say in
 * words what its traced member last decided. Tracing draws no random numbers and changes no result.
 * Rows arrive on the model thread and are read on Swing's, hence the locks.
 */
public final class DecisionLog implements DecisionTrace {

    /** Persons the GUI traces (a small share of the agents at the GUI's coarse scales). */
    public static final int PERSONS = 4000;
    /** Bound of the map of last rows (a traced person's slot may be reused by a birth, so keys can grow). */
    static final int MAX_ROWS = 2 * PERSONS;

    /** One month's row of one traced person, as the model wrote it. */
    public record Row(int month, int person, int household, String statusBefore, String statusAfter,
                      String options, String chosen, String reason) {
    }

    private final Map<Integer, Row> last = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Row> eldest) { return size() > MAX_ROWS; }
    };

    @Override
    public synchronized void row(int month, int person, int household, int village, String county, String statusBefore,
                                 String statusAfter, String options, String chosen, String reason) {
        last.remove(person);    // re-inserted: the map's order is the order of last rows
        last.put(person, new Row(month, person, household, statusBefore, statusAfter, options, chosen, reason));
    }

    /** The last row of traced person {@code person} (null: nothing decided or happened yet). */
    public synchronized Row last(int person) { return last.get(person); }

    /** Persons with a row. */
    public synchronized int size() { return last.size(); }

    /** A new run: no rows yet. */
    public synchronized void clear() { last.clear(); }

    /** A status id of the trace ({@code farming}, {@code dead}) in the GUI's language. */
    static String status(Labels l, String id) {
        for (Status s : Status.values()) if (s.id().equals(id)) return l.status(s);
        if ("dead".equals(id)) return l.get("insp.dead");
        return id == null ? "–" : id.toLowerCase(Locale.ROOT);
    }
}
