package org.sxbelt.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CES demand across towns: the price index, revenue per variety and the adding-up of spending. */
class CesDemandTest {

    @Test
    void priceIndexAndRevenueMatchHandComputedValues() {
        // two towns, T = 1.5, sigma 3: phi = 1.5^-2 = 4/9
        CesDemand d = CesDemand.overRoads(3, new double[][]{{0, 100}, {100, 0}}, 0.005);
        double[] n = {2, 1}, p = {1, 1}, e = {6, 3}, g = new double[2], r = new double[2];
        d.priceIndices(n, p, g);
        assertEquals(Math.pow(2 + 4.0 / 9, -0.5), g[0], 1e-12);
        assertEquals(Math.pow(2 * 4.0 / 9 + 1, -0.5), g[1], 1e-12);
        d.revenuePerVariety(p, e, g, r);
        assertEquals(6 / (2 + 4.0 / 9) + 3 * (4.0 / 9) / (2 * 4.0 / 9 + 1), r[0], 1e-12);
    }

    @Test
    void millRevenueAddsUpToSpending() {
        double[][] km = {{0, 120, 300}, {120, 0, 200}, {300, 200, 0}};
        CesDemand d = CesDemand.overRoads(5, km, 0.002);
        double[] n = {3, 0.5, 7}, p = {1.1, 0.9, 1}, e = {10, 4, 2}, g = new double[3], r = new double[3];
        d.priceIndices(n, p, g);
        d.revenuePerVariety(p, e, g, r);
        double sold = 0;
        for (int s = 0; s < 3; s++) sold += n[s] * r[s];
        assertEquals(16, sold, 1e-9);
    }

    @Test
    void moreIncomeNearbyBuysMoreFromTheTownsFirms() {
        double[][] km = {{0, 50, 400}, {50, 0, 400}, {400, 400, 0}};
        CesDemand d = CesDemand.overRoads(5, km, 0.002);
        double[] n = {1, 1, 1}, p = {1, 1, 1}, g = new double[3], before = new double[3], after = new double[3];
        d.priceIndices(n, p, g);
        d.revenuePerVariety(p, new double[]{1, 1, 1}, g, before);
        d.revenuePerVariety(p, new double[]{1, 2, 1}, g, after);
        assertTrue(after[0] - before[0] > after[2] - before[2], "the near town's firms gain more");
        assertTrue(after[1] > after[0], "the richer town's own firms most");
    }

    @Test
    void zeroProfitWagesAreOneWhenTownsAreEven() {
        ZeroProfitWages z = new ZeroProfitWages(CesDemand.overRoads(5, new double[][]{{0, 100}, {100, 0}}, 0.007), 0.4);
        z.solve(new double[]{0.2, 0.2}, new double[]{0.3, 0.3});
        assertEquals(1, z.wage(0), 1e-9);
        assertEquals(z.realWage(0), z.realWage(1), 1e-12);
        // total pay equals manufacturing spending (zero profit) also when uneven
        double[] l = {0.3, 0.1}, f = {0.3, 0.3};
        z.solve(l, f);
        double pay = z.wage(0) * l[0] + z.wage(1) * l[1];
        assertEquals(0.4 * (pay + 0.6), pay, 1e-9);
    }

    @Test
    void migrationMovesTowardTheHigherRealWageAndKeepsTheTotal() {
        RealWageMigration m = new RealWageMigration(0.1, 0.05);
        double[] w = {10, 10};
        m.move(w, new double[]{1.0, 1.01});
        assertEquals(10 - 10 * 0.1 * 0.2, w[0], 1e-12);
        assertEquals(20, w[0] + w[1], 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new CesDemand(1, new double[][]{{1}}));
    }
}
