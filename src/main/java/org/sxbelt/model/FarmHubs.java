package org.sxbelt.model;

import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Households;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Village;
import org.sxbelt.params.ParamValues;

import java.util.List;

import static org.sxbelt.params.ParamSchema.HUB_MU_PER_WORKER;
import static org.sxbelt.params.ParamSchema.HUB_REACH_KM;
import static org.sxbelt.params.ParamSchema.HUB_UPLIFT;

/**
 * Towns as farm-product collection and processing hubs. A town's agro-processing firms (park firms and
 * the county's village workshops) buy and process the crops of the villages within road reach; where
 * their workers can handle all the land in reach, farmers sell at a farm-gate value higher by
 * {@code town.hubUplift} (a buyer at hand, contract prices, less spoilage and fewer middlemen), and in
 * proportion where they can handle part of it. A village takes the best coverage among the hubs it
 * reaches: its farm income is multiplied by 1 + uplift x max over hubs in reach of
 * min(1, processing workers x {@code town.hubMuPerWorker} / farmland in the hub's reach).
 */
public final class FarmHubs implements java.io.Serializable {

    /** Farm income factor by village, 1 until the first update. */
    private double[] factor = new double[0];
    /** Farmland by village, real mu (households' land is fixed once the belt is built). */
    private double[] land = new double[0];

    /** Sets this month's factors from the live agro-processing firms and the villages' land. */
    void update(BeltModel m) {
        Belt belt = m.belt();
        ParamValues p = m.params();
        List<Village> villages = belt.villages();
        int towns = belt.towns().size();
        if (factor.length != villages.size()) factor = new double[villages.size()];
        double uplift = p.get(HUB_UPLIFT), reach = p.get(HUB_REACH_KM);
        if (uplift <= 0) {
            java.util.Arrays.fill(factor, 1);
            return;
        }
        double[] processors = new double[towns];
        for (Firm f : belt.liveFirms()) {
            if (f.industry() == Industry.AGRO_PROCESSING) processors[f.town().index()] += f.getWorkerCount() * (double) belt.scale();
        }
        if (land.length != villages.size()) land = villageLand(belt);
        double[] landInReach = new double[towns];
        for (Village v : villages) {
            if (v.isUrbanWard()) continue;
            for (int t = 0; t < towns; t++) if (km(belt, v, t) <= reach) landInReach[t] += land[v.getIndex()];
        }
        double[] coverage = coverage(processors, landInReach, p.get(HUB_MU_PER_WORKER));
        for (Village v : villages) {
            double best = 0;
            if (!v.isUrbanWard()) {
                for (int t = 0; t < towns; t++) if (km(belt, v, t) <= reach) best = Math.max(best, coverage[t]);
            }
            factor[v.getIndex()] = 1 + uplift * best;
        }
    }

    private static double[] villageLand(Belt belt) {
        Households hh = belt.households();
        double[] mu = new double[belt.villages().size()];
        for (Village v : belt.villages()) {
            if (v.isUrbanWard()) continue;
            double sum = 0;
            for (int h = v.firstHousehold(); h < v.firstHousehold() + v.householdCount(); h++) sum += hh.land(h);
            mu[v.getIndex()] = sum * belt.scale();
        }
        return mu;
    }

    /** Road km from a village to town {@code t}: to its own town, then on by road. */
    private static double km(Belt belt, Village v, int t) {
        int own = v.town().index();
        return v.getKmToTown() + (own == t ? 0 : belt.km(own, t));
    }

    /** Each hub's share of the land in its reach that its processing workers can handle, 0..1. */
    static double[] coverage(double[] processors, double[] landInReach, double muPerWorker) {
        double[] c = new double[processors.length];
        for (int t = 0; t < c.length; t++) {
            c[t] = landInReach[t] > 0 ? Math.min(1, processors[t] * muPerWorker / landInReach[t]) : 0;
        }
        return c;
    }

    /** The farm-gate factor of village {@code v}'s crops this month (1 = no hub in reach). */
    public double factor(int v) { return v < factor.length ? factor[v] : 1; }
}
