package org.sxbelt.model;

import org.sxbelt.agents.DistantMarket;
import org.sxbelt.agents.HiringTally;
import org.sxbelt.agents.IntList;
import org.sxbelt.agents.Town;

import java.util.Arrays;

import static org.sxbelt.params.ParamSchema.BELIEF_WEIGHT;

/**
 * What seekers believe about their chance of being hired, held by the people who act on it and revised
 * from what they see:
 * <ul>
 * <li>each village's peer network holds a belief about every destination (each town's park, each
 *     distant market, the village workshops within reach). It is revised only in months when some of the
 *     village's members applied there, toward what they saw: the destination's hires per applicant
 *     (for workshops, the village's own applicants' outcomes), with weight {@code labor.beliefWeight}.
 *     When a place had vacancies and nobody at all applied, word gets round that jobs go begging and
 *     every village's belief about it rises by the same proportion;</li>
 * <li>a seeker waiting in a town holds a belief of their own, starting from their village's and revised
 *     each month from the hiring they saw at that town's gates (see {@link JobChoice}).</li>
 * </ul>
 * Since villages hear at different times, and decisions arrive at a rate, beliefs differ across the
 * belt and nobody reacts to one shared number all at once.
 */
final class Expectations {

    /** What every village believes of every destination before anyone has seen it. */
    static final double INITIAL = 0.5;
    /** Floor of a belief that rises when jobs go begging, so that it can recover from zero. */
    static final double FLOOR = 0.01;
    /** Distant markets (see {@link Belt#markets()}). */
    private static final int MARKETS = 3;

    private int towns;
    private int destinations;
    private float[] belief = new float[0];
    /** (village, destination) pairs some member applied to this month, as village * destinations + d. */
    private final IntList heard = new IntList(1024);
    private boolean[] isHeard = new boolean[0];
    /** Workshop applicants and hires this month by the applicant's village. */
    private int[] workshopApplicants = new int[0];
    private int[] workshopHires = new int[0];

    /** Sizes the tables for a freshly built belt (every belief at {@link #INITIAL}). */
    void prepare(Belt belt) {
        towns = belt.towns().size();
        destinations = towns + MARKETS + 1;
        int villages = belt.villages().size();
        belief = new float[villages * destinations];
        Arrays.fill(belief, (float) INITIAL);
        isHeard = new boolean[belief.length];
        heard.clear();
        workshopApplicants = new int[villages];
        workshopHires = new int[villages];
    }

    int town(int t) { return t; }

    int market(int d) { return towns + d; }

    int workshops() { return towns + MARKETS; }

    /** The hire chance village {@code v}'s peers believe in for destination {@code d}. */
    double believed(int v, int d) { return belief[v * destinations + d]; }

    /** A member of village {@code v} applied to destination {@code d} this month (sequential). */
    void applied(int v, int d) {
        int k = v * destinations + d;
        if (!isHeard[k]) {
            isHeard[k] = true;
            heard.add(k);
        }
        if (d == workshops()) workshopApplicants[v]++;
    }

    /** A member of village {@code v} was hired in a village workshop this month. */
    void hiredInWorkshop(int v) { workshopHires[v]++; }

    /**
     * After the month's matching: the villages that applied somewhere revise their belief about it; places
     * that had vacancies and no applicants at all are believed in a little more everywhere; the month's
     * tallies close.
     */
    void revise(BeltModel m, Vacancies vacancies) {
        Belt belt = m.belt();
        double a = m.params().get(BELIEF_WEIGHT);
        for (int i = 0; i < heard.size(); i++) {
            int k = heard.get(i);
            int v = k / destinations, d = k % destinations;
            double seen = d == workshops() ? (double) workshopHires[v] / workshopApplicants[v] : tally(belt, d).realisedRate();
            belief[k] = (float) ((1 - a) * belief[k] + a * seen);
            isHeard[k] = false;
            if (d == workshops()) workshopApplicants[v] = workshopHires[v] = 0;
        }
        heard.clear();
        for (Town t : belt.towns()) {
            if (vacancies.inTown(t.index()) > 0 && t.hiring().applicants() == 0) goBegging(town(t.index()), a);
            t.hiring().close();
        }
        for (DistantMarket d : belt.markets()) {
            if (vacancies.inMarket(d.id()) > 0 && d.hiring().applicants() == 0) goBegging(market(d.id()), a);
            d.hiring().close();
        }
    }

    private HiringTally tally(Belt belt, int d) {
        return d < towns ? belt.town(d).hiring() : belt.market(d - towns).hiring();
    }

    private void goBegging(int d, double a) {
        for (int k = d; k < belief.length; k += destinations) {
            belief[k] = (float) Math.min(1, Math.max(FLOOR, belief[k]) * (1 + a));
        }
    }
}
