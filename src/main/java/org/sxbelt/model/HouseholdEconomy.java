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
 * production; an insured farming household pays its share of the agricultural insurance premium
 * ({@link CropInsurance}); it may suffer an illness or disaster shock (a disaster's loss less the
 * insurance's indemnity), which savings absorb first; a micro-loan's
 * instalment falls due. Each December the registration system reviews every rural household on
 * the official test ({@link #review}): own income (without the minimum-living top-up) above the line
 * and the three guarantees ({@link Guarantees}) held; a household kept above the line by the top-up is
 * secured by transfer, not exited. Every quarter the minimum-living top-ups are reset and the dynamic
 * monitoring ({@link Monitoring}) identifies and helps households at risk.
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
        long seed = m.seed();
        double illnessRate = p.get(ILLNESS_RATE) / 12;
        double saving = p.get(SAVINGS_RATE);
        double housingDamage = p.get(DISASTER_HOUSING_DAMAGE);
        double hardship = p.get(HARDSHIP_SHARE);
        double help = p.get(HELP_INCOME) / 12;
        double sideIncome = p.get(SIDE_INCOME) * c.wageIndex();
        double[] sideByCounty = new double[belt.towns().size()];
        int month = m.month();
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
        // Village by village: a village's households are one index range and the villages follow one another in
        // household order (Belt checks it), so this is household order and what a village decides for all its
        // households is read once, not once per household.
        for (Village v : belt.villages()) {
            int county = v.town().index();
            int vi = v.getIndex();
            int end = v.firstHousehold() + v.householdCount();
            if (v.isUrbanWard()) {
                for (int h = v.firstHousehold(); h < end; h++) {
                    if (hh.members(h) == 0) continue;
                    paySideIncome(hh, h, farmers[h], sideIncome, sideByCounty, county);
                    hh.setPolicyIncome(h, 0);
                    hh.setFarmIncome(h, 0);
                    closeHousehold(hh, acc, loans, p, h, county, saving, subsistencePerPerson, month, scale);
                }
                continue;
            }
            double villageLeaseShare = Math.max(leaseShare, v.leaseShareFloor());
            boolean resettled = v.isResettled();
            double hubFactor = hubs.factor(vi);
            double commonLandPerFarmer = commonLand[county];
            boolean struck = disaster[vi];
            for (int h = v.firstHousehold(); h < end; h++) {
                if (hh.members(h) == 0) continue;
                paySideIncome(hh, h, farmers[h], sideIncome, sideByCounty, county);
                LeaseChoice.consider(m, h, villageLeaseShare, resettled, farmers[h], rng);
                double farm = FarmIncome.monthly(m.farm(), h, farmers[h], p, c) * hubFactor
                        + farmers[h] * commonLandPerFarmer;
                pay(hh, acc, h, county, Flow.INCOME_FARM, farm, scale);
                hh.setFarmIncome(h, farm);
                double cover = farm > 0 ? CropInsurance.cover(p, seed, hh, h) : 0;
                hh.set(h, Households.CROP_INSURED, cover > 0);
                if (cover > 0) payPremium(hh, acc, h, county, CropInsurance.premium(p, cover, farm), CropInsurance.subsidy(p, hh, h), scale);
                if (struck) {
                    if (farm > 0) {
                        double lost = CropInsurance.loss(p, farm);
                        double indemnity = cover * lost;
                        acc.add(county, Flow.DISASTER_LOSS, lost * scale);
                        if (indemnity > 0) acc.add(county, Flow.CROP_INDEMNITY, indemnity * scale);
                        Monitoring.recordShock(hh, h, lost - indemnity, hardship, month);
                        absorbShock(hh, h, lost - indemnity);
                    }
                    if (housingDamage > 0 && rng.nextDouble() < housingDamage) hh.set(h, Households.UNSAFE_HOUSING, true);
                }
                pay(hh, acc, h, county, Flow.INCOME_SIDE, m.farm().courtyard(h, p, c), scale);
                pay(hh, acc, h, county, Flow.INCOME_LAND_RENT, hh.leasedLand(h) * rentPerMu, scale);
                pay(hh, acc, h, county, Flow.INCOME_SIDE, loans.assetIncome(m, h), scale);
                if (month < hh.helpUntil(h)) pay(hh, acc, h, county, Flow.INCOME_SIDE, help, scale);
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
                    hh.addTopUpYear(h, top);
                    policy += top;
                }
                hh.setPolicyIncome(h, policy);
                if (Illness.strikes(onsets, hh, h, illnessRate, rng)) {
                    double medical = illness.strike(m, h, county, rng);
                    if (medical > 0) {
                        Monitoring.recordShock(hh, h, medical, hardship, month);
                        absorbShock(hh, h, medical);
                    }
                }
                closeHousehold(hh, acc, loans, p, h, county, saving, subsistencePerPerson, month, scale);
            }
        }
        for (int t = 0; t < sideByCounty.length; t++) acc.add(t, Flow.INCOME_SIDE, sideByCounty[t] * scale);
        if (c.monthOfYear() % 3 == 0) reviewFloor(m);
        if (c.monthOfYear() == 12) assess(m);
    }

    /**
     * Each farmer at home earns the side income (livestock, odd jobs) besides the farm's, paid to the household
     * and summed by county (booked after the pass).
     */
    private static void paySideIncome(Households hh, int h, int farmers, double perFarmer, double[] byCounty, int county) {
        if (farmers > 0) {
            double side = farmers * perFarmer;
            hh.addIncome(h, side);
            byCounty[county] += side;
        }
    }

    /** The end of every household's month: savings from what it earned, the micro-loan's instalment, the month closed. */
    private static void closeHousehold(Households hh, Accounts acc, HouseholdLoans loans, ParamValues p, int h, int county,
                                       double saving, double subsistencePerPerson, int month, int scale) {
        double earned = hh.monthIncome(h);
        hh.setSavings(h, hh.savings(h) + saving * Math.max(0, earned));
        double credit = loans.repay(hh, h, subsistencePerPerson * hh.members(h), p);
        if (credit > 0) acc.add(county, Flow.SPEND_MICRO_CREDIT, credit * scale);
        hh.closeMonth(h, month);
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

    /**
     * An insured household's monthly agricultural insurance premium: public money pays {@code publicShare}
     * of it, the household the rest from the month's income (ODD 7.7.7).
     */
    private static void payPremium(Households hh, Accounts acc, int h, int county, double premium, double publicShare,
                                   int scale) {
        if (premium <= 0) return;
        double own = premium * (1 - publicShare);
        if (publicShare > 0) acc.add(county, Flow.SPEND_CROP_INSURANCE, premium * publicShare * scale);
        if (own > 0) {
            hh.addIncome(h, -own);
            acc.add(county, Flow.CROP_PREMIUM_PAID, own * scale);
        }
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
     * Quarterly review of the minimum-living top-up and of the dynamic monitoring ({@link Monitoring#review}):
     * households whose own income over the last twelve months (without the top-up: in December the year's
     * top-ups, exactly; in other quarters twelve times the current one) falls short of next year's line get a monthly
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
        double riskLine = m.conditions().povertyLine() * (1 + m.params().get(RISK_MARGIN));
        boolean december = m.conditions().monthOfYear() == 12;
        Monitoring.Terms monitoring = new Monitoring.Terms(m);
        for (int h = 0; h < hh.size(); h++) {
            if (hh.members(h) == 0 || m.isUrban(h)) continue;
            // in December the year's top-ups are exactly those of the ring; in other quarters the current one x 12
            double own = december ? hh.ownIncome(h) : hh.annualIncome(h) - 12 * hh.floorTopUp(h);
            double gap = nextLine * hh.members(h) - own;
            double topUp = 0;
            if (gap > 0) {
                double chance = hasWageEarner(ps, hh, h) ? workingPoorCoverage : coverage;
                if (chance > 0 && m.random.nextDouble() < chance) topUp = gap / 12;
            }
            hh.setFloorTopUp(h, topUp);
            Monitoring.review(m, monitoring, h, own, riskLine, m.month());
        }
    }

    /**
     * December review of poverty status (registration, exit, return) by the official test: after the
     * guarantees are revised ({@link Guarantees#december}), a household passes by income when its own
     * income per member over the year (without the minimum-living top-up) reaches the line, and is secured
     * by transfer when it falls short but receives a top-up; either counts only with all three guarantees
     * held. A household on the register exits (EXITED) by income or is secured (SECURED); one off it that
     * neither passes nor is secured, or lacks a guarantee, returns. The year's top-ups then start anew.
     */
    private void assess(BeltModel m) {
        Belt belt = m.belt();
        Households hh = belt.households();
        double line = m.conditions().povertyLine();
        Guarantees.december(m, line);
        for (int h = 0; h < hh.size(); h++) {
            if (hh.members(h) == 0 || m.isUrban(h)) {
                hh.resetTopUpYear(h);
                continue;
            }
            PovertyStatus s = hh.poverty(h);
            PovertyStatus next = review(s, hh.ownIncomePerCapita(h) >= line, hh.floorTopUp(h) > 0,
                    hh.guaranteesHold(h), hh.isPoorUnsecured(h, line));
            if (next != s) {
                hh.setPoverty(h, next);
                m.observer().countPovertyTransition(belt.townOfHousehold(h), s, next);
                if (hh.isOnRegister(h)) Monitoring.release(hh, h);
            }
            hh.resetTopUpYear(h);
        }
    }

    /**
     * The official test for a household of status {@code s}: {@code byIncome}, own income at or above the
     * line; {@code toppedUp}, a minimum-living top-up in force; {@code guarantees}, the three guarantees
     * held; {@code poorUnsecured}, total income below the line and no top-up (registers a household never
     * on the register).
     */
    static PovertyStatus review(PovertyStatus s, boolean byIncome, boolean toppedUp, boolean guarantees,
                                boolean poorUnsecured) {
        PovertyStatus out = !guarantees ? null : byIncome ? PovertyStatus.EXITED
                : toppedUp ? PovertyStatus.SECURED : null;
        return switch (s) {
            case REGISTERED_POOR, NEW_POOR, RETURNED -> out == null ? s : out;
            case EXITED, SECURED -> out == null ? PovertyStatus.RETURNED : out;
            case NON_POOR -> poorUnsecured ? PovertyStatus.NEW_POOR : s;
        };
    }

    private static boolean hasWageEarner(Persons ps, Households hh, int h) {
        for (int q = hh.firstMember(h); q != Persons.NONE; q = ps.nextMember(q)) {
            Status s = ps.status(q);
            if (s.isLocalWageWork() || s.isDistant() || s == Status.SERVICES || s == Status.COOPERATIVE) return true;
        }
        return false;
    }
}
