package org.sxbelt.model;

import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Town;

import java.util.Arrays;

/**
 * Orders placed by the counterpart provinces' consumption aid (以购代捐, buying instead of donating:
 * 003 ~1906-1989, 001 part 1 §1 and §3): the farm products and handicrafts of their paired towns,
 * bought by their agencies, state firms and residents. The programme that places them lives in the
 * policy package ({@code policy.ConsumptionAid}); what it leaves here, orders per capacity slot by
 * town, adds to the outside demand of the industries it buys from ({@link FirmEconomics#demandFactor}).
 */
public final class DonorPurchases implements java.io.Serializable {

    private double[] orders = new double[0];

    /** The industries consumption aid buys from: farm products (agro-processing) and handicrafts. */
    public static boolean buys(Industry k) {
        return k == Industry.AGRO_PROCESSING || k == Industry.CARPETS_CRAFTS;
    }

    /** Orders per capacity slot the donors place with a firm of {@code k} in {@code t} (0 if they buy none). */
    public double orders(Industry k, Town t) {
        return buys(k) && t.index() < orders.length ? orders[t.index()] : 0;
    }

    /** Sets the orders per capacity slot placed with the bought industries' firms of {@code t}. */
    public void set(Town t, double ordersPerCapacity) {
        if (!(ordersPerCapacity >= 0)) throw new IllegalArgumentException("orders per capacity " + ordersPerCapacity);
        if (t.index() >= orders.length) orders = Arrays.copyOf(orders, t.index() + 1);
        orders[t.index()] = ordersPerCapacity;
    }

    /** No purchases anywhere (the programme has ended). */
    public void clear() {
        Arrays.fill(orders, 0);
    }
}
