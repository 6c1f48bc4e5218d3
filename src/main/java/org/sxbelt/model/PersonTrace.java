package org.sxbelt.model;

import ec.util.MersenneTwisterFast;
import org.sxbelt.agents.DistantMarket;
import org.sxbelt.agents.Persons;
import org.sxbelt.agents.Status;
import org.sxbelt.agents.Town;
import org.sxbelt.params.NumberText;

import java.util.Arrays;

/**
 * The decision trace of a random sample of persons ({@link BeltModel#setDecisionTrace}): what each of
 * them weighed, chose and met during a month, in words, handed to a {@link DecisionTrace} at the end of
 * the month. The sample is a reservoir of persons alive at the start, drawn from a stream of its own seeded
 * from the run's seed, so tracing never draws from the model's streams and never changes a result. A
 * traced person who dies leaves the sample (their slot may be reused by a birth).
 * <p>
 * The passes over persons call {@link #traced} for a person only where something happens to them, and a
 * person's notes are written only by the block the person is in (or by sequential code), so the trace is the
 * same whatever the number of threads.
 */
public final class PersonTrace implements java.io.Serializable {

    /** Salt of the sample's own random stream (never one of the model's streams). */
    private static final int STREAM = 0x7ace;

    /** Not part of a checkpoint: a continued run attaches its own ({@link #reattach}). */
    private transient DecisionTrace sink = DecisionTrace.NONE;
    /** Per slot alive at the start: the note index of a traced person, or -1. */
    private final int[] noteOf;
    private final Note[] notes;

    private static final class Note implements java.io.Serializable {
        final int person;
        boolean gone;
        boolean died;
        Status before;
        int household, village;
        String county;
        String options = "", chosen = "";
        final StringBuilder reason = new StringBuilder();

        Note(int person) { this.person = person; }
    }

    /** Draws a reservoir of {@code size} persons alive at the start of {@code m}'s belt (all of them if fewer). */
    PersonTrace(BeltModel m, int size, DecisionTrace sink) {
        reattach(sink);
        Persons ps = m.belt().persons();
        MersenneTwisterFast rng = new MersenneTwisterFast(new int[]{(int) m.seed(), (int) (m.seed() >>> 32), STREAM});
        int[] sample = new int[Math.max(0, size)];
        int seen = 0;
        for (int p = 0; p < ps.size(); p++) {
            if (!ps.isAlive(p)) continue;
            if (seen < sample.length) sample[seen] = p;
            else {
                int j = rng.nextInt(seen + 1);
                if (j < sample.length) sample[j] = p;
            }
            seen++;
        }
        sample = Arrays.copyOf(sample, Math.min(seen, sample.length));
        Arrays.sort(sample);
        noteOf = new int[ps.size()];
        Arrays.fill(noteOf, -1);
        notes = new Note[sample.length];
        for (int k = 0; k < sample.length; k++) {
            notes[k] = new Note(sample[k]);
            noteOf[sample[k]] = k;
        }
    }

    /** Is person slot {@code p} in the sample now? */
    public boolean traced(int p) { return p < noteOf.length && noteOf[p] >= 0; }

    /** Persons in the sample (alive or not). */
    public int sampleSize() { return notes.length; }

    /** Appends what happened to (or was decided by) traced person {@code p}. */
    public void reason(int p, String text) {
        StringBuilder r = notes[noteOf[p]].reason;
        if (r.length() > 0) r.append("; ");
        r.append(text);
    }

    /** The options weighed and the one chosen by traced person {@code p}. */
    void choice(int p, String options, String chosen) {
        Note n = notes[noteOf[p]];
        n.options = options;
        n.chosen = chosen;
    }

    /** Traced person {@code p} died this month: noted, and out of the sample from now on. */
    void died(int p) {
        reason(p, "died");
        Note n = notes[noteOf[p]];
        n.died = true;
        noteOf[p] = -1;
    }

    /** Notes the status, household and home of every traced person at the start of the month. */
    void begin(BeltModel m) {
        Belt belt = m.belt();
        Persons ps = belt.persons();
        for (Note n : notes) {
            if (n.gone) continue;
            n.before = ps.status(n.person);
            n.household = ps.household(n.person);
            n.village = belt.households().village(n.household);
            n.county = belt.town(belt.townOfHousehold(n.household)).id();
        }
    }

    /** Hands the month's row of every traced person something happened to to the sink, in person order. */
    void end(BeltModel m) {
        Persons ps = m.belt().persons();
        for (Note n : notes) {
            if (n.gone) continue;
            Status after = n.died ? null : ps.status(n.person);
            if (n.reason.length() == 0 && after != n.before) n.reason.append("status changed");
            if (n.reason.length() > 0) {
                sink.row(m.month(), n.person, n.household, n.village, n.county, n.before.id(),
                        after == null ? "dead" : after.id(), n.options, n.chosen, n.reason.toString());
            }
            n.options = "";
            n.chosen = "";
            n.reason.setLength(0);
            n.gone = n.died;
        }
    }

    // ---- words for the choices ------------------------------------------------------------------

    /** Names an option: {@code workshop}, {@code park shache}, {@code town kashgar}, {@code migrant_xj xpcc}. */
    static String label(JobOption o) { return place(o.status, o.town, o.market); }

    /** Names a place of work: a distant market, a village workshop, the park of a town or another town. */
    static String place(Status s, Town town, DistantMarket market) {
        if (market != null) return s.id() + " " + market.key();
        return switch (s) {
            case WORKSHOP -> "workshop";
            case PARK -> "park " + town.id();
            case OTHER_TOWN -> "town " + town.id();
            default -> s.id();
        };
    }

    /** Where traced person {@code p} works now, in the words of {@link #place}. */
    static String workplace(Belt belt, int p) {
        Persons ps = belt.persons();
        Status s = ps.status(p);
        if (s.isDistant()) return place(s, null, belt.market(ps.employer(p)));
        return place(s, s.isLocalWageWork() ? belt.firm(ps.employer(p)).town() : null, null);
    }

    static String money(double v) { return NumberText.forPeople(Math.rint(v)); }

    /**
     * A seeker's search: the options with their expected values, the one applied to (or staying) and the
     * comparison in words. {@code stay} names what staying is ({@code farming}, {@code home}, ...).
     */
    void searched(int p, String what, String stay, double fallback, JobOption[] options, int n, int choice) {
        StringBuilder list = new StringBuilder().append("stay ").append(stay).append(' ').append(money(fallback));
        int best = -1;
        for (int i = 0; i < n; i++) {
            double v = options[i].expected(fallback);
            list.append("; ").append(label(options[i])).append(' ').append(money(v));
            if (best < 0 || v > options[best].expected(fallback)) best = i;
        }
        String reason;
        if (n == 0) {
            reason = what + ": no option pays above the reservation wage, stays " + stay;
        } else if (choice < 0) {
            double v = options[best].expected(fallback);
            reason = what + (v <= fallback ? ": stays, " : ": stays (by taste), ") + stay + " " + money(fallback)
                    + (v <= fallback ? " >= " : " < ")
                    + "best expected " + label(options[best]) + " " + money(v);
        } else {
            double v = options[choice].expected(fallback);
            reason = what + ": " + stay + " " + money(fallback) + (v > fallback ? " < " : " >= ")
                    + "expected " + label(options[choice]) + " " + money(v) + (v > fallback && choice == best ? "" : " (by taste)");
        }
        choice(p, list.toString(), choice < 0 ? "stay" : label(options[choice]));
        reason(p, reason);
    }

    /** The trace of a waiting seeker's reconsidering: option 0 is waiting on in {@code town}. */
    void reconsidered(int person, Town town, double home, JobOption[] options, int n, int choice) {
        JobOption wait = options[0];
        String stayOn = "belief " + NumberText.forPeople(wait.hireChance) + " x " + money(wait.grossWage)
                + " - " + money(wait.cost);
        String homeText = "home " + money(home);
        if (choice < 0) {
            reason(person, "went home: " + stayOn + (wait.expected(home) < home ? " < " : " (by taste) >= ") + homeText);
        } else if (choice == 0) {
            reason(person, "stays in town " + town.id() + ": " + stayOn + (wait.expected(home) >= home ? " >= " : " (by taste) < ")
                    + homeText);
        }
        StringBuilder list = new StringBuilder("go home ").append(money(home))
                .append("; wait in town ").append(town.id()).append(' ').append(money(wait.expected(home)));
        for (int i = 1; i < n; i++) {
            list.append("; ").append(label(options[i])).append(' ').append(money(options[i].expected(home)));
        }
        choice(person, list.toString(), choice < 0 ? "go home" : choice == 0 ? "wait in town " + town.id()
                : label(options[choice]));
        if (choice > 0) {
            double v = options[choice].expected(home);
            reason(person, "searched from town " + town.id() + ": " + homeText + (v > home ? " < " : " (by taste) >= ")
                    + "expected " + label(options[choice]) + " " + money(v));
        }
    }

    /** Hands the rows from now on to {@code sink} (a model continued from a checkpoint). */
    void reattach(DecisionTrace sink) { this.sink = sink; }

    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        sink = DecisionTrace.NONE;
    }
}
