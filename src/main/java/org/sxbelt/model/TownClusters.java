package org.sxbelt.model;

import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Persons;
import org.sxbelt.agents.Town;
import org.sxbelt.params.ParamValues;

import java.util.Arrays;

import static org.sxbelt.params.ParamSchema.LEARNING_MONTHS;

/**
 * What each town's existing industry offers a newcomer, counted once a month from the firms' own
 * worker lists (never a pass over all persons): jobs by industry (park and village workshops of
 * the county), of which experienced workers (tenure of at least one learning time constant, or
 * trained), and park jobs; and, from the last observation, the residents of working age not in
 * wage work. Counts are of real persons (agents times the scale), so the forces that
 * read them do not change with the scale.
 */
public final class TownClusters implements java.io.Serializable {

    private final int industries = Industry.count();
    private double[] jobs = new double[0];
    private double[] experienced = new double[0];
    private double[] parkJobs = new double[0];
    private double[] reserve = new double[0];
    private double beltParkJobsPerResident;
    private final MarginMemo margins = new MarginMemo();
    /** Counts since the model began: the pulls below are valid for one count (and one set of parameter values). */
    private long generation;
    private long[] pullGeneration = new long[0];
    private long[] pullVersion = new long[0];
    private double[] poolingPull = new double[0];
    private double[] linkPull = new double[0];
    private double[] reservePull = new double[0];
    private double[] learningSpeed = new double[0];

    /** Recounts from the live firms; call at the start of the month's relocation phase. */
    public void refresh(BeltModel m) {
        generation++;
        Belt belt = m.belt();
        int towns = belt.towns().size();
        if (parkJobs.length != towns || reserve.length != towns) {
            jobs = new double[towns * industries];
            experienced = new double[towns * industries];
            parkJobs = new double[towns];
            reserve = new double[towns];
        } else {
            Arrays.fill(jobs, 0);
            Arrays.fill(experienced, 0);
            Arrays.fill(parkJobs, 0);
        }
        Persons ps = belt.persons();
        ParamValues p = m.params();
        double tenure = p.get(LEARNING_MONTHS);
        int scale = belt.scale();
        for (Firm f : belt.liveFirms()) {
            int cell = f.town().index() * industries + f.industry().ordinal();
            int w = f.getWorkerCount();
            jobs[cell] += w * (double) scale;
            if (f.village() == null) parkJobs[f.town().index()] += w * (double) scale;
            int seasoned = 0;
            for (int i = 0; i < w; i++) {
                int person = f.workers().get(i);
                if (ps.tenure(person) >= tenure || ps.has(person, Persons.TRAINED)) seasoned++;
            }
            experienced[cell] += seasoned * (double) scale;
        }
        double park = 0, residents = 0;
        for (Town t : belt.towns()) {
            park += parkJobs[t.index()];
            residents += t.getPopulation();
        }
        beltParkJobsPerResident = residents > 0 ? park / residents : 0;
        Observer o = m.observer();
        for (Town t : belt.towns()) {
            double working = o.measure(t.index(), Measure.WORKING_AGE);
            double employed = o.measure(t.index(), Measure.WAGE_WORK_FEMALE) + o.measure(t.index(), Measure.WAGE_WORK_MALE);
            // Before the first observation: the share of residents of working age in the 2020 census, about 0.6.
            reserve[t.index()] = Double.isNaN(working) ? 0.6 * t.getPopulation()
                    : Math.max(0, working - employed) * scale;
        }
    }

    /** Workers (real persons) of industry {@code k} in town {@code t}'s park and village workshops. */
    public double jobs(Town t, Industry k) { return at(jobs, t.index() * industries + k.ordinal()); }

    /** Of {@link #jobs}, those with a learning time constant of tenure or a training course behind them. */
    public double experienced(Town t, Industry k) { return at(experienced, t.index() * industries + k.ordinal()); }

    /** Park workers of all towns over all residents (county populations). */
    public double beltParkJobsPerResident() { return beltParkJobsPerResident; }

    /** Workers (real persons) in the town's park, all industries. */
    public double parkJobs(Town t) { return at(parkJobs, t.index()); }

    /** Residents of working age not in wage work (real persons): the labour a new firm can still recruit. */
    public double labourReserve(Town t) { return t.index() < reserve.length ? reserve[t.index()] : 0.6 * t.getPopulation(); }

    /** For tests: sets the belt's park jobs per resident. */
    void setBeltParkJobsPerResident(double x) {
        beltParkJobsPerResident = x;
        generation++;
    }

    /** How many counts (or counts set by hand) there have been: equal numbers mean equal counts. */
    long generation() { return generation; }

    /** Before the first count (a model not yet stepped) every town is empty. */
    private static double at(double[] a, int i) { return i < a.length ? a[i] : 0; }

    /** For tests: sets the counts of one cell directly (the labour reserve stays as before any observation). */
    void set(Town t, Industry k, double jobsThere, double experiencedThere, double parkJobsThere, int towns) {
        generation++;
        if (parkJobs.length != towns) {
            jobs = new double[towns * industries];
            experienced = new double[towns * industries];
            parkJobs = new double[towns];
        }
        jobs[t.index() * industries + k.ordinal()] = jobsThere;
        experienced[t.index() * industries + k.ordinal()] = experiencedThere;
        parkJobs[t.index()] = parkJobsThere;
    }

    /**
     * The location pulls of town {@code t} for industry {@code k} that read only these counts and the
     * town's fixed features, worked out once per count instead of once per candidate firm and town: a
     * hundred firms a month weigh thirty towns, and each pull costs a logarithm. Each is the very value
     * of the rule it names.
     */
    private int pulls(Industry k, Town t, ParamValues p) {
        int i = t.index() * industries + k.ordinal();
        if (i >= poolingPull.length) {
            int n = (t.index() + 1) * industries;
            pullGeneration = Arrays.copyOf(pullGeneration, n);
            Arrays.fill(pullGeneration, poolingPull.length, n, -1);
            pullVersion = Arrays.copyOf(pullVersion, n);
            poolingPull = Arrays.copyOf(poolingPull, n);
            linkPull = Arrays.copyOf(linkPull, n);
            reservePull = Arrays.copyOf(reservePull, n);
            learningSpeed = Arrays.copyOf(learningSpeed, n);
        }
        if (pullGeneration[i] != generation || pullVersion[i] != p.version()) {
            poolingPull[i] = AgglomerationForces.labourPooling(k, t, this, p);
            linkPull[i] = AgglomerationForces.inputOutput(k, t, this, p);
            reservePull[i] = Congestion.labourReserve(t, this, p);
            learningSpeed[i] = AgglomerationForces.learningSpeed(k, t, this, p);
            pullGeneration[i] = generation;
            pullVersion[i] = p.version();
        }
        return i;
    }

    /** {@link AgglomerationForces#labourPooling}, once per count. */
    double poolingPull(Industry k, Town t, ParamValues p) {
        int i = pulls(k, t, p); // before the array is read: pulls may replace it
        return poolingPull[i];
    }

    /** {@link AgglomerationForces#inputOutput}, once per count. */
    double linkPull(Industry k, Town t, ParamValues p) {
        int i = pulls(k, t, p); // before the array is read: pulls may replace it
        return linkPull[i];
    }

    /** {@link Congestion#labourReserve}, once per count. */
    double reservePull(Industry k, Town t, ParamValues p) {
        int i = pulls(k, t, p); // before the array is read: pulls may replace it
        return reservePull[i];
    }

    /** The local costs of {@link LocalCosts#of}, the learning speed once per count. */
    LocalCosts localCosts(Industry k, Town t, ParamValues p) {
        int i = pulls(k, t, p);
        return new LocalCosts(learningSpeed[i], Congestion.wagePremium(t, this, p), Congestion.rentFactor(t, p));
    }

    /** A relocating firm's expected margin in town {@code t} (remembered while month, parameters and local costs stay). */
    double expectedMargin(Industry k, Town t, ParamValues p, Conditions c, LocalCosts local) {
        return margins.expectedMargin(k, t, p, c, local);
    }
}
