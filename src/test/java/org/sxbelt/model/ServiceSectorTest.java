package org.sxbelt.model;

import org.junit.jupiter.api.Test;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.ParamValues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service sector as a local multiplier (ODD §7.3.3): its jobs follow the county's income earned
 * outside services with the set elasticity, and its wage is its revenue shared by its workers.
 */
class ServiceSectorTest {

    private static final double W = 2600;

    private static ParamValues params(double elasticity) {
        return new ParamValues().set(ParamSchema.SERVICES_WAGE, W).set(ParamSchema.SERVICES_INCOME_ELASTICITY, elasticity);
    }

    /** One county with 100 service workers paid the sector's wage, and the given base income. */
    private static void month(ServiceSector s, ParamValues p, double wIdx, double base, double workers) {
        s.observe(p, wIdx, new double[]{base}, new double[]{workers * s.wage(p, wIdx, 0)}, new double[]{0});
    }

    @Test
    void jobsAndWageFollowBaseIncomeWithTheElasticity() {
        for (double eps : new double[]{0.5, 1, 2}) {
            ParamValues p = params(eps);
            ServiceSector s = new ServiceSector();
            assertEquals(W, s.wage(p, 1, 0), 1e-9, "the reference wage before any month is seen");
            month(s, p, 1, 1e6, 100);
            assertEquals(100, s.jobs(0), 1e-9, "first month: the jobs are its service workers");
            assertEquals(W, s.wage(p, 1, 0), 1e-9);
            month(s, p, 1, 2e6, 100); // base income doubles, same workers
            assertEquals(100 * Math.pow(2, eps), s.jobs(0), 1e-6, "jobs = J0 (b/b0)^eps, eps " + eps);
            assertEquals(W * Math.pow(2, eps), s.wage(p, 1, 0), 1e-6, "the wage shares the revenue, eps " + eps);
        }
    }

    @Test
    void baseIncomeIsDeflatedByTheWageIndex() {
        ParamValues p = params(1);
        ServiceSector s = new ServiceSector();
        month(s, p, 1, 1e6, 100);
        month(s, p, 1.5, 1.5e6, 100); // nominal base grows only with wages
        assertEquals(100, s.jobs(0), 1e-9, "no real growth, no new jobs");
        assertEquals(W * 1.5, s.wage(p, 1.5, 0), 1e-9, "the wage keeps pace with the wage index");
    }

    @Test
    void zeroElasticityKeepsTheFixedWageWhileNobodyLeaves() {
        ParamValues p = params(0);
        ServiceSector s = new ServiceSector();
        month(s, p, 1, 1e6, 100);
        month(s, p, 1, 5e6, 100);
        assertEquals(W, s.wage(p, 1, 0), 1e-9);
        month(s, p, 1, 5e6, 50); // half the workers leave for factory jobs
        assertEquals(2 * W, s.wage(p, 1, 0), 1e-9, "those who stay share the same demand");
    }

    @Test
    void aShrinkingBaseCutsJobsAndPay() {
        ParamValues p = params(1);
        ServiceSector s = new ServiceSector();
        month(s, p, 1, 1e6, 100);
        month(s, p, 1, 0.6e6, 100);
        assertTrue(s.jobs(0) < 100 && s.wage(p, 1, 0) < W, "jobs " + s.jobs(0) + ", wage " + s.wage(p, 1, 0));
    }

    /** In a model run: faster farm-income growth raises service pay in the towns when, and only when, eps > 0. */
    @Test
    void inARunServicePayRisesWithTheCountysIncome() {
        double[] pay = new double[2];
        double[] eps = {0, 1};
        for (int i = 0; i < 2; i++) {
            BeltModel m = TestRuns.model(5, TestRuns.noNewFirms("run.scale", "1000", "run.months", "24",
                    "farm.incomeGrowth", "0.3", "town.servicesIncomeElasticity", Double.toString(eps[i])));
            m.start();
            for (int t = 0; t < 24; t++) m.schedule.step(m);
            pay[i] = m.accounts().cumulative(0, Flow.INCOME_SERVICES);
            for (int t = 1; t < m.belt().towns().size(); t++) pay[i] += m.accounts().cumulative(t, Flow.INCOME_SERVICES);
        }
        assertTrue(pay[1] > 1.05 * pay[0], "service income with eps 1: " + pay[1] + ", eps 0: " + pay[0]);
    }

    @Test
    void portJobsAddedSinceTheStartRaiseTheTownsJobsAndWage() {
        ParamValues p = params(1);
        ServiceSector s = new ServiceSector();
        s.observe(p, 1, new double[]{1e6, 1e6}, new double[]{100 * W, 100 * W}, new double[]{0, 0});
        s.observe(p, 1, new double[]{1e6, 1e6}, new double[]{100 * W, 100 * W}, new double[]{20, 0});
        assertEquals(120, s.jobs(0), 1e-9);
        assertEquals(100, s.jobs(1), 1e-9, "the port's jobs stay in its town");
        assertEquals(1.2 * W, s.wage(p, 1, 0), 1e-9);
        s.observe(p, 1, new double[]{1e6, 1e6}, new double[]{100 * 1.2 * W, 100 * W}, new double[]{-500, 0});
        assertEquals(0, s.jobs(0), 1e-9, "jobs do not go below zero when trade collapses");
    }

    @Test
    void portTradeFollowsItsPathAndStopsWithTheStoppage() {
        ParamValues p = new ParamValues().set(ParamSchema.PORT_TRADE_2015, 10).set(ParamSchema.PORT_TRADE_GROWTH, 0.1)
                .set(ParamSchema.PORT_JOBS_PER_BN, 1000);
        assertEquals(10, PortEconomy.trade(p, 0), 1e-12);
        assertEquals(12.1, PortEconomy.trade(p, 24), 1e-9);
        assertEquals(0, PortEconomy.jobsAdded(p, 0), 1e-9);
        assertEquals(2100, PortEconomy.jobsAdded(p, 24), 1e-6);
        p.set(ParamSchema.STOPPAGE, 1);
        assertEquals(-10_000, PortEconomy.jobsAdded(p, 24), 1e-6, "the ports close with the stoppage");
    }

    /** In a model run: Kashgar's service pay rises with port trade; other towns' barely move. */
    @Test
    void inARunPortTradeRaisesKashgarsServicePay() {
        double[][] pay = new double[2][];
        String[] growth = {"0", "0.5"};
        for (int i = 0; i < 2; i++) {
            BeltModel m = TestRuns.model(5, TestRuns.noNewFirms("run.scale", "1000", "run.months", "24",
                    "town.portTradeGrowth", growth[i]));
            m.start();
            for (int t = 0; t < 24; t++) m.schedule.step(m);
            int kashgar = m.belt().geography().byId(PortEconomy.PORT_TOWN).index();
            int hotan = m.belt().geography().byId("hotan_city").index();
            pay[i] = new double[]{m.services().wage(m.params(), 1, kashgar), m.services().wage(m.params(), 1, hotan)};
        }
        assertTrue(pay[1][0] > 1.03 * pay[0][0], "Kashgar's service wage " + pay[1][0] + " vs " + pay[0][0]);
        assertEquals(pay[0][1], pay[1][1], 0.03 * pay[0][1], "Hotan city's service wage");
    }
}
