package org.sxbelt.model;

import org.sxbelt.agents.DistantMarket;
import org.sxbelt.agents.Firm;
import org.sxbelt.agents.HiringTally;
import org.sxbelt.agents.Households;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.IntList;
import org.sxbelt.agents.Persons;
import org.sxbelt.agents.PovertyStatus;
import org.sxbelt.agents.Status;
import org.sxbelt.agents.Town;
import org.sxbelt.agents.Village;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Observation, last in the month: tallies raw {@link Measure}s per county (residence) and per town
 * (workplace; a county and its town share an index), derives every {@link Indicator} at county or
 * town, prefecture and belt level, adds the cluster measures and the belt's public cost figures,
 * and hands each value to the sinks. Also refreshes what villagers know of their peers' jobs.
 */
public final class Observer implements Steppable {

    private static final long serialVersionUID = 1L;
    private static final int SURVIVAL_WINDOW = 12;

    /** Not part of a checkpoint: a continued run adds its own. */
    private transient List<IndicatorSink> sinks = new ArrayList<>();
    private double[][] sums = new double[0][];
    private double[][] pending = new double[0][];
    private final Map<String, Double> latestBelt = new LinkedHashMap<>();
    private double cumulativeJobMonths;
    private final PersonTally personTally = new PersonTally();
    private final HouseholdTally householdTally = new HouseholdTally();
    /** Per month slot (month mod 12) and county: returns to poverty, and EXITED households at the month's end. */
    private double[][] returnsRing = new double[12][0];
    private double[][] exitedRing = new double[12][0];
    private int monthsObserved;

    public void addSink(IndicatorSink s) {
        sinks.add(s);
        wanted = null;
    }

    /**
     * For each level below the belt, which of {@link Indicator#all} some sink wants ([level][indicator]);
     * null until asked of the current sinks. Belt values are always derived: the GUI's charts and
     * {@link #latest} read them.
     */
    private transient boolean[][] wanted;

    private boolean[][] wanted() {
        if (wanted == null) {
            List<Indicator> all = Indicator.all();
            wanted = new boolean[Level.values().length][all.size()];
            for (Level level : Level.values()) {
                for (int i = 0; i < all.size(); i++) wanted[level.ordinal()][i] = wantedBySome(level, all.get(i).name());
            }
        }
        return wanted;
    }

    private boolean wantedBySome(Level level, String indicator) {
        for (IndicatorSink s : sinks) if (s.wants(level, indicator)) return true;
        return false;
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        sinks = new ArrayList<>();
    }

    private double[][] pending(BeltModel m) {
        int n = m.belt().towns().size();
        if (pending.length != n) pending = new double[n][Measure.count()];
        return pending;
    }

    // ---- events reported during the month -------------------------------------------------------

    /** Pay of {@code persons} persons in status s, residents of a county, summing to {@code pay}. */
    void recordPay(int county, Status s, double pay, int persons) {
        double[] row = pending[county];
        row[Measure.pay(s).index] += pay;
        row[Measure.paid(s).index] += persons;
    }

    public void countTrainee(int county) { pending[county][Measure.TRAINEES.index]++; }

    /** One event of a programme (training refusals, failures, graduates, order-based hires) in a county. */
    public void count(int county, Measure event) { pending[county][event.index]++; }

    public void countOrganisedTransfer(int county) { pending[county][Measure.ORGANISED.index]++; }

    void countPovertyTransition(int county, PovertyStatus from, PovertyStatus to) {
        if (to == PovertyStatus.EXITED) pending[county][Measure.EXITS_HH.index]++;
        if (to == PovertyStatus.RETURNED) pending[county][Measure.RETURNS_HH.index]++;
        if (to == PovertyStatus.SECURED) pending[county][Measure.SECURED_ENTRIES_HH.index]++;
    }

    /** {@code firms} real firms entered, relocated, opened as satellites or exited in a town. */
    void countFirmEvent(int town, FirmEvent.Type type, int firms) {
        Measure m = switch (type) {
            case ENTRY -> Measure.ENTRIES;
            case RELOCATION -> Measure.RELOCATIONS;
            case SATELLITE -> Measure.SATELLITES;
            case EXIT -> Measure.EXITS;
        };
        pending[town][m.index] += firms;
    }

    /** Called once before the first month so that events of month 0 have somewhere to go. */
    void prepare(BeltModel m) {
        pending(m);
        monthsObserved = 0;   // a restarted model (GUI) begins a new return window
    }

    // ---- the monthly observation ----------------------------------------------------------------

    @Override
    public void step(SimState state) {
        BeltModel m = (BeltModel) state;
        Belt belt = m.belt();
        int n = belt.towns().size();
        if (sums.length != n) sums = new double[n][Measure.count()];
        for (int c = 0; c < n; c++) {
            System.arraycopy(pending[c], 0, sums[c], 0, Measure.count());
            Arrays.fill(pending[c], 0);
        }
        personTally.tally(m, sums);
        householdTally.tally(m, sums);
        returnWindow(m.month(), n);
        LocalDemand local = m.localDemand();
        for (int c = 0; c < n; c++) {
            sums[c][Measure.PRICE_INDEX_PERSONS.index] = local.priceIndex(c) * sums[c][Measure.PERSONS.index];
            sums[c][Measure.REAL_RURAL_INCOME.index] = sums[c][Measure.RURAL_INCOME.index] / local.costOfLiving(c);
            sums[c][Measure.SERVICE_JOBS.index] = m.services().jobs(c);
        }
        double[][] jobs = tallyFirms(m);
        for (int c = 0; c < n; c++) {
            for (Flow f : Flow.values()) sums[c][Measure.flow(f).index] = m.accounts().get(c, f);
        }
        cumulativeJobMonths += currentJobs(m);
        emit(m, jobs);
        m.accounts().closeMonth();
    }

    /**
     * Returns in the last twelve months (this one included) and the households out of poverty (EXITED or
     * SECURED) at the end of the month before them (the start of the window), per county; both 0 until
     * twelve months were seen.
     */
    private void returnWindow(int month, int n) {
        if (returnsRing[0].length != n) {
            returnsRing = new double[12][n];
            exitedRing = new double[12][n];
            monthsObserved = 0;
        }
        int slot = Math.floorMod(month, 12);
        boolean full = monthsObserved >= 12;
        for (int c = 0; c < n; c++) {
            double[] row = sums[c];
            returnsRing[slot][c] = row[Measure.RETURNS_HH.index];
            double returns = 0;
            for (double[] r : returnsRing) returns += r[c];
            row[Measure.RETURNS_12M.index] = full ? returns : 0;
            row[Measure.EXITED_HH_12M_AGO.index] = full ? exitedRing[slot][c] : 0;
            exitedRing[slot][c] = row[Measure.EXITED_HH.index] + row[Measure.SECURED_HH.index];
        }
        monthsObserved++;
    }

    /** Real firms, jobs and space by town; returns the town x industry job matrix (real persons). */
    private double[][] tallyFirms(BeltModel m) {
        Belt belt = m.belt();
        int scale = belt.scale();
        double[][] jobs = new double[belt.towns().size()][Industry.count()];
        for (Firm f : belt.liveFirms()) {
            double[] row = sums[f.town().index()];
            boolean park = f.village() == null;
            row[(park ? Measure.PARK_FIRMS : Measure.WORKSHOPS).index] += f.represents();
            row[(park ? Measure.PARK_JOBS : Measure.WORKSHOP_JOBS).index] += f.getWorkerCount();
            if (!park) {
                row[Measure.WORKSHOP_PLACES.index] += f.getCapacity();
                row[Measure.WORKSHOP_OUTSIDERS.index] += workersFromOtherVillages(belt, f);
            }
            row[Measure.firms(f.industry()).index] += f.represents();
            row[Measure.jobs(f.industry()).index] += f.getWorkerCount();
            jobs[f.town().index()][f.industry().ordinal()] += (double) f.getWorkerCount() * scale;
        }
        for (Town t : belt.towns()) {
            double[] row = sums[t.index()];
            row[Measure.PARK_SPACE.index] = t.getParkSpace();
            row[Measure.USED_SPACE.index] = t.getUsedSpace();
            row[Measure.UNMET_SPACE.index] = t.getUnmetSpace();
            HiringTally h = t.hiring();
            row[Measure.PARK_APPLICANTS.index] = h.lastApplicants();
            row[Measure.PARK_HIRES.index] = h.lastHires();
            row[Measure.PARK_BELIEVED.index] = h.lastApplicants() == 0 ? 0 : h.lastBelievedRate() * h.lastApplicants();
            int waiting = m.employment().seekersWaitingIn(t.index());
            row[Measure.TOWN_SEEKERS.index] = waiting;
            row[Measure.TOWN_LABOUR_FORCE.index] = row[Measure.PARK_JOBS.index] + waiting;
        }
        return jobs;
    }

    /** Workers of a village-sited firm whose household lives in another village: the workshop's reach. */
    private static int workersFromOtherVillages(Belt belt, Firm f) {
        Persons ps = belt.persons();
        int home = f.village().getIndex();
        int n = 0;
        IntList w = f.workers();
        for (int i = 0; i < w.size(); i++) if (ps.village(w.get(i)) != home) n++;
        return n;
    }

    private void emit(BeltModel m, double[][] jobs) {
        Belt belt = m.belt();
        int month = m.month();
        int scale = belt.scale();
        List<String> prefectures = belt.prefectures();
        double[][] byPrefecture = new double[prefectures.size()][Measure.count()];
        double[] all = new double[Measure.count()];
        for (Town t : belt.towns()) {
            double[] row = sums[t.index()];
            add(byPrefecture[t.prefectureIndex()], row);
            add(all, row);
        }
        latestBelt.clear();
        boolean[][] want = wanted();
        List<Indicator> indicators = Indicator.all();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator ind = indicators.get(i);
            Level local = ind.workplace() ? Level.TOWN : Level.COUNTY;
            if (want[local.ordinal()][i]) {
                for (Town t : belt.towns()) send(month, local, t.id(), ind.name(), ind.value(sums[t.index()], scale));
            }
            if (want[Level.PREFECTURE.ordinal()][i]) {
                for (int p = 0; p < prefectures.size(); p++) {
                    send(month, Level.PREFECTURE, prefectures.get(p), ind.name(), ind.value(byPrefecture[p], scale));
                }
            }
            double v = ind.value(all, scale);
            send(month, Level.BELT, "belt", ind.name(), v);
            latestBelt.put(ind.name(), v);
        }
        beltValue(month, "relative_poverty_line", householdTally.relativeLine());
        emitClusters(m, jobs);
        emitPublicCost(m);
        emitMarkets(m);
        emitRelocated(m);
    }

    /**
     * Real persons now living in villages resettled to a relocation site (policy.Resettlement), and
     * their income over the last twelve months per person (NaN before the first move).
     */
    private void emitRelocated(BeltModel m) {
        Belt belt = m.belt();
        Households hh = belt.households();
        long persons = 0;
        double income = 0;
        for (Village v : belt.villages()) {
            if (!v.isResettled()) continue;
            for (int h = v.firstHousehold(); h < v.firstHousehold() + v.householdCount(); h++) {
                persons += hh.members(h);
                income += hh.annualIncome(h);
            }
        }
        beltValue(m.month(), "relocated_persons", (double) persons * belt.scale());
        beltValue(m.month(), "relocated_income_per_capita", persons == 0 ? Double.NaN : income / persons);
    }

    /** Each distant market's wage, demand and belt migrants there (belt level only). */
    private void emitMarkets(BeltModel m) {
        int month = m.month();
        int scale = m.belt().scale();
        double wIdx = m.conditions().wageIndex();
        for (DistantMarket d : m.belt().markets()) {
            int open = m.employment().migrantsIn(d.id(), false), escorted = m.employment().migrantsIn(d.id(), true);
            beltValue(month, "market_wage_" + d.key(), d.wage(m.params(), wIdx));
            beltValue(month, "market_demand_" + d.key(), DistantDemand.demand(m.params(), d, m.conditions().cottonSeason()));
            beltValue(month, "migrants_" + d.key(), (double) (open + escorted) * scale);
            beltValue(month, "migrants_escorted_" + d.key(), (double) escorted * scale);
        }
    }

    private void emitClusters(BeltModel m, double[][] jobs) {
        Belt belt = m.belt();
        int month = m.month();
        double gammaSum = 0;
        int gammas = 0;
        double[][] lq = ClusterMeasures.locationQuotients(jobs);
        for (Industry k : Industry.values()) {
            String id = k.id();
            String name = "location_quotient_" + id;
            if (wantedBySome(Level.TOWN, name)) {
                for (Town t : belt.towns()) send(month, Level.TOWN, t.id(), name, lq[t.index()][k.ordinal()]);
            }
            double[] sizes = ClusterMeasures.plantSizes(belt.liveFirms(), k, belt.scale());
            beltValue(month, "herfindahl_" + id, ClusterMeasures.herfindahl(jobs, k.ordinal()));
            double gamma = ClusterMeasures.ellisonGlaeser(jobs, k.ordinal(), sizes);
            beltValue(month, "ellison_glaeser_" + id, gamma);
            if (!Double.isNaN(gamma)) { gammaSum += gamma; gammas++; }
        }
        beltValue(month, "herfindahl_jobs_towns", ClusterMeasures.townHerfindahl(jobs));
        beltValue(month, "ellison_glaeser_mean", gammas == 0 ? Double.NaN : gammaSum / gammas);
    }

    private void emitPublicCost(BeltModel m) {
        Accounts acc = m.accounts();
        double spent = 0;
        double spentCumulative = 0;
        double jobSpending = 0;
        for (Flow f : Flow.values()) {
            if (!f.isPublicSpending()) continue;
            double cumulative = acc.totalCumulative(f) + acc.total(f);
            spent += acc.total(f);
            spentCumulative += cumulative;
            if (f.isJobCreation()) jobSpending += cumulative;
        }
        int month = m.month();
        beltValue(month, "public_spending", spent);
        beltValue(month, "public_spending_cumulative", spentCumulative);
        double jobYears = cumulativeJobMonths / 12;
        // Only programmes meant to create local jobs count; posts, floor and dividends are transfers.
        beltValue(month, "cost_per_local_job_year", jobYears == 0 ? Double.NaN : jobSpending / jobYears);
        beltValue(month, "survival_after_support_12m", survivalAfterSupport(m));
    }

    /** Real persons in local wage work this month (workshop, park, other belt town). */
    private double currentJobs(BeltModel m) {
        double jobs = 0;
        for (double[] row : sums) {
            jobs += row[Measure.status(Status.WORKSHOP).index] + row[Measure.status(Status.PARK).index]
                    + row[Measure.status(Status.OTHER_TOWN).index];
        }
        return jobs * m.belt().scale();
    }

    /**
     * Of the real firms whose support ended at least twelve months ago while they were open, the share
     * still open twelve months after it ended.
     */
    private static double survivalAfterSupport(BeltModel m) {
        int end = SubsidySchedule.endAge(m.params());
        int month = m.month();
        int cohort = 0, survived = 0;
        for (Firm f : m.belt().firms()) {
            int endMonth = f.getOpenedMonth() + end;
            if (endMonth + SURVIVAL_WINDOW > month) continue;
            boolean openAtEnd = f.isAlive() || f.getClosedMonth() >= endMonth;
            if (!openAtEnd) continue;
            cohort += f.founders();
            if (f.isAlive() || f.getClosedMonth() >= endMonth + SURVIVAL_WINDOW) survived += f.founders();
        }
        return cohort == 0 ? Double.NaN : (double) survived / cohort;
    }

    private void beltValue(int month, String name, double v) {
        send(month, Level.BELT, "belt", name, v);
        latestBelt.put(name, v);
    }

    private void send(int month, Level level, String unit, String indicator, double value) {
        for (IndicatorSink s : sinks) s.record(month, level, unit, indicator, value);
    }

    private static void add(double[] into, double[] row) {
        for (int i = 0; i < row.length; i++) into[i] += row[i];
    }

    /** Belt-level value of an indicator at the last observation (NaN before the first). */
    public double latest(String indicator) {
        Double v = latestBelt.get(indicator);
        return v == null ? Double.NaN : v;
    }

    /** Raw measures of a county (residence) or town (workplace) at the last observation. */
    public double measure(int county, Measure measure) {
        return sums.length == 0 ? Double.NaN : sums[county][measure.index];
    }

    public Map<String, Double> latestBelt() { return java.util.Collections.unmodifiableMap(latestBelt); }
}
