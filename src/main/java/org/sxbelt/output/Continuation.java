package org.sxbelt.output;

import org.sxbelt.model.BeltModel;
import org.sxbelt.model.Withdrawal;
import org.sxbelt.params.NumberText;
import org.sxbelt.params.Param;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.ParamValues;
import org.sxbelt.params.Scenario;
import org.sxbelt.params.SimMonthFormat;
import org.sxbelt.params.TimedEvent;

import java.util.List;

/**
 * Continues a model read from a {@link Checkpoint} under a scenario of the caller's choice, provided that
 * scenario agrees with the checkpointed run on everything that acted before the checkpoint; the
 * continued run is then the uninterrupted run of that scenario from the next month on.
 *
 * <p>What may differ (everything else is refused in one line naming the first key that differs):
 * <ul>
 *   <li>timed events dated after the checkpoint (those before it must be the same, in the same order);</li>
 *   <li>{@code run.months}, if the new scenario runs past the checkpoint;</li>
 *   <li>the withdrawal levers of a group (ODD 7.8.10: {@code policy.<group>WithdrawalYear},
 *       {@code PhaseOutMonths}, {@code Kept}), if the group's withdrawal starts after the checkpoint under
 *       both scenarios: before its start a group's share is 1 whatever its levers say.</li>
 * </ul>
 * Seed, scale and every other parameter must be the same, and so must the park projects. Values are
 * compared as the two runs hold them at the checkpoint (base value, then the events before it).
 */
public final class Continuation {

    private Continuation() { }

    /**
     * Checks {@code next} against the run {@code model} has simulated so far, then sets the parameters
     * that differ to {@code next}'s values and hands the model {@code next}'s later events and
     * {@code threads} worker threads ({@link BeltModel#continueUnder}).
     *
     * @throws CheckpointException naming the first parameter, event or park project that differs
     */
    public static void continueUnder(BeltModel model, Scenario next, int threads) throws CheckpointException {
        check(model.scenario(), model.params(), next, model.monthsDone());
        ParamValues nextLive = liveAt(next, model.monthsDone());
        for (Param p : ParamSchema.all()) {
            if (Double.compare(model.params().get(p), nextLive.get(p)) != 0) model.params().set(p, nextLive.get(p));
        }
        model.continueUnder(next, threads);
    }

    /**
     * Why {@code next} cannot continue a run of {@code was} (which no GUI changed) after {@code monthsDone}
     * months; nothing if it can.
     */
    public static void check(Scenario was, Scenario next, int monthsDone) throws CheckpointException {
        check(was, liveAt(was, monthsDone), next, monthsDone);
    }

    /**
     * Why {@code next} cannot continue a run of {@code was} that holds {@code wasLive} after
     * {@code monthsDone} months; nothing if it can.
     */
    static void check(Scenario was, ParamValues wasLive, Scenario next, int monthsDone) throws CheckpointException {
        String at = " (checkpoint after " + SimMonthFormat.format(monthsDone - 1) + ")";
        List<TimedEvent> before = eventsBefore(was, monthsDone);
        List<TimedEvent> nextBefore = eventsBefore(next, monthsDone);
        for (int i = 0; i < Math.max(before.size(), nextBefore.size()); i++) {
            TimedEvent a = i < before.size() ? before.get(i) : null;
            TimedEvent b = i < nextBefore.size() ? nextBefore.get(i) : null;
            if (a == null || !a.equals(b)) {
                throw new CheckpointException("scenario " + next.name() + ": timed event " + (a == null ? b : a).param().key()
                        + " in " + SimMonthFormat.format((a == null ? b : a).month()) + " is " + describe(a) + " in the checkpoint but "
                        + describe(b) + " here; only events after the checkpoint may differ" + at);
            }
        }
        if (!was.parks().equals(next.parks())) {
            throw new CheckpointException("scenario " + next.name() + ": its park projects differ from the checkpoint's;"
                    + " they must be the same" + at);
        }
        ParamValues nextLive = liveAt(next, monthsDone);
        for (Param p : ParamSchema.all()) {
            double a = was.params().get(p), b = next.params().get(p);
            double la = wasLive.get(p), lb = nextLive.get(p);
            if (Double.compare(a, b) == 0 && Double.compare(la, lb) == 0) continue;
            if (p == ParamSchema.MONTHS) {
                if (lb > monthsDone) continue;
                throw new CheckpointException("scenario " + next.name() + ": " + p.key() + " = " + p.format(lb)
                        + " ends at or before the checkpoint; expected more than " + monthsDone + at);
            }
            Withdrawal w = groupOf(p);
            if (w != null && w.startMonth(wasLive) >= monthsDone && w.startMonth(nextLive) >= monthsDone) continue;
            throw new CheckpointException("scenario " + next.name() + ": parameter " + p.key() + " is " + p.format(la)
                    + " in the checkpoint but " + p.format(lb) + " here; only run.months, events after the checkpoint and"
                    + " withdrawal levers of groups withdrawn after it may differ" + at);
        }
    }

    /** {@code sc}'s parameter values at the start of month {@code month}: base values, then the events before it. */
    static ParamValues liveAt(Scenario sc, int month) {
        ParamValues p = sc.params().copy();
        for (TimedEvent e : eventsBefore(sc, month)) p.set(e.param(), e.value());
        return p;
    }

    private static List<TimedEvent> eventsBefore(Scenario sc, int month) {
        return sc.events().stream().filter(e -> e.month() < month).toList();
    }

    private static String describe(TimedEvent e) {
        return e == null ? "absent" : e.param().key() + " = " + NumberText.exact(e.value());
    }

    /** The withdrawal group whose start, phase-out or kept share {@code p} is, or null. */
    private static Withdrawal groupOf(Param p) {
        for (Withdrawal w : Withdrawal.values()) {
            if (p == w.yearParam() || p == w.phaseOutParam() || p == w.keptParam()) return w;
        }
        return null;
    }
}
