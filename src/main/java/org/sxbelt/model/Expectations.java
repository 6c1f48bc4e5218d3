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
 *     distant market, the village workshops within reach). Until some member has applied there it holds
 *     the hearsay of the belt at large (each place's hires per applicant, smoothed); from then on it is
 *     revised only in months when some of the village's members applied there, toward what they saw:
 *     the destination's hires per applicant (for workshops, the village's own applicants' outcomes),
 *     with weight {@code labor.beliefWeight}. When a place had vacancies and nobody at all applied, word
 *     gets round that jobs go begging: the hearsay rises by the same proportion, and so do the beliefs
 *     of a town's own county's villages. In months when none of its members went to a place, a village's
 *     belief about it moves a little toward the hearsay ({@link #HEARSAY_PULL});</li>
 * <li>a seeker waiting in a town holds a belief of their own, starting from their village's and revised
 *     each month from the hiring they saw at that town's gates (see {@link JobChoice}).</li>
 * </ul>
 * Since villages hear at different times, and decisions arrive at a rate, beliefs differ across the
 * belt and nobody reacts to one shared number all at once.
 */
final class Expectations {

    /** What every village believes of every destination before anyone has seen it. */
    static final double INITIAL = 0.5;
    /**
     * Share of the way a village's belief about a place moves toward the hearsay in a month when none of
     * its members went there: what the belt says of a place reaches villages slowly, so that a belief
     * formed from one bad month can recover.
     */
    static final double HEARSAY_PULL = 0.05;
    /** Floor of a belief that rises when jobs go begging, so that it can recover from zero. */
    static final double FLOOR = 0.01;
    /** Distant markets (see {@link Belt#markets()}). */
    private static final int MARKETS = 3;

    private int towns;
    private int destinations;
    private float[] belief = new float[0];
    /**
     * What is said of each destination in the belt at large: its hires per applicant, smoothed as a
     * village's belief is. A village that has never sent anyone to a place believes this.
     */
    private double[] hearsay = new double[0];
    /** Workshop applicants and hires of the whole belt this month, for the workshops' hearsay. */
    private int beltWorkshopApplicants;
    private int beltWorkshopHires;
    /** (village, destination) pairs some member applied to this month, as village * destinations + d. */
    private final IntList heard = new IntList(1024);
    /** Whether a pair is in {@link #heard} (those revised from what members saw do not also drift). */
    private boolean[] isHeard = new boolean[0];
    /** Workshop applicants and hires this month by the applicant's village. */
    private int[] workshopApplicants = new int[0];
    private int[] workshopHires = new int[0];

    /** Sizes the tables for a freshly built belt: no village has heard from anywhere, hearsay at {@link #INITIAL}. */
    void prepare(Belt belt) {
        towns = belt.towns().size();
        destinations = towns + MARKETS + 1;
        int villages = belt.villages().size();
        belief = new float[villages * destinations];
        Arrays.fill(belief, Float.NaN);
        hearsay = new double[destinations];
        Arrays.fill(hearsay, INITIAL);
        isHeard = new boolean[belief.length];
        heard.clear();
        workshopApplicants = new int[villages];
        workshopHires = new int[villages];
    }

    int town(int t) { return t; }

    int market(int d) { return towns + d; }

    int workshops() { return towns + MARKETS; }

    /** The hire chance village {@code v}'s peers believe in for destination {@code d} (hearsay until they have seen it). */
    double believed(int v, int d) {
        float b = belief[v * destinations + d];
        return Float.isNaN(b) ? hearsay[d] : b;
    }

    /** A member of village {@code v} applied to destination {@code d} this month (sequential). */
    void applied(int v, int d) {
        int k = v * destinations + d;
        if (!isHeard[k]) {
            isHeard[k] = true;
            heard.add(k);
        }
        if (d == workshops()) {
            workshopApplicants[v]++;
            beltWorkshopApplicants++;
        }
    }

    /** A member of village {@code v} was hired in a village workshop this month. */
    void hiredInWorkshop(int v) {
        workshopHires[v]++;
        beltWorkshopHires++;
    }

    /**
     * After the month's matching: the villages that applied somewhere revise their belief about it, and
     * the hearsay about every place that had applicants moves toward its hires per applicant; of a place
     * that had vacancies and no applicants at all, word gets round that jobs go begging (the hearsay rises,
     * and so does the belief of the villages of a town's own county); the month's tallies close.
     */
    void revise(BeltModel m, Vacancies vacancies) {
        Belt belt = m.belt();
        double a = m.params().get(BELIEF_WEIGHT);
        for (int i = 0; i < heard.size(); i++) {
            int k = heard.get(i);
            int v = k / destinations, d = k % destinations;
            double seen = d == workshops() ? (double) workshopHires[v] / workshopApplicants[v] : tally(belt, d).realisedRate();
            double before = Float.isNaN(belief[k]) ? hearsay[d] : belief[k];
            belief[k] = (float) ((1 - a) * before + a * seen);
            if (d == workshops()) workshopApplicants[v] = workshopHires[v] = 0;
        }
        for (int k = 0; k < belief.length; k++) {
            float b = belief[k];
            if (!Float.isNaN(b) && !isHeard[k]) belief[k] = (float) (b + HEARSAY_PULL * (hearsay[k % destinations] - b));
        }
        for (int i = 0; i < heard.size(); i++) isHeard[heard.get(i)] = false;
        heard.clear();
        if (beltWorkshopApplicants > 0) {
            hearsay[workshops()] = (1 - a) * hearsay[workshops()] + a * beltWorkshopHires / (double) beltWorkshopApplicants;
        }
        beltWorkshopApplicants = beltWorkshopHires = 0;
        for (Town t : belt.towns()) {
            HiringTally h = t.hiring();
            int d = town(t.index());
            if (h.applicants() > 0) hearsay[d] = (1 - a) * hearsay[d] + a * h.realisedRate();
            else if (vacancies.inTown(t.index()) > 0) goBegging(belt, d, t.index(), a);
            h.close();
        }
        for (DistantMarket dm : belt.markets()) {
            HiringTally h = dm.hiring();
            int d = market(dm.id());
            if (h.applicants() > 0) hearsay[d] = (1 - a) * hearsay[d] + a * h.realisedRate();
            else if (vacancies.inMarket(dm.id()) > 0) goBegging(belt, d, -1, a);
            h.close();
        }
    }

    private HiringTally tally(Belt belt, int d) {
        return d < towns ? belt.town(d).hiring() : belt.market(d - towns).hiring();
    }

    /** Jobs go begging at destination d: the hearsay rises, and so do the beliefs of county {@code town}'s villages. */
    private void goBegging(Belt belt, int d, int town, double a) {
        hearsay[d] = rise(hearsay[d], a);
        if (town < 0) return;
        for (org.sxbelt.agents.Village v : belt.town(town).villages()) {
            int k = v.getIndex() * destinations + d;
            if (!Float.isNaN(belief[k])) belief[k] = (float) rise(belief[k], a);
        }
    }

    private static double rise(double b, double a) { return Math.min(1, Math.max(FLOOR, b) * (1 + a)); }
}
