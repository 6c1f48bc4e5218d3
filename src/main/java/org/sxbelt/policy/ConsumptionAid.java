package org.sxbelt.policy;

import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Town;
import org.sxbelt.model.BeltModel;
import org.sxbelt.model.DonorPurchases;
import org.sxbelt.model.Programme;

import java.util.List;

import static org.sxbelt.params.ParamSchema.CONSUMPTION_AID;

/**
 * Consumption aid (消费扶贫): each counterpart province buys the farm products and handicrafts of its
 * paired towns, through its agencies' and state firms' fixed purchases, fairs and counters in its own
 * shops (003 ~1906-1989: Tianjin's ducks from Luopu, over 30 M yuan of Hotan products in 2020; 001
 * part 1 §1: over 200 M yuan in 2019; 003 ~2698: much of Luopu's produce sold this way rather than on
 * the market). A province spends {@code shock.consumptionAid} yuan of value added a year per resident of
 * its paired towns (2015 yuan, at the month's price level), a twelfth each month, spread over the
 * capacity of the agro-processing and craft firms there (park firms and village workshops alike) as
 * orders per capacity slot. Where its towns have none of these firms the money is not spent. A firm
 * cannot deliver more than its capacity, so orders above it are bought only up to that.
 */
final class ConsumptionAid implements Programme {

    private List<AidBudget> provinces;
    private boolean buying;

    @Override
    public void run(BeltModel m) {
        double perResident = m.params().get(CONSUMPTION_AID);
        DonorPurchases donors = m.donorPurchases();
        if (perResident <= 0) {
            if (buying) donors.clear();
            buying = false;
            return;
        }
        buying = true;
        if (provinces == null) provinces = AidBudget.counterparts(m.belt().towns());
        // value added at full capacity, 2015 yuan a month, of the bought industries by town (prices cancel)
        double[] capacity = new double[m.belt().towns().size()];
        int scale = m.belt().scale();
        for (Firm f : m.belt().liveFirms()) {
            if (DonorPurchases.buys(f.industry())) capacity[f.town().index()] += (double) f.getCapacity() * scale * f.valueAdded();
        }
        for (AidBudget province : provinces) {
            double budget = perResident / 12 * province.population();
            double value = 0;
            for (Town t : province.towns()) value += capacity[t.index()];
            double orders = value > 0 ? budget / value : 0;
            for (Town t : province.towns()) donors.set(t, orders);
        }
    }
}
