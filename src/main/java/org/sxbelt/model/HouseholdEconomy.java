package org.sxbelt.model;

import ec.util.MersenneTwisterFast;
import org.sxbelt.agents.Households;
import org.sxbelt.agents.Persons;
import org.sxbelt.agents.PovertyStatus;
import org.sxbelt.agents.Status;
import org.sxbelt.agents.Village;
import org.sxbelt.params.ParamValues;
import sim.engine.SimState;
import sim.engine.Steppable;

import static org.sxbelt.params.ParamSchema.*;

/**
 * Household incomes and poverty. Each month the village scale farms on leased land hire and pay
 * ({@link Cooperatives}); then a household earns farm income (depending on how many members still
 * farm, and raised where a processing hub buys its crops, {@link FarmHubs}; §7.7.1), courtyard-plot
 * income, land rent, the income of an asset bought with micro-credit ({@link HouseholdLoans}),
 * dividends, post pay and minimum-living top-ups, on top of the wages and remittances paid in
 * production; it may suffer an illness or disaster shock, which savings absorb first; a micro-loan's
 * instalment falls due. Each December the registration system reviews every rural household on
 * its last twelve months' income per person: the registered poor above the line, or secured by the
 * minimum-living guarantee, exit; exited households below it, and not secured, return to poverty.
 * Every quarter, monitoring resets the minimum-living top-ups.
 */
public final class HouseholdEconomy implements Steppable {

    private static final long serialVersionUID = 1L;

    /** Villages hit by a disaster this month. */
    private boolean[] hit = new boolean[0];

    /** Per county, each farmer's income on common land this month (zeros when land is held by households). */
    private static double[] commonLandIncome(BeltModel m, int[] farmers) {
        Belt belt = m.belt();
        double[] perFarmer = new double[belt.towns().size()];
        if (m.params().get(COMMON_LAND_SCALE) <= 0) return perFarmer;
        double[] count = new double[perFarmer.length];
        for (int h = 0; h < belt.households().size(); h++) count[belt.townOfHousehold(h)] += farmers[h];
        for (int t = 0; t < perFarmer.length; t++) perFarmer[t] = FarmIncome.commonLand(m.params(), count[t] * belt.scale());
        return perFarmer;
    }

    @Override
    public void step(SimState state) {
        BeltModel m = (BeltModel) state;
        Belt belt = m.belt();
        Households hh = belt.households();
        ParamValues p = m.params();
        Conditions c = m.conditions();
        Accounts acc = m.accounts();
        MersenneTwisterFast rng = m.random;
        int scale = belt.scale();
        double leaseShare = p.get(LAND_TRANSFER_SHARE);
        double rentPerMu = Cooperatives.rentPerMu(p, c);
        double dividend = p.get(DIVIDEND) / 12;
        double ecoPay = p.get(ECO_POST_PAY);
        double disasterLoss = p.get(DISASTER_LOSS);
        double illnessRate = p.get(ILLNESS_RATE) / 12;
        double saving = p.get(SAVINGS_RATE);
        int n = hh.size();
        int[] farmers = m.production().farmersAtHome();
        double[] commonLand = commonLandIncome(m, farmers);
        FarmHubs hubs = m.farmHubs();
        hubs.update(m);
        m.cooperatives().operate(m, farmers);
        HouseholdLoans loans = m.loans();
        Illness illness = m.illness();
        illness.recover(m);
        boolean[] disaster = disasters(m, rng);
        double subsistencePerPerson = c.povertyLine() / 12;
        EventSkipper onsets = illness.onsets(hh, illnessRate, rng);
        for (int h = 0; h < n; h++) {
            if (hh.members(h) == 0) continue;
            Village v = belt.villages().get(hh.village(h));
            int county = v.town().index();
            if (!v.isUrbanWard()) {
                LeaseChoice.consider(m, h, Math.max(leaseShare, v.leaseShareFloor()), v.isResettled(), farmers[h], rng);
                double farm = FarmIncome.monthly(m.farm(), h, farmers[h], p, c) * hubs.factor(v.getIndex())
                        + farmers[h] * commonLand[county];
                pay(hh, acc, h, county, Flow.INCOME_FARM, farm, scale);
                if (disaster[v.getIndex()] && farm > 0) {
                    double lost = disasterLoss * 12 * farm;
                    acc.add(county, Flow.DISASTER_LOSS, lost * scale);
                    absorbShock(hh, h, lost);
                }
                pay(hh, acc, h, county, Flow.INCOME_SIDE, m.farm().courtyard(h, p, c), scale);
                pay(hh, acc, h, county, Flow.INCOME_LAND_RENT, hh.leasedLand(h) * rentPerMu, scale);
                pay(hh, acc, h, county, Flow.INCOME_SIDE, loans.assetIncome(m, h), scale);
                double policy = 0;
                if (hh.isTargeted(h) && dividend > 0) {
                    pay(hh, acc, h, county, Flow.INCOME_DIVIDEND, dividend, scale);
                    acc.add(county, Flow.SPEND_DIVIDENDS, dividend * scale);
                    policy += dividend;
                }
                if (hh.has(h, Households.ECO_POST)) {
                    pay(hh, acc, h, county, Flow.INCOME_TRANSFER, ecoPay, scale);
                    acc.add(county, Flow.SPEND_ECO_POSTS, ecoPay * scale);
                    policy += ecoPay;
                }
                double top = hh.floorTopUp(h);
                if (top > 0) {
                    pay(hh, acc, h, county, Flow.INCOME_TRANSFER, top, scale);
                    acc.add(county, Flow.SPEND_SOCIAL_FLOOR, top * scale);
                    policy += top;
                }
                hh.setPolicyIncome(h, policy);
            } else {
                hh.setPolicyIncome(h, 0);
            }
            if (!v.isUrbanWard() && Illness.strikes(onsets, hh, h, illnessRate, rng)) {
                double medical = illness.strike(m, h, county, rng);
                if (medical > 0) absorbShock(hh, h, medical);
            }
            double month = hh.monthIncome(h);
            hh.setSavings(h, hh.savings(h) + saving * Math.max(0, month));
            double credit = loans.repay(hh, h, subsistencePerPerson * hh.members(h), p);
            if (credit > 0) acc.add(county, Flow.SPEND_MICRO_CREDIT, credit * scale);
            hh.closeMonth(h, m.month());
        }
        if (c.monthOfYear() % 3 == 0) reviewFloor(m);
        if (c.monthOfYear() == 12) assess(m);
    }

    /**
     * The villages a natural disaster hits this month: each rural village with chance
     * {@code household.disasterRate} / 12, drawn in village order.
     */
    private boolean[] disasters(BeltModel m, MersenneTwisterFast rng) {
        Belt belt = m.belt();
        int villages = belt.villages().size();
        if (hit.length != villages) hit = new boolean[villages];
        double chance = m.params().get(DISASTER_RATE) / 12;
        for (Village v : belt.villages()) {
            boolean struck = !v.isUrbanWard() && chance > 0 && rng.nextDouble() < chance;
            hit[v.getIndex()] = struck;
            if (struck) m.observer().count(v.town().index(), Measure.DISASTERS);
        }
        return hit;
    }

    private static void pay(Households hh, Accounts acc, int h, int county, Flow f, double yuan, int scale) {
        if (yuan == 0) return;
        hh.addIncome(h, yuan);
        acc.add(county, f, yuan * scale);
    }

    /** Savings pay first; what they cannot cover is lost from this month's income (not below zero). */
    private static void absorbShock(Households hh, int h, double cost) {
        double savings = hh.savings(h);
        double rest = shockIncomeLoss(savings, cost, hh.monthIncome(h));
        hh.setSavings(h, savings - Math.min(savings, cost));
        hh.addIncome(h, -rest);
    }

    /**
     * The income a shock of {@code cost} takes from a household with these savings and this month's
     * income: what savings cannot pay, at most the month's income (the rule of {@link #absorbShock},
     * also read by the observer's vulnerability count).
     */
    static double shockIncomeLoss(double savings, double cost, double monthIncome) {
        double fromSavings = Math.min(savings, cost);
        return Math.min(cost - fromSavings, Math.max(0, monthIncome));
    }

    /**
     * Quarterly monitoring (dynamic monitoring and assistance): households whose own income over the
     * last twelve months (without the top-up itself) falls short of next year's line get a monthly
     * top-up closing the gap: with chance {@code policy.socialFloor} when no member earns a wage, with
     * chance {@code policy.floorWorkingPoor} when one does (the final push of 2019-20, when no
     * registered household was to be left below the line).
     */
    private void reviewFloor(BeltModel m) {
        Belt belt = m.belt();
        Households hh = belt.households();
        Persons ps = belt.persons();
        double nextLine = m.conditions().povertyLine() * (1 + m.params().get(POVERTY_LINE_GROWTH));
        double coverage = m.level(SOCIAL_FLOOR);
        double workingPoorCoverage = m.level(FLOOR_WORKING_POOR);
        for (int h = 0; h < hh.size(); h++) {
            if (hh.members(h) == 0 || m.isUrban(h)) continue;
            double own = hh.annualIncome(h) - 12 * hh.floorTopUp(h);
            double gap = nextLine * hh.members(h) - own;
            double topUp = 0;
            if (gap > 0) {
                double chance = hasWageEarner(ps, hh, h) ? workingPoorCoverage : coverage;
                if (chance > 0 && m.random.nextDouble() < chance) topUp = gap / 12;
            }
            hh.setFloorTopUp(h, topUp);
        }
    }

    /** December review of poverty status (registration, exit, return). */
    private void assess(BeltModel m) {
        Belt belt = m.belt();
        Households hh = belt.households();
        double line = m.conditions().povertyLine();
        for (int h = 0; h < hh.size(); h++) {
            if (hh.members(h) == 0 || m.isUrban(h)) continue;
            boolean below = hh.isPoorUnsecured(h, line);
            PovertyStatus s = hh.poverty(h);
            PovertyStatus next = switch (s) {
                case REGISTERED_POOR, NEW_POOR -> below ? s : PovertyStatus.EXITED;
                case EXITED -> below ? PovertyStatus.RETURNED : s;
                case RETURNED -> below ? s : PovertyStatus.EXITED;
                case NON_POOR -> below ? PovertyStatus.NEW_POOR : s;
            };
            if (next != s) {
                hh.setPoverty(h, next);
                m.observer().countPovertyTransition(belt.townOfHousehold(h), s, next);
            }
        }
    }

    private static boolean hasWageEarner(Persons ps, Households hh, int h) {
        for (int q = hh.firstMember(h); q != Persons.NONE; q = ps.nextMember(q)) {
            Status s = ps.status(q);
            if (s.isLocalWageWork() || s.isDistant() || s == Status.SERVICES || s == Status.COOPERATIVE) return true;
        }
        return false;
    }
}
