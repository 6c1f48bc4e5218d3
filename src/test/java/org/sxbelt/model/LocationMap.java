package org.sxbelt.model;

import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Town;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Test-side reading of where a run's firms and jobs are: park firms and jobs by town, the town x
 * industry job matrix (park and workshops, real persons), the Herfindahl of jobs and of population
 * across towns and the Ellison-Glaeser gamma of each industry (its plant Herfindahl over real
 * plants: a super-firm standing for m firms is m plants, as in the model's own indicator).
 */
final class LocationMap {

    final List<Town> towns;
    final int[] parkFirms;
    final double[] parkJobs;
    final double[][] jobs;
    /** Park jobs only, town x industry (real persons): where firms chose to go, without the programme's workshops. */
    final double[][] parkJobsByIndustry;
    /** The counted live firms, whose real plants the Ellison-Glaeser H reads. */
    private final List<Firm> counted = new ArrayList<>();
    private final int scale;

    private LocationMap(BeltModel m, Predicate<Firm> counted) {
        towns = m.belt().towns();
        int n = towns.size();
        parkFirms = new int[n];
        parkJobs = new double[n];
        jobs = new double[n][Industry.count()];
        parkJobsByIndustry = new double[n][Industry.count()];
        scale = m.belt().scale();
        for (Firm f : m.belt().liveFirms()) {
            if (!counted.test(f)) continue;
            this.counted.add(f);
            int t = f.town().index();
            double w = (double) f.getWorkerCount() * scale;
            jobs[t][f.industry().ordinal()] += w;
            if (f.village() == null) {
                parkFirms[t] += f.represents(); // real firms, not agents (super-firms at coarse scales)
                parkJobs[t] += w;
                parkJobsByIndustry[t][f.industry().ordinal()] += w;
            }
        }
    }

    static LocationMap of(BeltModel m) { return new LocationMap(m, f -> true); }

    /** The map of the live firms that pass {@code counted} only (e.g. those opened since 2015). */
    static LocationMap of(BeltModel m, Predicate<Firm> counted) { return new LocationMap(m, counted); }

    double totalJobs(int town) {
        double s = 0;
        for (double v : jobs[town]) s += v;
        return s;
    }

    /** Sum of squared town shares of all firm jobs. */
    double jobsHerfindahl() {
        double[] x = new double[towns.size()];
        for (int t = 0; t < x.length; t++) x[t] = totalJobs(t);
        return herfindahl(x);
    }

    double populationHerfindahl() {
        double[] x = new double[towns.size()];
        for (int t = 0; t < x.length; t++) x[t] = towns.get(t).getPopulation();
        return herfindahl(x);
    }

    private static double herfindahl(double[] x) {
        double s = 0, h = 0;
        for (double v : x) s += v;
        for (double v : x) h += (v / s) * (v / s);
        return h;
    }

    /** The industry's Ellison-Glaeser gamma over the counted firms, H over their real plants (as {@code ellison_glaeser_<industry>}). */
    double gamma(Industry k) {
        return ClusterMeasures.ellisonGlaeser(jobs, k.ordinal(), ClusterMeasures.plantSizes(counted, k, scale));
    }

    /** Mean gamma over the industries where it is defined. */
    double meanGamma() {
        double s = 0;
        int n = 0;
        for (Industry k : Industry.values()) {
            double g = gamma(k);
            if (!Double.isNaN(g)) { s += g; n++; }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    /** Park firms per 100,000 residents over the towns that pass {@code which}. */
    double parkFirmsPer100k(Predicate<Town> which) {
        double firms = 0, pop = 0;
        for (Town t : towns) {
            if (!which.test(t)) continue;
            firms += parkFirms[t.index()];
            pop += t.getPopulation();
        }
        return pop == 0 ? Double.NaN : 1e5 * firms / pop;
    }

    /** Park jobs of industry {@code k} per 100,000 residents over the towns that pass {@code which}. */
    double parkJobsPer100k(Industry k, Predicate<Town> which) {
        double j = 0, pop = 0;
        for (Town t : towns) {
            if (!which.test(t)) continue;
            j += parkJobsByIndustry[t.index()][k.ordinal()];
            pop += t.getPopulation();
        }
        return pop == 0 ? Double.NaN : 1e5 * j / pop;
    }

    /** Location quotient of industry {@code k} in the parks of the towns that pass {@code which}: its share of their park jobs over its share of all park jobs. */
    double parkQuotient(Industry k, Predicate<Town> which) {
        double ek = 0, e = 0, ejk = 0, ej = 0;
        for (Town t : towns) {
            double all = parkJobs[t.index()];
            double jk = parkJobsByIndustry[t.index()][k.ordinal()];
            ek += jk;
            e += all;
            if (which.test(t)) { ejk += jk; ej += all; }
        }
        return ej == 0 || ek == 0 ? Double.NaN : (ejk / ej) / (ek / e);
    }
}
