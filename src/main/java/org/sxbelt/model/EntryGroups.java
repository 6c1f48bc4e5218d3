package org.sxbelt.model;

import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Town;

import java.io.Serializable;

/**
 * Real firms admitted to a nearly full park at a coarse scale ({@link SuperFirm}). Where a park has
 * room for fewer real firms than a new agent firm would stand for, each firm admitted takes its own
 * space at once, as it would at 1:1: it joins the town's latest agent firm of its industry while that
 * firm is within its opening package ({@link #supportedHost}, {@link FirmFactory#join}), or, if there is
 * none, waits in the town's group of its industry, which
 * opens as a new agent firm standing for all its members (their space, their workers) once they make
 * {@link SuperFirm#MIN_AGENT_WORKERS} agent places, or after {@link #MAX_WAIT_MONTHS} months with what
 * it has (joining an agent firm of the industry that has opened meanwhile, or as one of at least
 * one place). The convention it replaces let one lucky draw take the whole remaining room for copies
 * of itself; since a draw's chance of being the one rose with its size, nearly full parks filled with
 * copies of the larger firms, and at 1:100 real firms came out fewer and larger than at 1:10.
 */
final class EntryGroups implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Months a group may hold space without workers before it opens with the members it has. */
    static final int MAX_WAIT_MONTHS = 2;

    /** Real firms waiting in one town for one industry: their number, workers and space, since when. */
    static final class Group implements Serializable {
        private static final long serialVersionUID = 1L;
        final int since;
        final String origin;
        int firms;
        double workers;
        double space;

        Group(int since, String origin) {
            this.since = since;
            this.origin = origin;
        }

        /** One more real firm of {@code workers} taking {@code m2}. */
        void add(double workers, double m2) {
            firms++;
            this.workers += workers;
            space += m2;
        }
    }

    /** By town index and industry; null where nobody waits. */
    private Group[][] groups;

    /** Whether firms of {@code k} wait in {@code t}. */
    boolean waiting(Town t, Industry k) {
        return groups != null && groups[t.index()][k.ordinal()] != null;
    }

    /**
     * A real firm of {@code workers} and {@code space} m2 admitted to {@code t}: it joins the town's
     * supported agent firm of its industry, or takes its space and waits in the group.
     */
    void admit(BeltModel m, Industry k, String origin, Town t, double workers, double space) {
        Firm host = supportedHost(m, t, k);
        if (host != null && !waiting(t, k)) {
            m.firmFactory().join(host, origin, 1, workers);
            return;
        }
        if (groups == null) groups = new Group[m.belt().towns().size()][Industry.count()];
        Group g = groups[t.index()][k.ordinal()];
        if (g == null) g = groups[t.index()][k.ordinal()] = new Group(m.month(), origin);
        g.add(workers, space);
        t.occupy(k, space);
        if (g.workers >= SuperFirm.MIN_AGENT_WORKERS * (double) m.belt().scale()) open(m, t, k);
    }

    /** Opens the groups that have waited {@link #MAX_WAIT_MONTHS} months, town by town, industry by industry. */
    void openOverdue(BeltModel m) {
        if (groups == null) return;
        for (Town t : m.belt().towns()) {
            for (Industry k : Industry.values()) {
                Group g = groups[t.index()][k.ordinal()];
                if (g != null && m.month() - g.since >= MAX_WAIT_MONTHS) open(m, t, k);
            }
        }
    }

    /** Real firms waiting, all towns and industries together. */
    int firmsWaiting() {
        int n = 0;
        if (groups != null) for (Group[] row : groups) for (Group g : row) if (g != null) n += g.firms;
        return n;
    }

    private void open(BeltModel m, Town t, Industry k) {
        Group g = groups[t.index()][k.ordinal()];
        groups[t.index()][k.ordinal()] = null;
        t.occupy(k, -g.space); // the agent firm takes it over
        Firm host = supportedHost(m, t, k);
        if (host != null) m.firmFactory().join(host, g.origin, g.firms, g.workers / g.firms);
        else m.firmFactory().openInPark(k, g.origin, t, g.workers / g.firms, g.firms);
    }

    /**
     * The agent firm of {@code k} last opened in {@code t}'s park if it is still within its opening
     * package, else null. A joining firm takes its host's age: behind a host whose support has ended it
     * would start without the package a firm of its own gets, with its new workers' learning on the
     * host's losses; at 1:100, where most entrants joined, park firms closed for losses several times as
     * often as at 1:10 (ODD 10.4).
     */
    static Firm supportedHost(BeltModel m, Town t, Industry k) {
        Firm host = latest(t, k);
        return host != null && host.ageMonths(m.month()) < SubsidySchedule.endAge(m.params()) ? host : null;
    }

    /** The agent firm of {@code k} last opened in {@code t}'s park, or null. */
    static Firm latest(Town t, Industry k) {
        Firm last = null;
        for (Firm f : t.firms()) if (f.industry() == k) last = f;
        return last;
    }
}
