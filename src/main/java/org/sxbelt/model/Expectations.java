package org.sxbelt.model;

import org.sxbelt.agents.DistantMarket;
import org.sxbelt.agents.HiringTally;
import org.sxbelt.agents.IntList;
import org.sxbelt.agents.Town;

import java.util.Arrays;

import static org.sxbelt.params.ParamSchema.BELIEF_WEIGHT;

/**
 * What seekers believe about their chance of being hired, held by the people who act on it and revised
 * from what they see (ODD §7.2.6):
 * <ul>
 * <li>the belt's hearsay of each place is its hires per applicant over the recent past, the ratio of its
 *     smoothed hires to its smoothed applicants, so that it estimates the chance an applicant had;</li>
 * <li>each village's peer network holds a belief about every destination (each town's park, each
 *     distant market, by calendar month where its demand has a season, and the village workshops within
 *     reach). Until some member has applied there it holds the hearsay; from then on it is revised in
 *     months when some of the village's members applied there, toward what they saw (at a town's gates
 *     the month's hires per applicant, of a distant market the record they heard there, at the workshops
 *     their own outcomes), with weight {@code labor.beliefWeight}, and in other months drifts a little
 *     toward the hearsay ({@link #HEARSAY_PULL}). When a place had vacancies and nobody at all applied,
 *     word gets round that jobs go begging: the hearsay rises, and so do the beliefs of a town's own
 *     county's villages;</li>
 * <li>a seeker waiting in a town holds a belief of their own, starting from their village's and revised
 *     each month from the hiring they saw at that town's gates (see {@link JobChoice}).</li>
 * </ul>
 * Since villages hear at different times, and decisions arrive at a rate, beliefs differ across the
 * belt and nobody reacts to one shared number all at once.
 */
final class Expectations implements java.io.Serializable {

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
     * What is said of each destination in the belt at large: its hires per applicant over the recent
     * past, the ratio of its smoothed hires to its smoothed applicants (each smoothed with weight
     * {@code labor.beliefWeight} on the latest month), so that a month when many applied counts for as
     * many applications as it had: the chance an applicant was hired, not the mean of monthly ratios,
     * which months with a handful of applicants for a few places would inflate. A village that has
     * never sent anyone to a place believes this.
     */
    private double[] hearsayHires = new double[0];
    private double[] hearsayApplicants = new double[0];
    /**
     * What is said of a place nobody has applied to yet: {@link #INITIAL}, raised while its jobs go
     * begging; the first month anyone applies enters the totals as if they had stood at the prior on
     * that month's applicants, so that it too moves the hearsay by the belief weight.
     */
    private double[] prior = new double[0];
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
        destinations = towns + 13 * MARKETS + 1;
        int villages = belt.villages().size();
        belief = new float[villages * destinations];
        Arrays.fill(belief, Float.NaN);
        hearsayHires = new double[destinations];
        hearsayApplicants = new double[destinations];
        prior = new double[destinations];
        Arrays.fill(prior, INITIAL);
        isHeard = new boolean[belief.length];
        heard.clear();
        workshopApplicants = new int[villages];
        workshopHires = new int[villages];
    }

    /**
     * Sets what the belt says of town {@code t}'s park before anyone has applied there this run: for a
     * park with a history before the run (the initial economy, {@link InitialEconomy}), not the
     * {@link #INITIAL} of a place nobody has seen.
     */
    void startTownHearsay(int t, double chance) {
        prior[town(t)] = chance;
    }

    int town(int t) { return t; }

    /**
     * The belief slot for distant market {@code dm} in calendar month {@code monthOfYear} (1-12). A
     * market whose demand has a season (the XPCC regiments' cotton picking) is judged month by month of
     * the year, as everyone knows when the picking is recruited and when it ends; the others are judged
     * the same all year round.
     */
    int market(DistantMarket dm, int monthOfYear) {
        return dm.hasCottonSeason() ? towns + MARKETS + 12 * dm.id() + monthOfYear - 1 : towns + dm.id();
    }

    int workshops() { return towns + 13 * MARKETS; }

    /** The hire chance village {@code v}'s peers believe in for destination {@code d} (hearsay until they have seen it). */
    double believed(int v, int d) {
        float b = belief[v * destinations + d];
        return Float.isNaN(b) ? hearsay(d) : b;
    }

    /** What the belt says of destination {@code d}: its {@link #prior} until anyone has applied there. */
    double hearsay(int d) {
        return hearsayApplicants[d] == 0 ? prior[d] : hearsayHires[d] / hearsayApplicants[d];
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
     * After the month's matching: the hearsay of every place that had applicants takes in the month; the
     * villages that applied somewhere revise their belief about it toward what their members saw (at a
     * town's gates, the month's hires per applicant; of a distant market, the record they heard there,
     * that is its hearsay: a few days in Urumqi or on a regiment teach more than one month's luck; at the
     * workshops, the village's own applicants' outcomes); the others drift toward the hearsay; of a
     * place that had vacancies and no applicants at all, word gets round that jobs go begging (the
     * hearsay rises, and so does the belief of the villages of a town's own county); the month's
     * tallies close.
     */
    void revise(BeltModel m, Vacancies vacancies) {
        Belt belt = m.belt();
        double a = m.params().get(BELIEF_WEIGHT);
        int monthOfYear = m.conditions().monthOfYear();
        if (beltWorkshopApplicants > 0) hear(workshops(), beltWorkshopApplicants, beltWorkshopHires, a);
        beltWorkshopApplicants = beltWorkshopHires = 0;
        for (Town t : belt.towns()) {
            HiringTally h = t.hiring();
            if (h.applicants() > 0) hear(town(t.index()), h.applicants(), h.hires(), a);
        }
        for (DistantMarket dm : belt.markets()) {
            HiringTally h = dm.hiring();
            if (h.applicants() > 0) hear(market(dm, monthOfYear), h.applicants(), h.hires(), a);
        }
        for (int i = 0; i < heard.size(); i++) {
            int k = heard.get(i);
            int v = k / destinations, d = k % destinations;
            double seen = d == workshops() ? (double) workshopHires[v] / workshopApplicants[v]
                    : d < towns ? belt.town(d).hiring().realisedRate() : hearsay(d);
            double before = Float.isNaN(belief[k]) ? hearsay(d) : belief[k];
            belief[k] = (float) ((1 - a) * before + a * seen);
            if (d == workshops()) workshopApplicants[v] = workshopHires[v] = 0;
        }
        for (int k = 0; k < belief.length; k++) {
            float b = belief[k];
            if (!Float.isNaN(b) && !isHeard[k]) belief[k] = (float) (b + HEARSAY_PULL * (hearsay(k % destinations) - b));
        }
        for (int i = 0; i < heard.size(); i++) isHeard[heard.get(i)] = false;
        heard.clear();
        for (Town t : belt.towns()) {
            HiringTally h = t.hiring();
            if (h.applicants() == 0 && vacancies.inTown(t.index()) > 0) goBegging(belt, town(t.index()), t.index(), a);
            h.close();
        }
        for (DistantMarket dm : belt.markets()) {
            HiringTally h = dm.hiring();
            if (h.applicants() == 0 && vacancies.inMarket(dm.id()) > 0) goBegging(belt, market(dm, monthOfYear), -1, a);
            h.close();
        }
    }

    /** The month's applicants and hires at {@code d} enter its smoothed totals (see {@link #prior}). */
    private void hear(int d, int applicants, int hires, double a) {
        if (hearsayApplicants[d] == 0) {
            hearsayApplicants[d] = applicants;
            hearsayHires[d] = prior[d] * applicants;
        }
        hearsayApplicants[d] = (1 - a) * hearsayApplicants[d] + a * applicants;
        hearsayHires[d] = (1 - a) * hearsayHires[d] + a * hires;
    }

    /** Jobs go begging at destination d: the hearsay rises, and so do the beliefs of county {@code town}'s villages. */
    private void goBegging(Belt belt, int d, int town, double a) {
        if (hearsayApplicants[d] > 0) hearsayHires[d] = hearsayApplicants[d] * rise(hearsay(d), a);
        else prior[d] = rise(prior[d], a);
        if (town < 0) return;
        for (org.sxbelt.agents.Village v : belt.town(town).villages()) {
            int k = v.getIndex() * destinations + d;
            if (!Float.isNaN(belief[k])) belief[k] = (float) rise(belief[k], a);
        }
    }

    private static double rise(double b, double a) { return Math.min(1, Math.max(FLOOR, b) * (1 + a)); }
}
