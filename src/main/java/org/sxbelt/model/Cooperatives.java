package org.sxbelt.model;

import org.sxbelt.agents.Households;
import org.sxbelt.agents.IntList;
import org.sxbelt.agents.Persons;
import org.sxbelt.agents.Status;
import org.sxbelt.agents.Village;
import org.sxbelt.params.ParamValues;

import static org.sxbelt.params.ParamSchema.*;

/**
 * The land leased out in each village, farmed at scale by the village's cooperative and by agribusiness
 * firms or large growers (ODD 7.7.5). A household that leases land joins the cooperative with its land as
 * its share. Each month the village's scale farm hires one worker per {@code land.muPerHiredWorker} leased
 * mu from the members' adults at home (farmers and the idle, whose farm work the lease freed), lays off
 * when the land shrinks, pays them the local wage floor and the members their rent (in
 * {@link HouseholdEconomy}); the cooperative's part of what is left ({@code land.cooperativeShare})
 * goes to the members as dividends in proportion to the land they put in. A village with no leased land
 * has no scale farm, and the pass costs nothing then.
 */
public final class Cooperatives implements java.io.Serializable {

    /** Leased mu per village (agent households' land), as counted this month. */
    private double[] pooled = new double[0];
    /** The same weighted by each lessor's farm productivity (an orchard mu yields more than a field mu). */
    private double[] yielding = new double[0];
    /** Workers on each village's scale farm after this month's hiring. */
    private int[] workers = new int[0];
    /** Dividend per leased mu paid this month, by village. */
    private double[] dividendPerMu = new double[0];
    /**
     * Each village's rounding offset in [0, 1), drawn once when it first has leased land: posts are
     * floor(mu / muPerHiredWorker + offset), right on average over villages at every scale (an agent village
     * at 1:500 holds a few households, so rounding to the nearest worker would lose most posts) and steady
     * from month to month.
     */
    private double[] offset = new double[0];
    /** Households that leased land last month (their members are the scale farms' staff and recruits). */
    private boolean[] member = new boolean[0];

    /** Leased mu of village {@code v} this month. */
    public double pooledLand(int v) { return v < pooled.length ? pooled[v] : 0; }

    /** Workers of village {@code v}'s scale farm this month. */
    public int workers(int v) { return v < workers.length ? workers[v] : 0; }

    /** Dividend per leased mu a member of village {@code v} was paid this month. */
    public double dividendPerMu(int v) { return v < dividendPerMu.length ? dividendPerMu[v] : 0; }

    /** Workers the scale farm of {@code mu} leased mu employs, with the village's rounding offset in [0, 1). */
    public static int posts(double mu, ParamValues p, double offset) {
        return (int) Math.floor(mu / p.get(MU_PER_HIRED_WORKER) + offset);
    }

    /**
     * What the scale farm of {@code mu} leased mu keeps in a month after rent and the wages of {@code hired}
     * workers. The land keeps the yield it had with its owners ({@code yieldingMu}: mu weighted by their farm
     * productivity), raised by {@code land.scaleGain}.
     */
    public static double monthlyProfit(double mu, double yieldingMu, int hired, ParamValues p, Conditions c) {
        double output = yieldingMu * p.get(FARM_INCOME_PER_MU) * c.farmIndex() * (1 + p.get(SCALE_GAIN)) / 12;
        return output - mu * rentPerMu(p, c) - hired * wage(p, c);
    }

    /** Monthly rent per leased mu (the yearly rent moves with the farm-price index). */
    public static double rentPerMu(ParamValues p, Conditions c) { return p.get(LAND_RENT) * c.farmIndex() / 12; }

    /** Monthly pay of a scale-farm worker: the local wage floor. */
    public static double wage(ParamValues p, Conditions c) { return p.get(WAGE_FLOOR) * c.wageIndex(); }

    /** Staffing, wages and dividends of every village's scale farm this month. */
    void operate(BeltModel m, int[] farmersAtHome) {
        Belt belt = m.belt();
        Households hh = belt.households();
        int villages = belt.villages().size();
        if (pooled.length != villages) {
            pooled = new double[villages];
            yielding = new double[villages];
            workers = new int[villages];
            dividendPerMu = new double[villages];
            offset = new double[villages];
            java.util.Arrays.fill(offset, -1);
        }
        java.util.Arrays.fill(pooled, 0);
        java.util.Arrays.fill(yielding, 0);
        java.util.Arrays.fill(dividendPerMu, 0);
        boolean any = false;
        for (int h = 0; h < hh.size(); h++) {
            double leased = hh.leasedLand(h);
            if (leased > 0 && hh.members(h) > 0) {
                pooled[hh.village(h)] += leased;
                yielding[hh.village(h)] += leased * hh.farmProductivity(h);
                any = true;
            }
        }
        if (!any && !anyWorkers()) return;
        ParamValues p = m.params();
        Conditions c = m.conditions();
        IntList[] staff = new IntList[villages];
        IntList[] candidates = new IntList[villages];
        collect(m, staff, candidates);
        double wage = wage(p, c);
        int scale = belt.scale();
        for (int v = 0; v < villages; v++) {
            if (pooled[v] > 0 && offset[v] < 0) offset[v] = m.random.nextDouble();
            int need = pooled[v] > 0 ? posts(pooled[v], p, offset[v]) : 0;
            IntList on = staff[v] == null ? new IntList() : staff[v];
            while (on.size() > need) { // the land shrank: workers drawn at random go home
                int k = m.random.nextInt(on.size());
                m.employment().leave(on.get(k));
                on.removeAt(k);
            }
            IntList pool = candidates[v];
            while (on.size() < need && pool != null && pool.size() > 0) {
                int k = m.random.nextInt(pool.size());
                int q = pool.get(k);
                pool.removeAt(k);
                if (wage > fallback(m, q, farmersAtHome)) {
                    m.employment().hireCooperative(q, wage);
                    m.note(q, "hired by the village cooperative");
                    on.add(q);
                }
            }
            workers[v] = on.size();
            if (on.size() == 0 && pooled[v] <= 0) continue;
            int county = belt.villages().get(v).town().index();
            for (int k = 0; k < on.size(); k++) {
                int h = belt.persons().household(on.get(k));
                hh.addIncome(h, wage);
            }
            m.accounts().add(county, Flow.INCOME_LOCAL_WAGE, on.size() * wage * scale);
            m.accounts().add(county, Flow.FIRM_WAGE_BILL, on.size() * wage * scale);
            double profit = monthlyProfit(pooled[v], yielding[v], on.size(), p, c);
            if (profit > 0 && pooled[v] > 0) dividendPerMu[v] = p.get(COOP_LAND_SHARE) * profit / pooled[v];
        }
        payDividends(m);
    }

    private boolean anyWorkers() {
        for (int w : workers) if (w > 0) return true;
        return false;
    }

    /**
     * This month's staff of each village's scale farm, and the adults at home in member households: a
     * pass over the members of households that lease land now or did last month (a worker whose
     * household has ended its lease goes home), not over every person.
     */
    private void collect(BeltModel m, IntList[] staff, IntList[] candidates) {
        Belt belt = m.belt();
        Persons ps = belt.persons();
        Households hh = belt.households();
        if (member.length < hh.size()) member = java.util.Arrays.copyOf(member, hh.size());
        int farming = Status.FARMING.ordinal(), idle = Status.IDLE.ordinal(), coop = Status.COOPERATIVE.ordinal();
        for (int h = 0; h < hh.size(); h++) {
            boolean leases = hh.leasedLand(h) > 0 && hh.members(h) > 0;
            if (!leases && !member[h]) continue;
            member[h] = leases;
            int v = hh.village(h);
            for (int q = hh.firstMember(h); q != Persons.NONE; q = ps.nextMember(q)) {
                int code = ps.statusCode(q);
                if (code == coop) {
                    if (!leases) {
                        m.employment().leave(q);
                        continue;
                    }
                    if (staff[v] == null) staff[v] = new IntList();
                    staff[v].add(q);
                } else if (leases && (code == farming || code == idle)
                        && !ps.has(q, Persons.IN_COURSE | Persons.SEARCHED_AWAY | Persons.ILL)) {
                    if (candidates[v] == null) candidates[v] = new IntList();
                    candidates[v].add(q);
                }
            }
        }
    }

    /** What a member's adult earns a month by staying: the farm income one farmer adds, and side income. */
    private static double fallback(BeltModel m, int q, int[] farmersAtHome) {
        Persons ps = m.belt().persons();
        if (ps.statusCode(q) != Status.FARMING.ordinal()) return 0;
        int h = ps.household(q);
        ParamValues p = m.params();
        int farmers = h < farmersAtHome.length ? farmersAtHome[h] : 1;
        return FarmIncome.marginal(m.farm(), h, Math.max(1, farmers), p, m.conditions())
                + p.get(SIDE_INCOME) * m.conditions().wageIndex();
    }

    private void payDividends(BeltModel m) {
        Belt belt = m.belt();
        Households hh = belt.households();
        int scale = belt.scale();
        for (int h = 0; h < hh.size(); h++) {
            double leased = hh.leasedLand(h);
            if (leased <= 0 || hh.members(h) == 0) continue;
            double d = leased * dividendPerMu[hh.village(h)];
            if (d <= 0) continue;
            hh.addIncome(h, d);
            Village v = belt.villages().get(hh.village(h));
            m.accounts().add(v.town().index(), Flow.INCOME_DIVIDEND, d * scale);
        }
    }
}
