package org.sxbelt.policy;

import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Town;
import org.sxbelt.model.BeltModel;
import org.sxbelt.model.Flow;
import org.sxbelt.model.Programme;
import org.sxbelt.params.ParamValues;

import java.util.ArrayList;
import java.util.List;

import static org.sxbelt.params.ParamSchema.*;

/**
 * Factory space built where firms asked for it and the money is there. Each counterpart province
 * receives its part of the belt's aid for factory space (in proportion to the residents of its
 * paired counties, scaled by the aid intensity), keeping a share for its deep-poverty counties;
 * Hotan prefecture has a fund of its own. The county governments spend it on the space that firms
 * who chose their town were refused (the town's record of unmet demand), at a cost per m2 that is
 * higher off the trunk roads and at most a limit per month that grows with the county (land,
 * planning, contractors); when the money falls short,
 * every request is met in the same proportion. A scenario may instead spread each pot over every
 * town or concentrate it in a few hubs, ahead of demand ({@link AidAllocation}). Money not spent carries over. Space nobody uses
 * costs its owner, the county, its upkeep every month.
 */
public final class ParkBuilding implements Programme {

    /** The counterpart provinces' budgets (in the order of the towns), then the Hotan fund. */
    private List<AidBudget> budgets;
    private AidBudget hotanFund;

    @Override
    public void run(BeltModel m) {
        ParamValues p = m.params();
        List<Town> towns = m.belt().towns();
        if (budgets == null) open(towns);
        credit(p, m.level(COUNTERPART_AID));
        double[] room = new double[towns.size()];
        for (Town t : towns) room[towns.indexOf(t)] = p.get(PARK_BUILD_LIMIT) * t.getPopulation() / 100_000.0;
        for (AidBudget b : budgets) {
            b.spendReserved(spend(m, b.deepPovertyTowns(), b.reservedBalance(), room));
            b.spendOpen(spend(m, b.towns(), b.openBalance(), room));
        }
        double lapse = 1 - Math.exp(-1 / p.get(APPLICATION_LAPSE_MONTHS));
        for (Town t : towns) {
            t.unmetDemand().lapse(lapse);
            m.accounts().add(t.index(), Flow.SPEND_IDLE_SPACE, t.getIdleSpace() * p.get(IDLE_SPACE_COST));
        }
    }

    private void open(List<Town> towns) {
        budgets = new ArrayList<>(AidBudget.counterparts(towns));
        if (towns.stream().anyMatch(t -> t.getPrefecture().equals("Hotan"))) {
            hotanFund = AidBudget.prefectureFund("Hotan", towns);
            budgets.add(hotanFund);
        }
    }

    /** This month's inflows: the belt's counterpart aid for space by paired residents, and the Hotan fund. */
    private void credit(ParamValues p, double aidLevel) {
        double aid = p.get(AID_PARK_BUDGET) * aidLevel;
        long residents = 0;
        for (AidBudget b : budgets) if (b != hotanFund) residents += b.population();
        for (AidBudget b : budgets) {
            if (b == hotanFund) b.credit(p.get(HOTAN_PARK_FUND), 0);
            else if (residents > 0) b.credit(aid * b.population() / residents, p.get(DEEP_POVERTY_AID_SHARE));
        }
    }

    /**
     * Builds from a pot of {@code yuan} in {@code where}: each town asks for what the allocation rule
     * gives it (policy.aidAllocation; by default its unmet demand times policy.buildAhead), at most
     * the room left this month; if the pot cannot pay for all, each gets the same share of its
     * request. Returns the money spent.
     */
    private static double spend(BeltModel m, List<Town> where, double yuan, double[] room) {
        if (yuan <= 0 || where.isEmpty()) return 0;
        List<Town> towns = m.belt().towns();
        double[] ask = AidAllocation.of(m.params()).asks(m, where, yuan);
        double cost = 0;
        for (int i = 0; i < where.size(); i++) {
            Town t = where.get(i);
            ask[i] = Math.min(ask[i], room[towns.indexOf(t)]);
            cost += ask[i] * costPerM2(m, t);
        }
        if (cost <= 0) return 0;
        double share = Math.min(1, yuan / cost);
        for (int i = 0; i < where.size(); i++) {
            if (ask[i] <= 0) continue;
            Town t = where.get(i);
            room[towns.indexOf(t)] -= ask[i] * share;
            build(m, t, null, ask[i] * share);
        }
        return Math.min(yuan, cost * share);
    }

    /** Building cost of a m2 of standard factory space in {@code t}: dearer off the trunk roads. */
    static double costPerM2(BeltModel m, Town t) {
        return m.params().get(PARK_COST_PER_M2) * (t.isOnTrunkRoad() ? 1 : m.params().get(OFF_TRUNK_BUILD_MARKUP));
    }

    /** Builds {@code m2} of factory space in {@code t} (kept for industry {@code k}, or open if null) and books its cost. */
    static void build(BeltModel m, Town t, Industry k, double m2) {
        t.addSpace(k, m2);
        m.accounts().add(t.index(), Flow.SPEND_PARK_BUILDING, m2 * costPerM2(m, t));
    }

    /** The funders' budgets, for inspection (empty before the first month). */
    public List<AidBudget> budgets() { return budgets == null ? List.of() : List.copyOf(budgets); }
}
