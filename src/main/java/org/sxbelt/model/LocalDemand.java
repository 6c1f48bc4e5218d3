package org.sxbelt.model;

import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Town;
import org.sxbelt.params.ParamValues;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.Arrays;

import static org.sxbelt.params.ParamSchema.*;

/**
 * The belt's own market for its firms' goods. Every industry sells a share {@code demand.localShare} to
 * the belt's towns (the rest goes outside, as orders, {@link FirmEconomics#outsideDemandFactor}); each
 * town spends a part of its households' income on each industry's manufactures, with CES demand across
 * varieties ({@link CesDemand}: elasticity {@code demand.sigma}, iceberg freight {@code
 * demand.freightPerKm} per road km). A firm's capacity counts as its varieties and mill prices are equal
 * across the belt (pay is set by piece rates and floors, not by local demand); varieties from outside
 * the belt compete for the same spending, a mass fixed in the first month an industry has capacity so
 * that its local orders per unit of capacity then average {@code demand.localShare}. Afterwards they
 * follow income and its map: a town with more income buys more, most from its own and nearby firms.
 *
 * <p>Each town's price index of manufactures is the geometric mean over industries of their CES
 * indices, relative to the belt's income-weighted mean in the month each was fixed; the cost of living
 * deflates income by that index to the power {@code demand.manufacturesShare}. Cost: towns² × industries
 * a month (ODD §7.3.4).
 */
public final class LocalDemand implements Steppable {

    private static final long serialVersionUID = 1L;

    private CesDemand demand;
    private double localShare = Double.NaN;
    /** Competing varieties from outside the belt per industry (NaN until fixed), and the reference index then. */
    private final double[] imports = new double[Industry.count()];
    private final double[] referenceIndex = new double[Industry.count()];
    /** Local orders per unit of capacity, [industry][town]; the price index and cost of living by town. */
    private double[][] orders = new double[0][];
    private double[] priceIndex = new double[0];
    private double[] costOfLiving = new double[0];

    @Override
    public void step(SimState state) {
        BeltModel m = (BeltModel) state;
        Belt belt = m.belt();
        ParamValues p = m.params();
        int n = belt.towns().size();
        double[] income = new double[n];
        for (int t = 0; t < n; t++) {
            for (Flow f : Flow.values()) if (f.isHouseholdIncome()) income[t] += m.accounts().get(t, f);
        }
        update(m, income);
    }

    /** Local orders and price indices for this month's household income by town (real yuan). */
    void update(BeltModel m, double[] income) {
        Belt belt = m.belt();
        ParamValues p = m.params();
        int n = belt.towns().size();
        prepare(m);
        if (localShare <= 0) return; // everything is sold outside: no local orders, prices as at the start
        double total = 0;
        for (double y : income) total += y;
        if (total <= 0) return;
        double[][] capacity = new double[Industry.count()][n];
        for (Firm f : belt.liveFirms()) capacity[f.industry().ordinal()][f.town().index()] += f.getCapacity();
        double[] ones = new double[n], spending = new double[n], g = new double[n];
        Arrays.fill(ones, 1);
        double[] logIndex = new double[n];
        double weights = 0;
        double perIndustry = p.get(MANUFACTURES_SHARE) / Industry.count();
        double scale = belt.scale(), wIdx = m.conditions().wageIndex();
        for (Industry k : Industry.values()) {
            int i = k.ordinal();
            double cap = 0;
            for (int t = 0; t < n; t++) cap += capacity[i][t];
            if (cap <= 0) continue;
            // spending in units of orders: a unit of capacity's month of value added
            double unit = scale * k.valueAdded() * wIdx;
            for (int t = 0; t < n; t++) spending[t] = perIndustry * income[t] / unit;
            if (Double.isNaN(imports[i])) {
                imports[i] = importsFor(capacity[i], spending, ones, localShare * cap);
                demand.priceIndices(capacity[i], ones, imports[i], g);
                double mean = 0;
                for (int t = 0; t < n; t++) mean += income[t] * g[t] / total;
                referenceIndex[i] = mean;
            }
            demand.priceIndices(capacity[i], ones, imports[i], g);
            demand.revenuePerVariety(ones, spending, g, orders[i]);
            for (int t = 0; t < n; t++) logIndex[t] += Math.log(g[t] / referenceIndex[i]);
            weights++;
        }
        double mu = p.get(MANUFACTURES_SHARE);
        for (int t = 0; t < n; t++) {
            priceIndex[t] = weights == 0 ? 1 : Math.exp(logIndex[t] / weights);
            costOfLiving[t] = Math.pow(priceIndex[t], mu);
        }
    }

    /**
     * The competing varieties from outside the belt, Σ n p^(1−σ) T^(1−σ) of theirs, that leave the belt's
     * firms {@code sold} of the towns' spending (0 when even all of it falls short: then the belt's
     * firms have the whole local market).
     */
    private double importsFor(double[] capacity, double[] spending, double[] prices, double sold) {
        double lo = 0, hi = 1;
        if (soldLocally(capacity, spending, prices, lo) <= sold) return 0;
        while (soldLocally(capacity, spending, prices, hi) > sold) hi *= 2;
        for (int i = 0; i < 60; i++) {
            double mid = 0.5 * (lo + hi);
            if (soldLocally(capacity, spending, prices, mid) > sold) lo = mid;
            else hi = mid;
        }
        return 0.5 * (lo + hi);
    }

    private double soldLocally(double[] capacity, double[] spending, double[] prices, double imports) {
        int n = capacity.length;
        double[] g = new double[n], r = new double[n];
        demand.priceIndices(capacity, prices, imports, g);
        demand.revenuePerVariety(prices, spending, g, r);
        double sum = 0;
        for (int s = 0; s < n; s++) sum += capacity[s] * r[s];
        return sum;
    }

    private void prepare(BeltModel m) {
        if (demand != null) return;
        ParamValues p = m.params();
        Belt belt = m.belt();
        int n = belt.towns().size();
        double[][] km = new double[n][n];
        for (int a = 0; a < n; a++) for (int b = 0; b < n; b++) km[a][b] = belt.km(a, b);
        demand = CesDemand.overRoads(p.get(DEMAND_SIGMA), km, p.get(FREIGHT_PER_KM));
        localShare = p.get(LOCAL_SHARE);
        Arrays.fill(imports, Double.NaN);
        orders = new double[Industry.count()][n];
        for (double[] row : orders) Arrays.fill(row, localShare);
        priceIndex = new double[n];
        costOfLiving = new double[n];
        Arrays.fill(priceIndex, 1);
        Arrays.fill(costOfLiving, 1);
    }

    /** Orders per unit of capacity from the belt's own towns for a firm of {@code k} in {@code t}. */
    public double orders(Industry k, Town t, ParamValues p) {
        return demand == null ? p.get(LOCAL_SHARE) : orders[k.ordinal()][t.index()];
    }

    /** The town's price index of manufactures (1 = the belt's mean when the spending was fixed). */
    public double priceIndex(int town) { return demand == null ? 1 : priceIndex[town]; }

    /** The price index to the power of the manufactures' share of spending: what deflates income. */
    public double costOfLiving(int town) { return demand == null ? 1 : costOfLiving[town]; }
}
