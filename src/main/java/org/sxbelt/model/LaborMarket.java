package org.sxbelt.model;

import ec.util.MersenneTwisterFast;
import org.sxbelt.agents.DistantMarket;
import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Households;
import org.sxbelt.agents.IntList;
import org.sxbelt.agents.Persons;
import org.sxbelt.agents.Status;
import org.sxbelt.agents.Town;
import org.sxbelt.agents.Village;
import org.sxbelt.params.ParamValues;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.List;

import static org.sxbelt.params.ParamSchema.*;

/**
 * The monthly labour market: separations, search, choice and matching with frictions.
 * <ol>
 * <li>Layoffs where orders fell; quits (family shocks, the casual-work habit after the first wage);
 *     distant migrants returning home.</li>
 * <li>Farmers, idle and urban workers search with a chance that rises with the share of village
 *     peers already in wage work; employed workers search on the job.</li>
 * <li>Each seeker lists the options open to them (village workshop, own-town park, another belt
 *     town, three distant markets), limited by care duties, Mandarin and age, keeps those paying
 *     above the reservation wage, and applies to one by the active {@link ChoiceRule}.</li>
 * <li>Each firm and market hires among its applicants at random up to its vacancies (urn-ball
 *     matching: applicants do not see each other). Rejected seekers lower their reservation wage
 *     (Dawid et al. 2014).</li>
 * </ol>
 */
public final class LaborMarket implements Steppable {

    private static final long serialVersionUID = 1L;
    /** Weight of this month's hire rate in the expectation seekers hold (adaptive expectations). */
    static final double EXPECTATION_SMOOTHING = 0.3;
    private static final int DISTANT_MIN_AGE = 18;
    private static final int DISTANT_MAX_AGE = 50;
    private static final double DAYS_PER_MONTH = 22;
    private static final double NEIGHBOUR_KM = 3;
    private static final int OTHER_TOWNS_CONSIDERED = 3;

    /** Random streams of the two per-person passes (see {@link PersonBlocks#reseed}). */
    private static final int SEARCH_PASS = 1;
    private static final int APPLY_PASS = 2;
    /** What a seeker's application goes to: a firm id (0 and up), a distant market, or nothing. */
    private static final int NO_APPLICATION = -1;

    /** Per-block work of the two passes over persons, kept between months to avoid garbage. */
    private Block[] blocks = new Block[0];
    private int seekerCount;
    private final List<IntList> applicants = new ArrayList<>();
    private final IntList[] marketApplicants = {new IntList(), new IntList(), new IntList()};
    private int[] townVacancies = new int[0];
    private final List<List<Firm>> hiringFirmsByTown = new ArrayList<>();
    /** Running totals of vacancies over each town's hiring firms, for drawing a firm by vacancies. */
    private int[][] cumulativeVacancies = new int[0][];
    private final int[] marketVacancies = new int[3];
    /** Farmers per household at the start of the market (the fallback of farming seekers). */
    private int[] farmers = new int[0];
    /** For each town, the nearest other towns hiring this month (at most OTHER_TOWNS_CONSIDERED). */
    private int[][] hiringNearby = new int[0][];

    /** One block's share of the month: its random stream, its seekers, leavers and applications. */
    private static final class Block {
        final MersenneTwisterFast rng = new MersenneTwisterFast(0);
        final IntList seekers = new IntList(256);
        final IntList leavers = new IntList(64);
        /** Households of this block's farmers that another block owns (counted afterwards). */
        final IntList farmersElsewhere = new IntList(16);
        /** Per seeker, in seekers' order: a firm id, {@link #marketCode} of a market, or NO_APPLICATION. */
        final IntList applications = new IntList(256);
        final JobOption[] options = new JobOption[16];

        Block() {
            for (int i = 0; i < options.length; i++) options[i] = new JobOption();
        }
    }

    private static int marketCode(int market) { return -2 - market; }

    @Override
    public void step(SimState state) {
        BeltModel m = (BeltModel) state;
        Belt belt = m.belt();
        ParamValues p = m.params();
        openVacancies(m);
        int n = PersonBlocks.count(belt.persons().size());
        if (blocks.length < n) {
            blocks = java.util.Arrays.copyOf(blocks, n);
            for (int b = 0; b < n; b++) if (blocks[b] == null) blocks[b] = new Block();
        }
        collectSeekers(m, n);
        // Seekers apply in index order, block by block: the order does not matter to the outcome because
        // every applicant queue is shuffled before anyone is hired, and applying changes nothing another
        // seeker looks at, so the choices are made in parallel and queued afterwards in block order.
        ChoiceRule rule = p.getInt(DECISION_RULE) == 0 ? ChoiceRule.logit(p.get(LOGIT_SCALE))
                : ChoiceRule.expectedIncome();
        m.personBlocks().forEach(n, b -> choose(m, b, rule));
        seekerCount = 0;
        for (int b = 0; b < n; b++) {
            queue(m, blocks[b]);
            seekerCount += blocks[b].seekers.size();
        }
        hire(m);
        for (Town t : belt.towns()) t.closeMarket(EXPECTATION_SMOOTHING, townVacancies[t.index()] > 0);
        for (DistantMarket d : belt.markets()) d.closeMarket(EXPECTATION_SMOOTHING, marketVacancies[d.id()] > 0);
    }

    /** Vacancies this month: firms shed workers their orders no longer need, then post the rest. */
    private void openVacancies(BeltModel m) {
        Belt belt = m.belt();
        int towns = belt.towns().size();
        if (townVacancies.length != towns) {
            townVacancies = new int[towns];
            hiringFirmsByTown.clear();
            for (int t = 0; t < towns; t++) hiringFirmsByTown.add(new ArrayList<>());
        }
        java.util.Arrays.fill(townVacancies, 0);
        for (List<Firm> l : hiringFirmsByTown) l.clear();
        boolean stoppage = m.params().is(STOPPAGE);
        for (Firm f : belt.liveFirms()) {
            f.resetHires();
            f.setTargetWorkforce(m.stochasticRound(f.getCapacity() * Math.min(1.0, f.getOrders())));
            IntList w = f.workers();
            int excess = w.size() - f.targetWorkforce();
            for (int k = 0; k < excess; k++) {
                int victim = w.get(m.random.nextInt(w.size()));
                m.employment().leave(victim);
            }
            int v = stoppage ? 0 : f.vacancies();
            if (v > 0 && f.village() == null) {
                townVacancies[f.town().index()] += v;
                hiringFirmsByTown.get(f.town().index()).add(f);
            }
        }
        if (cumulativeVacancies.length != towns) cumulativeVacancies = new int[towns][];
        for (int t = 0; t < towns; t++) {
            List<Firm> fs = hiringFirmsByTown.get(t);
            int[] cum = new int[fs.size()];
            int sum = 0;
            for (int k = 0; k < cum.length; k++) cum[k] = sum += fs.get(k).vacancies();
            cumulativeVacancies[t] = cum;
        }
        if (hiringNearby.length != towns) hiringNearby = new int[towns][];
        for (int t = 0; t < towns; t++) hiringNearby[t] = nearestHiring(belt.townsByDistance(t));
        Conditions c = m.conditions();
        for (DistantMarket d : belt.markets()) {
            double real = m.params().get(d.vacancyParam()) * (d.hasCottonSeason() && c.cottonSeason() ? 3 : 1);
            marketVacancies[d.id()] = stoppage ? 0 : m.stochasticRound(real / belt.scale());
            marketApplicants[d.id()].clear();
        }
        while (applicants.size() < belt.firms().size()) applicants.add(null);
    }

    private int[] nearestHiring(int[] byDistance) {
        int[] found = new int[OTHER_TOWNS_CONSIDERED];
        int n = 0;
        for (int k = 0; k < byDistance.length && n < found.length; k++) {
            if (townVacancies[byDistance[k]] > 0) found[n++] = byDistance[k];
        }
        return java.util.Arrays.copyOf(found, n);
    }

    /**
     * Separations and the decision to search, in one pass over the population. The blocks decide in
     * parallel, each from its own random stream; the separations take effect afterwards, in block order
     * (a decision reads only the person's own state, which no one else's separation changes).
     */
    private void collectSeekers(BeltModel m, int n) {
        Households hh = m.belt().households();
        if (farmers.length < hh.size()) farmers = new int[hh.size()];
        else java.util.Arrays.fill(farmers, 0, hh.size(), 0);
        m.personBlocks().forEach(n, b -> decide(m, b));
        for (int b = 0; b < n; b++) {
            Block blk = blocks[b];
            for (int k = 0; k < blk.farmersElsewhere.size(); k++) farmers[blk.farmersElsewhere.get(k)]++;
            for (int k = 0; k < blk.leavers.size(); k++) m.employment().leave(blk.leavers.get(k));
        }
    }

    /** One block's separations and search decisions (recorded, not yet acted on). */
    private void decide(BeltModel m, int b) {
        Belt belt = m.belt();
        Persons ps = belt.persons();
        ParamValues p = m.params();
        Households hh = belt.households();
        Block blk = blocks[b];
        PersonBlocks pb = m.personBlocks();
        MersenneTwisterFast rng = pb.reseed(blk.rng, m.month(), SEARCH_PASS, b);
        blk.seekers.clear();
        blk.leavers.clear();
        blk.farmersElsewhere.clear();
        double quit = p.get(QUIT_RATE);
        double onJob = p.get(ON_JOB_SEARCH_RATE);
        double search = p.get(SEARCH_RATE);
        double peer = p.get(PEER_EFFECT);
        double back = p.get(DISTANT_RETURN_RATE);
        double escortCut = p.get(ESCORT_COST_CUT);
        double mobilisation = p.get(MOBILISATION);
        double quitOrSearch = quit + (1 - quit) * onJob;
        int ownedFrom = pb.ownedFrom(b), ownedTo = pb.ownedTo(b);
        int end = PersonBlocks.end(b, ps.size());
        for (int i = PersonBlocks.start(b); i < end; i++) {
            if (!ps.isAlive(i)) continue;
            if (ps.has(i, Persons.SEARCHED_AWAY)) ps.set(i, Persons.SEARCHED_AWAY, false); // few: write only those
            int code = ps.statusCode(i);
            if (code == Status.DEPENDENT.ordinal()) continue;
            if (code == Status.FARMING.ordinal()) {
                // Only the household's owner block writes its count; others leave a note.
                int h = ps.household(i);
                if (h >= ownedFrom && h < ownedTo) farmers[h]++;
                else blk.farmersElsewhere.add(h);
            }
            Status s = Status.of(code);
            if (s.isLocalWageWork()) {
                if (ps.has(i, Persons.CASUAL) && ps.tenure(i) == 1) {
                    blk.leavers.add(i);
                    continue;
                }
                // One draw decides both: quit with chance quit, else search on the job with chance onJob.
                double u = uniform(rng);
                if (u < quit) blk.leavers.add(i);
                else if (u < quitOrSearch) blk.seekers.add(i);
            } else if (s.isDistant()) {
                double r = ps.has(i, Persons.ESCORTED) ? back * (1 - escortCut) : back;
                if (uniform(rng) < r) blk.leavers.add(i);
            } else {
                double rate = search * (1 + peer * belt.wageShare(hh.village(ps.household(i))));
                if (s == Status.SERVICES) rate *= 0.3;
                else if (hh.isTargeted(ps.household(i))) rate *= mobilisation;
                if (uniform(rng) < rate) blk.seekers.add(i);
            }
        }
    }

    /**
     * A uniform draw in [0, 1) on a grid of 2^-31, from one 32-bit step of the generator instead of the
     * two of {@code nextDouble()}: this pass draws for every adult every month, and chances this coarse
     * differ from exact ones by less than 5e-10.
     */
    private static double uniform(MersenneTwisterFast rng) {
        return (rng.nextInt() >>> 1) * 0x1p-31;
    }

    /** Each of one block's seekers picks an option (or none), recorded in the block's applications. */
    private void choose(BeltModel m, int b, ChoiceRule rule) {
        Persons ps = m.belt().persons();
        Block blk = blocks[b];
        MersenneTwisterFast rng = m.personBlocks().reseed(blk.rng, m.month(), APPLY_PASS, b);
        blk.applications.clear();
        for (int k = 0; k < blk.seekers.size(); k++) {
            int person = blk.seekers.get(k);
            double fallback = currentIncome(m, person, ps.status(person));
            int n = listOptions(m, person, fallback, blk.options);
            int choice = n == 0 ? -1 : rule.choose(blk.options, n, fallback, rng);
            if (choice < 0) {
                blk.applications.add(NO_APPLICATION);
                continue;
            }
            JobOption o = blk.options[choice];
            ps.set(person, Persons.SEARCHED_AWAY, o.away);
            // Town jobs: the firm is drawn only now, with chance proportional to its vacancies.
            blk.applications.add(o.market != null ? marketCode(o.market.id())
                    : (o.firm != null ? o.firm : pickFirm(o.town, rng)).id());
        }
    }

    /** Puts one block's applications into the firms' and markets' queues, in seeker order. */
    private void queue(BeltModel m, Block blk) {
        Belt belt = m.belt();
        for (int k = 0; k < blk.seekers.size(); k++) {
            int target = blk.applications.get(k);
            if (target == NO_APPLICATION) continue;
            int person = blk.seekers.get(k);
            if (target < NO_APPLICATION) {
                DistantMarket d = belt.market(-2 - target);
                d.countApplicant();
                marketApplicants[d.id()].add(person);
            } else {
                Firm f = belt.firm(target);
                f.town().countApplicant();
                IntList q = applicants.get(f.id());
                if (q == null) applicants.set(f.id(), q = new IntList(4));
                q.add(person);
            }
        }
    }

    /** Monthly income the person keeps by not moving (the fallback of every choice). */
    double currentIncome(BeltModel m, int person, Status now) {
        Belt belt = m.belt();
        Persons ps = belt.persons();
        ParamValues p = m.params();
        Conditions c = m.conditions();
        return switch (now) {
            case FARMING -> {
                int h = ps.household(person);
                int f = h < farmers.length ? farmers[h] : farmersIn(belt, h);
                yield FarmIncome.marginal(belt.households(), h, f, p, c) + p.get(SIDE_INCOME) * c.wageIndex();
            }
            case SERVICES -> p.get(SERVICES_WAGE) * c.wageIndex();
            case IDLE, DEPENDENT -> 0;
            default -> ps.reservationWage(person);
        };
    }

    static int farmersIn(Belt belt, int h) {
        Persons ps = belt.persons();
        int f = 0;
        for (int q = belt.households().firstMember(h); q != Persons.NONE; q = ps.nextMember(q)) {
            if (ps.statusCode(q) == Status.FARMING.ordinal() && !ps.has(q, Persons.SEARCHED_AWAY)) f++;
        }
        return f;
    }

    /** Fills options[] with what is open to this person and pays above their reservation wage. */
    private int listOptions(BeltModel m, int person, double fallback, JobOption[] options) {
        Belt belt = m.belt();
        Persons ps = belt.persons();
        ParamValues p = m.params();
        Conditions c = m.conditions();
        Village home = m.employment().homeVillage(person);
        Town town = home.town();
        boolean care = ps.has(person, Persons.CARE);
        double careKm = p.get(CARE_RADIUS_KM);
        double reservation = Math.max(ps.reservationWage(person), 1);
        double newPay = m.production().newHirePay(m, person);
        int n = 0;

        // Village workshops: own village first, then the neighbours it shares workshops with.
        Firm bestWorkshop = null;
        double bestKm = 0;
        for (Firm f : home.workshops()) {
            if (f.vacancies() > 0 && (bestWorkshop == null || f.getMeanWage() > bestWorkshop.getMeanWage())) {
                bestWorkshop = f;
            }
        }
        if (!care || careKm >= NEIGHBOUR_KM) {
            for (Village u : home.neighbours()) {
                for (Firm f : u.workshops()) {
                    if (f.vacancies() > 0 && (bestWorkshop == null || f.getMeanWage() > bestWorkshop.getMeanWage())) {
                        bestWorkshop = f;
                        bestKm = NEIGHBOUR_KM;
                    }
                }
            }
        }
        if (bestWorkshop != null) {
            double cost = commuteCost(p, bestKm, 1.0);
            n = offer(options, n, Status.WORKSHOP, bestWorkshop, town, null, expectedPay(bestWorkshop.getMeanWage(), newPay),
                    cost, town.getHireRate(), 0, false, reservation);
        }

        // The own county town's park.
        double km = home.getKmToTown();
        if (townVacancies[town.index()] > 0 && (!care || km <= careKm)) {
            boolean daily = commutesDaily(p, c, home);
            double cost = daily ? commuteCost(p, km, home.getRoadQuality()) : p.get(DORMITORY_COST) * c.wageIndex();
            n = offer(options, n, Status.PARK, null, town, null, expectedPay(town.getMeanWage(), newPay), cost,
                    town.getHireRate(), daily ? 0 : p.get(HOME_ATTACHMENT), !daily, reservation);
        }

        if (care) return n;

        // Another belt town: the best of the nearest towns that are hiring (a dormitory job).
        Town other = null;
        double otherNet = -1;
        for (int k : hiringNearby[town.index()]) {
            Town t = belt.town(k);
            double net = expectedPay(t.getMeanWage(), newPay) - travelCost(p, c, belt.km(town.index(), t.index()));
            if (net > otherNet) {
                otherNet = net;
                other = t;
            }
        }
        if (other != null) {
            double cost = travelCost(p, c, belt.km(town.index(), other.index()));
            n = offer(options, n, Status.OTHER_TOWN, null, other, null,
                    expectedPay(other.getMeanWage(), newPay), cost, other.getHireRate(), p.get(HOME_ATTACHMENT), true,
                    reservation);
        }

        // Distant markets.
        int age = ps.age(person);
        if (age >= DISTANT_MIN_AGE && age <= DISTANT_MAX_AGE) {
            for (DistantMarket d : belt.markets()) {
                if (marketVacancies[d.id()] <= 0 || ps.mandarin(person) < p.get(d.mandarinParam())) continue;
                double attach = p.get(HOME_ATTACHMENT) + (d.isInland() ? p.get(INLAND_ATTACHMENT) : 0);
                n = offer(options, n, d.status(), null, null, d, p.get(d.wageParam()) * c.wageIndex(),
                        p.get(d.livingCostParam()) * c.wageIndex(), d.getHireRate(), attach, true, reservation);
            }
        }
        return n;
    }

    private static int offer(JobOption[] options, int n, Status s, Firm f, Town t, DistantMarket d, double gross,
                             double cost, double chance, double attachment, boolean away, double reservation) {
        if (gross - cost <= reservation) return n;
        options[n].set(s, f, t, d, gross, cost, chance, attachment, away);
        return n + 1;
    }

    /** Seekers expect what current workers earn, tempered by knowing that new hires start slow. */
    private static double expectedPay(double incumbentsMean, double newHirePay) {
        return incumbentsMean > 0 ? 0.5 * incumbentsMean + 0.5 * newHirePay : newHirePay;
    }

    /**
     * A park worker from this village commutes daily when the town is within daily reach and the
     * commute costs no more than a dormitory place; otherwise they live in a dormitory.
     */
    public static boolean commutesDaily(ParamValues p, Conditions c, Village home) {
        return home.getKmToTown() <= p.get(MAX_COMMUTE_KM)
                && commuteCost(p, home.getKmToTown(), home.getRoadQuality()) <= p.get(DORMITORY_COST) * c.wageIndex();
    }

    /** Monthly cost of a daily commute of km each way on a road of the given quality. */
    static double commuteCost(ParamValues p, double km, double roadQuality) {
        return 2 * DAYS_PER_MONTH * km * p.get(COMMUTE_COST_PER_KM) / roadQuality;
    }

    /** Dormitory in another town plus a trip home a month. */
    private static double travelCost(ParamValues p, Conditions c, double km) {
        return p.get(DORMITORY_COST) * c.wageIndex() + 2 * km * p.get(COMMUTE_COST_PER_KM);
    }

    /** An applicant picks a hiring firm of the town with chance proportional to its vacancies. */
    private Firm pickFirm(Town t, MersenneTwisterFast rng) {
        int[] cum = cumulativeVacancies[t.index()];
        int r = rng.nextInt(cum[cum.length - 1]);
        int lo = 0, hi = cum.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cum[mid] > r) hi = mid; else lo = mid + 1;
        }
        return hiringFirmsByTown.get(t.index()).get(lo);
    }

    private void hire(BeltModel m) {
        Belt belt = m.belt();
        MersenneTwisterFast rng = m.random;
        ParamValues p = m.params();
        double casual = p.get(CASUAL_HABIT_SHARE);
        for (Firm f : belt.liveFirms()) {
            IntList q = applicants.get(f.id());
            if (q == null || q.isEmpty()) continue;
            shuffle(q, rng);
            int slots = f.vacancies();
            // Workshops hire the registered poor first; park firms reserve a share of their places.
            poorFirst(m, q, f.village() != null ? slots : (int) Math.round(p.get(POOR_PRIORITY) * slots));
            for (int i = 0; i < q.size(); i++) {
                int person = q.get(i);
                if (i < slots) {
                    f.town().countHire();
                    double net = Math.max(0, expectedPay(f.getMeanWage(), m.production().newHirePay(m, person)));
                    m.employment().hire(person, f, net, rng.nextDouble() < casual);
                } else {
                    rejected(m, person);
                }
            }
            q.clear();
        }
        for (DistantMarket d : belt.markets()) {
            IntList q = marketApplicants[d.id()];
            shuffle(q, rng);
            double net = (p.get(d.wageParam()) - p.get(d.livingCostParam())) * m.conditions().wageIndex();
            for (int i = 0; i < q.size(); i++) {
                if (i < marketVacancies[d.id()]) {
                    d.countHire();
                    m.employment().hireDistant(q.get(i), d, net, false);
                } else {
                    rejected(m, q.get(i));
                }
            }
        }
    }

    /**
     * Moves up to {@code reserved} applicants from registered-poor households to the front of the
     * (shuffled) queue: poverty-alleviation workshops hire them first, and park firms were rewarded
     * for each poor worker they took on.
     */
    private static void poorFirst(BeltModel m, IntList q, int reserved) {
        Households hh = m.belt().households();
        Persons ps = m.belt().persons();
        int front = 0;
        for (int i = 0; i < q.size() && front < reserved; i++) {
            int person = q.get(i);
            if (hh.isTargeted(ps.household(person))) {
                q.set(i, q.get(front));
                q.set(front++, person);
            }
        }
    }

    private void rejected(BeltModel m, int person) {
        Persons ps = m.belt().persons();
        ps.setReservationWage(person, ps.reservationWage(person) * (1 - m.params().get(RESERVATION_DECAY)));
    }

    static void shuffle(IntList l, MersenneTwisterFast rng) {
        for (int i = l.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = l.get(i);
            l.set(i, l.get(j));
            l.set(j, t);
        }
    }

    /** Seekers this month (for indicators). */
    public int seekerCount() { return seekerCount; }
}
