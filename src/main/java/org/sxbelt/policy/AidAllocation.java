package org.sxbelt.policy;

import org.sxbelt.agents.Town;
import org.sxbelt.model.BeltModel;
import org.sxbelt.params.ParamValues;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.sxbelt.params.ParamSchema.*;

/**
 * How a funder's pot for factory space is divided among the towns it may build in
 * ({@code policy.aidAllocation}). The baseline builds where firms were turned away; the two others
 * are the alternatives the sources set against each other (001 part 2: money "sprinkled like
 * pepper" over every county without regard to chains or clustering): the same pot spread so that
 * every county builds its own small park, or concentrated in a few hub parks. Both of these build
 * ahead of any demand, so what differs between them is only where the space stands.
 */
enum AidAllocation {

    /** Each town asks for policy.buildAhead times the space its turned-away firms wanted. */
    WHERE_TURNED_AWAY {
        @Override
        double[] asks(BeltModel m, List<Town> where, double yuan) {
            double ahead = m.params().get(BUILD_AHEAD);
            double[] ask = new double[where.size()];
            for (int i = 0; i < ask.length; i++) ask[i] = where.get(i).getUnmetSpace() * ahead;
            return ask;
        }
    },

    /** Every town gets the same money, whatever firms asked for: each county its own small park. */
    EVERY_COUNTY {
        @Override
        double[] asks(BeltModel m, List<Town> where, double yuan) {
            double[] ask = new double[where.size()];
            for (int i = 0; i < ask.length; i++) ask[i] = yuan / ask.length / ParkBuilding.costPerM2(m, where.get(i));
            return ask;
        }
    },

    /**
     * The pot goes in equal parts to the funder's policy.aidHubs most populous towns (the largest
     * labour pools, where a planner would site a hub; ties in the order of the list), whatever firms
     * asked for.
     */
    HUBS {
        @Override
        double[] asks(BeltModel m, List<Town> where, double yuan) {
            List<Town> byResidents = new ArrayList<>(where);
            byResidents.sort(Comparator.comparingLong(Town::getPopulation).reversed());
            List<Town> hubs = byResidents.subList(0, Math.min(where.size(), m.params().getInt(AID_HUBS)));
            double[] ask = new double[where.size()];
            for (int i = 0; i < ask.length; i++) {
                Town t = where.get(i);
                if (hubs.contains(t)) ask[i] = yuan / hubs.size() / ParkBuilding.costPerM2(m, t);
            }
            return ask;
        }
    };

    /** The m2 each town of {@code where} asks for from a pot of {@code yuan}, before this month's building limit. */
    abstract double[] asks(BeltModel m, List<Town> where, double yuan);

    static AidAllocation of(ParamValues p) { return values()[p.getInt(AID_ALLOCATION)]; }
}
