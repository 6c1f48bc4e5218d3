package org.sxbelt.model;

import ec.util.MersenneTwisterFast;
import org.sxbelt.agents.DistantMarket;
import org.sxbelt.agents.Firm;
import org.sxbelt.agents.IntList;
import org.sxbelt.agents.Town;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.sxbelt.params.ParamSchema.STOPPAGE;

/**
 * The month's vacancies and layoffs: firms shed the workers their orders no longer need and post the
 * rest of their target workforce as vacancies; after the month's returns home, each distant market
 * posts the places its demand curve wants filled ({@link DistantDemand}). Also which nearby towns are hiring, and which of a town's firms
 * an applicant reaches.
 */
final class Vacancies implements java.io.Serializable {

    private static final int OTHER_TOWNS_CONSIDERED = 3;

    private int[] town = new int[0];
    private final List<List<Firm>> hiringFirmsByTown = new ArrayList<>();
    /** Running totals of vacancies over each town's hiring firms, for drawing a firm by vacancies. */
    private int[][] cumulative = new int[0][];
    private final int[] market = new int[3];
    /** For each town, the nearest other towns hiring this month (at most OTHER_TOWNS_CONSIDERED). */
    private int[][] hiringNearby = new int[0][];

    /** Layoffs where orders fell, then this month's vacancies of every firm and market. */
    void open(BeltModel m) {
        Belt belt = m.belt();
        int towns = belt.towns().size();
        if (town.length != towns) {
            town = new int[towns];
            hiringFirmsByTown.clear();
            for (int t = 0; t < towns; t++) hiringFirmsByTown.add(new ArrayList<>());
        }
        Arrays.fill(town, 0);
        for (List<Firm> l : hiringFirmsByTown) l.clear();
        boolean stoppage = m.params().is(STOPPAGE);
        for (Firm f : belt.liveFirms()) {
            f.resetHires();
            f.setTargetWorkforce(m.stochasticRound(f.getCapacity() * Math.min(1.0, f.getOrders())));
            IntList w = f.workers();
            int excess = w.size() - f.targetWorkforce();
            for (int k = 0; k < excess; k++) {
                int victim = w.get(m.random.nextInt(w.size()));
                m.laborMarket().layOff(m, victim, "laid off: orders fell");
            }
            int v = stoppage ? 0 : f.vacancies();
            if (v > 0 && f.village() == null) {
                town[f.town().index()] += v;
                hiringFirmsByTown.get(f.town().index()).add(f);
            }
        }
        if (cumulative.length != towns) cumulative = new int[towns][];
        for (int t = 0; t < towns; t++) {
            List<Firm> fs = hiringFirmsByTown.get(t);
            int[] cum = new int[fs.size()];
            int sum = 0;
            for (int k = 0; k < cum.length; k++) cum[k] = sum += fs.get(k).vacancies();
            cumulative[t] = cum;
        }
        if (hiringNearby.length != towns) hiringNearby = new int[towns][];
        for (int t = 0; t < towns; t++) hiringNearby[t] = nearestHiring(belt.townsByDistance(t));
    }

    /**
     * This month's places of every distant market ({@link DistantDemand}), posted once the month's
     * returns home are known, so that a place a migrant left is open again the same month.
     */
    void openMarkets(BeltModel m) {
        DistantDemand.open(m, m.params().is(STOPPAGE));
        for (DistantMarket d : m.belt().markets()) market[d.id()] = d.vacancies();
    }

    private int[] nearestHiring(int[] byDistance) {
        int[] found = new int[OTHER_TOWNS_CONSIDERED];
        int n = 0;
        for (int k = 0; k < byDistance.length && n < found.length; k++) {
            if (town[byDistance[k]] > 0) found[n++] = byDistance[k];
        }
        return Arrays.copyOf(found, n);
    }

    /** Park vacancies of a town this month. */
    int inTown(int t) { return town[t]; }

    /** Vacancies of a distant market this month. */
    int inMarket(int d) { return market[d]; }

    /** The nearest other towns hiring this month, nearest first. */
    int[] hiringNear(int t) { return hiringNearby[t]; }

    /** A hiring firm of the town, drawn with chance proportional to its vacancies. */
    Firm pickFirm(Town t, MersenneTwisterFast rng) {
        int[] cum = cumulative[t.index()];
        int r = rng.nextInt(cum[cum.length - 1]);
        int lo = 0, hi = cum.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cum[mid] > r) hi = mid; else lo = mid + 1;
        }
        return hiringFirmsByTown.get(t.index()).get(lo);
    }
}
