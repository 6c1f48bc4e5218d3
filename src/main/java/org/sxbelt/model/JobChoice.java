package org.sxbelt.model;

import ec.util.MersenneTwisterFast;
import org.sxbelt.agents.DistantMarket;
import org.sxbelt.agents.Firm;
import org.sxbelt.agents.HiringTally;
import org.sxbelt.agents.Persons;
import org.sxbelt.agents.Status;
import org.sxbelt.agents.Town;
import org.sxbelt.agents.Village;
import org.sxbelt.params.ParamValues;

import static org.sxbelt.params.ParamSchema.*;

/**
 * The choice set and its values: the options open to a seeker (village workshop, own-town park, another
 * belt town, three distant markets), limited by care duties, Mandarin and age, each with its expected pay,
 * cost, the hire chance the seeker's village believes in ({@link Expectations}) and home attachment; the income the seeker keeps by staying; and the
 * seeker's pick by the active {@link ChoiceRule}. Only options whose net pay beats the reservation wage
 * are listed.
 */
final class JobChoice implements java.io.Serializable {

    private static final int DISTANT_MIN_AGE = 18;
    private static final int DISTANT_MAX_AGE = 50;
    private static final double DAYS_PER_MONTH = 22;
    private static final double NEIGHBOUR_KM = 3;
    /** Random stream of this pass (see {@link PersonBlocks#reseed}). */
    private static final int PASS = 2;
    private static final int[] NO_TOWNS = {};

    /** This month's best-paying workshop hiring per village: in the village, and in it or its neighbours. */
    private Firm[] bestInVillage = new Firm[0];
    private Firm[] bestNearby = new Firm[0];
    private boolean[] bestIsNeighbour = new boolean[0];
    /**
     * This month's terms of each distant market, the same for every seeker (read once in {@link #open}):
     * the market, whether it is open, its Mandarin threshold, wage, living cost, home attachment and belief slot.
     */
    private DistantMarket[] markets = new DistantMarket[0];
    private boolean[] marketOpen = new boolean[0];
    private double[] marketMandarin = new double[0];
    private double[] marketWage = new double[0];
    private double[] marketCost = new double[0];
    private double[] marketAttachment = new double[0];
    private int[] marketBelief = new int[0];

    private final Vacancies vacancies;
    private final JobSearch search;
    private final Expectations expectations;

    JobChoice(Vacancies vacancies, JobSearch search, Expectations expectations) {
        this.vacancies = vacancies;
        this.search = search;
        this.expectations = expectations;
    }

    /**
     * Finds, for every village, the best-paying workshop hiring in the village itself and among it and its
     * neighbours, and reads the distant markets' terms: what every seeker weighs this month (vacancies and
     * markets do not change while seekers choose). Called once a month before {@link #choose}.
     */
    void open(BeltModel m) {
        Belt belt = m.belt();
        openMarkets(m);
        int villages = belt.villages().size();
        if (bestInVillage.length != villages) {
            bestInVillage = new Firm[villages];
            bestNearby = new Firm[villages];
            bestIsNeighbour = new boolean[villages];
        }
        for (Village home : belt.villages()) {
            int v = home.getIndex();
            Firm best = bestHiring(home, null);
            bestInVillage[v] = best;
            Firm near = best;
            for (Village u : home.neighbours()) near = bestHiring(u, near);
            bestNearby[v] = near;
            bestIsNeighbour[v] = near != best;
        }
    }

    private void openMarkets(BeltModel m) {
        ParamValues p = m.params();
        Conditions c = m.conditions();
        int n = m.belt().markets().size();
        if (markets.length != n) {
            markets = new DistantMarket[n];
            marketOpen = new boolean[n];
            marketMandarin = new double[n];
            marketWage = new double[n];
            marketCost = new double[n];
            marketAttachment = new double[n];
            marketBelief = new int[n];
        }
        for (int k = 0; k < n; k++) {
            DistantMarket d = m.belt().markets().get(k);
            markets[k] = d;
            marketOpen[k] = d.isOpen();
            marketMandarin[k] = p.get(d.mandarinParam());
            marketWage[k] = d.wage(p, c.wageIndex());
            marketCost[k] = d.livingCost(p, c.wageIndex());
            marketAttachment[k] = p.get(HOME_ATTACHMENT) + (d.isInland() ? p.get(INLAND_ATTACHMENT) : 0);
            marketBelief[k] = expectations.market(d, c.monthOfYear());
        }
    }

    /** The best-paying workshop of village u hiring, if it pays more than {@code best} (or best is null); else best. */
    private static Firm bestHiring(Village u, Firm best) {
        for (Firm f : u.workshops()) {
            if (f.vacancies() > 0 && (best == null || f.getMeanWage() > best.getMeanWage())) best = f;
        }
        return best;
    }

    /** Each of one block's seekers picks an option (or none), recorded in the block's applications. */
    void choose(BeltModel m, int b, SeekerBlock blk, ChoiceRule rule) {
        Persons ps = m.belt().persons();
        MersenneTwisterFast rng = m.personBlocks().reseed(blk.rng, m.month(), PASS, b);
        double weight = m.params().get(BELIEF_WEIGHT);
        double reconsider = m.params().get(RECONSIDER_RATE);
        blk.applications.clear();
        PersonTrace trace = m.trace();
        for (int k = 0; k < blk.seekers.size(); k++) {
            int person = blk.seekers.get(k);
            if (ps.statusCode(person) == Status.TOWN_SEEKER.ordinal()) {
                waitOrGoHome(m, k, person, blk, rule, rng, weight, reconsider);
                continue;
            }
            double fallback = currentIncome(m, person, ps.status(person));
            int n = listOptions(m, person, fallback, blk.options);
            int choice = n == 0 ? -1 : rule.choose(blk.options, n, fallback, rng);
            if (trace != null && trace.traced(person)) {
                Status now = ps.status(person);
                trace.searched(person, now.isLocalWageWork() ? "searched on the job" : "searched", now.id(), fallback,
                        blk.options, n, choice);
            }
            if (choice < 0) {
                blk.apply(k, SeekerBlock.NO_APPLICATION, 0);
                continue;
            }
            JobOption o = blk.options[choice];
            ps.set(person, Persons.SEARCHED_AWAY, o.away);
            // Town jobs: the firm is drawn only now, with chance proportional to its vacancies.
            blk.apply(k, o.market != null ? SeekerBlock.marketCode(o.market.id())
                    : (o.firm != null ? o.firm : vacancies.pickFirm(o.town, rng)).id(), o.hireChance);
        }
    }

    /**
     * A seeker waiting in a town first revises their belief from the hiring they saw there last month
     * (nobody hired when nobody could apply); with chance {@code labor.reconsiderRate} they then weigh
     * staying on against the distant markets open to them and against going home, by the active rule;
     * otherwise, or if they stay, they apply there again when the town is hiring.
     */
    private void waitOrGoHome(BeltModel m, int k, int person, SeekerBlock blk, ChoiceRule rule,
                              MersenneTwisterFast rng, double weight, double reconsider) {
        Persons ps = m.belt().persons();
        Town town = m.belt().town(ps.employer(person));
        HiringTally seen = town.hiring();
        double observed = seen.lastApplicants() > 0 ? seen.lastRealisedRate() : 0;
        double belief = (1 - weight) * ps.hireBelief(person) + weight * observed;
        ps.setHireBelief(person, belief);
        if (EventSkipper.uniform(rng) < reconsider) { // one 32-bit step: one draw per waiting seeker a month
            // Weigh staying on against the distant markets and against going home.
            stayOption(m, person, town, belief, blk.options[0]);
            int v = m.employment().homeVillage(person).getIndex();
            int n = distantOptions(m, person, v, Math.max(ps.reservationWage(person), 1), blk.options, 1);
            double home = homeIncome(m, person);
            int choice = rule.choose(blk.options, n, home, rng);
            PersonTrace trace = m.trace();
            if (trace != null && trace.traced(person)) trace.reconsidered(person, town, home, blk.options, n, choice);
            if (choice < 0) {
                blk.apply(k, SeekerBlock.GO_HOME, 0);
                return;
            }
            if (choice > 0) {
                JobOption o = blk.options[choice];
                blk.apply(k, SeekerBlock.marketCode(o.market.id()), o.hireChance);
                return;
            }
        }
        boolean hiring = vacancies.inTown(town.index()) > 0;
        if (hiring) blk.apply(k, vacancies.pickFirm(town, rng).id(), belief);
        else blk.apply(k, SeekerBlock.NO_APPLICATION, 0);
        PersonTrace trace = m.trace();
        if (trace != null && trace.traced(person)) {
            trace.reason(person, "waits in town " + town.id() + (hiring ? ", applies again" : ", no vacancies"));
        }
    }

    /** Staying in {@code town} to search: a dormitory job there at the expected pay, hired with the belief. */
    private void stayOption(BeltModel m, int person, Town town, double belief, JobOption o) {
        ParamValues p = m.params();
        Conditions c = m.conditions();
        Town home = m.employment().homeVillage(person).town();
        double gross = expectedPay(town.getMeanWage(), m.production().newHirePay(m, person));
        boolean own = town == home;
        double cost = own ? p.get(DORMITORY_COST) * c.wageIndex()
                : travelCost(p, c, m.belt().km(home.index(), town.index()));
        o.set(own ? Status.PARK : Status.OTHER_TOWN, null, town, null, gross, cost, belief, p.get(HOME_ATTACHMENT), true);
    }

    /** Would this person take a sure offer (an escorted transfer) under the active choice rule? */
    boolean acceptsOffer(BeltModel m, int person, Status status, double gross, double cost, double attachment) {
        double fallback = currentIncome(m, person, m.belt().persons().status(person));
        JobOption o = JobOption.of(status, gross, cost, 1.0, attachment, true);
        return ChoiceRule.of(m.params()).choose(new JobOption[]{o}, 1, fallback, m.random) == 0;
    }

    /** Monthly income the person keeps by not moving (the fallback of every choice). */
    double currentIncome(BeltModel m, int person, Status now) {
        return switch (now) {
            case TOWN_SEEKER -> homeIncome(m, person);
            case WORKSHOP, PARK, OTHER_TOWN, MIGRANT_XJ, MIGRANT_INLAND, COOPERATIVE -> m.belt().persons().reservationWage(person);
            default -> incomeAt(m, person, now, 0);
        };
    }

    /**
     * What a seeker waiting in town would earn at home: the farm income one more farmer adds to the
     * household (and side income), the urban services wage in a town ward, or nothing.
     */
    double homeIncome(BeltModel m, int person) {
        return incomeAt(m, person, m.employment().homeStatus(person), 1);
    }

    /**
     * What the person earns a month at home in status {@code home} with {@code extraFarmers} more farmers in
     * the household than the search pass counted: the marginal farm income (household land, or the
     * county's common land) and side income of a farmer, the services wage, or nothing.
     */
    private double incomeAt(BeltModel m, int person, Status home, int extraFarmers) {
        Belt belt = m.belt();
        ParamValues p = m.params();
        Conditions c = m.conditions();
        return switch (home) {
            case FARMING -> {
                // the household's village and county from the person's copy, not a read of the household
                int h = belt.persons().household(person);
                int village = belt.villageOfPerson(person);
                double commonLand = FarmIncome.commonLand(p,
                        (double) (search.farmersInCounty(belt.townOfVillage(village)) + extraFarmers) * belt.scale());
                yield FarmIncome.marginal(m.farm(), h, search.farmersAtHome(belt, h) + extraFarmers, p, c)
                        * m.farmHubs().factor(village) + commonLand + p.get(SIDE_INCOME) * c.wageIndex();
            }
            case SERVICES -> m.services().wage(p, c.wageIndex(), belt.villages().get(belt.villageOfPerson(person)).town().index());
            default -> 0;
        };
    }

    /** Fills options[] with what is open to this person and pays above their reservation wage. */
    private int listOptions(BeltModel m, int person, double fallback, JobOption[] options) {
        Belt belt = m.belt();
        Persons ps = belt.persons();
        ParamValues p = m.params();
        Conditions c = m.conditions();
        Village home = m.employment().homeVillage(person);
        int v = home.getIndex();
        Town town = home.town();
        boolean care = ps.has(person, Persons.CARE);
        double careKm = p.get(CARE_RADIUS_KM);
        double reservation = Math.max(ps.reservationWage(person), 1);
        double newPay = m.production().newHirePay(m, person);
        int n = 0;

        // Village workshops: the best-paying one hiring in the own village, or among the neighbours it shares
        // workshops with unless care duties keep the seeker in the village.
        boolean nearby = !care || careKm >= NEIGHBOUR_KM;
        Firm bestWorkshop = nearby ? bestNearby[v] : bestInVillage[v];
        double bestKm = nearby && bestIsNeighbour[v] ? NEIGHBOUR_KM : 0;
        if (bestWorkshop != null) {
            double cost = commuteCost(p, bestKm, 1.0);
            n = offer(options, n, Status.WORKSHOP, bestWorkshop, town, null, expectedPay(bestWorkshop.getMeanWage(), newPay),
                    cost, expectations.believed(v, expectations.workshops()), 0, false, reservation);
        }

        // The own county town's park.
        double km = home.getKmToTown();
        if (vacancies.inTown(town.index()) > 0 && (!care || km <= careKm)) {
            boolean daily = commutesDaily(p, c, home);
            double cost = daily ? commuteCost(p, km, home.getRoadQuality()) : p.get(DORMITORY_COST) * c.wageIndex();
            n = offer(options, n, Status.PARK, null, town, null, expectedPay(town.getMeanWage(), newPay), cost,
                    expectations.believed(v, expectations.town(town.index())), daily ? 0 : p.get(HOME_ATTACHMENT), !daily, reservation);
        }

        if (care) return n;

        // Another belt town: the best of the nearest towns that are hiring (a dormitory job), and the
        // park the county shares with an XPCC city (SharedParks) when that is hiring.
        Town other = null;
        double otherNet = -1;
        int shared = m.sharedParks().partner(town.index(), p);
        for (int k : p.is(OTHER_TOWNS) ? vacancies.hiringNear(town.index()) : NO_TOWNS) {
            if (k == shared) continue; // weighed below
            Town t = belt.town(k);
            double net = expectedPay(t.getMeanWage(), newPay) - travelCost(p, c, belt.km(town.index(), t.index()));
            if (net > otherNet) {
                otherNet = net;
                other = t;
            }
        }
        if (shared >= 0 && vacancies.inTown(shared) > 0) {
            Town t = belt.town(shared);
            double net = expectedPay(t.getMeanWage(), newPay) - travelCost(p, c, belt.km(town.index(), t.index()));
            if (net > otherNet) other = t;
        }
        if (other != null) {
            double cost = travelCost(p, c, belt.km(town.index(), other.index()));
            n = offer(options, n, Status.OTHER_TOWN, null, other, null,
                    expectedPay(other.getMeanWage(), newPay), cost, expectations.believed(v, expectations.town(other.index())),
                    p.get(HOME_ATTACHMENT), true,
                    reservation);
        }

        return distantOptions(m, person, v, reservation, options, n);
    }

    /**
     * Appends the distant markets open to this person (ages 18-50, enough Mandarin, the market open: places or
     * not), on the terms read at {@link #open}.
     */
    private int distantOptions(BeltModel m, int person, int v, double reservation, JobOption[] options, int n) {
        Persons ps = m.belt().persons();
        int age = ps.age(person);
        if (age < DISTANT_MIN_AGE || age > DISTANT_MAX_AGE) return n;
        for (int k = 0; k < markets.length; k++) {
            if (!marketOpen[k] || ps.mandarin(person) < marketMandarin[k]) continue;
            DistantMarket d = markets[k];
            n = offer(options, n, d.status(), null, null, d, marketWage[k], marketCost[k],
                    expectations.believed(v, marketBelief[k]), marketAttachment[k], true, reservation);
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
    static double expectedPay(double incumbentsMean, double newHirePay) {
        return incumbentsMean > 0 ? 0.5 * incumbentsMean + 0.5 * newHirePay : newHirePay;
    }

    /**
     * A park worker from this village commutes daily when the town is within daily reach and the
     * commute costs no more than a dormitory place; otherwise they live in a dormitory.
     */
    static boolean commutesDaily(ParamValues p, Conditions c, Village home) {
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
}
