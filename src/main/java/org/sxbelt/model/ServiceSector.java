package org.sxbelt.model;

import org.sxbelt.params.ParamValues;

import java.util.Arrays;

import static org.sxbelt.params.ParamSchema.SERVICES_INCOME_ELASTICITY;
import static org.sxbelt.params.ParamSchema.SERVICES_WAGE;

/**
 * The urban service sector of each county town, a local multiplier: its demand follows the income the
 * county's households earn outside services (the export base: farming, factory and workshop wages,
 * remittances, rents, dividends and transfers), and it is shared by the town's service workers.
 *
 * <p>Service jobs, counted at the reference wage {@code labor.servicesWage} x wage index, are
 * J = J0 (b / b0)^ε, with b the base income deflated by the wage index, b0 and J0 its and the
 * service workers' level in the first month, and ε = {@code town.servicesIncomeElasticity}; Kashgar's port
 * trade adds the jobs it has added since 2015 ({@link PortEconomy}). The sector's revenue, J x reference wage, is
 * shared by last month's service workers N (largely self-employed shops, stalls and transport), so
 * the service wage is reference wage x J / N: it rises where income grows and where residents leave
 * services for factory work, and falls where the base shrinks. With ε = 0, no port growth and no one
 * leaving, it is the reference wage (the fixed wage of the model before this class).
 */
public final class ServiceSector implements java.io.Serializable {

    /** Real base income and service workers (real persons) in the first month, by county; NaN until seen. */
    private double[] baseAtStart = new double[0];
    private double[] workersAtStart = new double[0];
    /** Service jobs at the reference wage and last month's service workers (real persons), by county. */
    private double[] jobs = new double[0];
    private double[] workers = new double[0];

    /** Takes in this month's household incomes by county from the accounts (the local-markets phase). */
    void observe(BeltModel m) {
        int n = m.belt().towns().size();
        double[] base = new double[n], services = new double[n], port = new double[n];
        int kashgar = m.belt().geography().byId(PortEconomy.PORT_TOWN).index();
        port[kashgar] = PortEconomy.jobsAdded(m.params(), m.month()); // this month's trade, like the base
        for (int t = 0; t < n; t++) {
            for (Flow f : Flow.values()) {
                if (!f.isHouseholdIncome()) continue;
                if (f == Flow.INCOME_SERVICES) services[t] = m.accounts().get(t, f);
                else base[t] += m.accounts().get(t, f);
            }
        }
        observe(m.params(), m.conditions().wageIndex(), base, services, port);
    }

    /**
     * Takes in one month's booked incomes: {@code base[t]} the county's household income outside services,
     * {@code servicesIncome[t]} its service pay (both yuan, real persons), paid at this month's
     * {@link #wage}; {@code portJobs[t]} the port jobs added there since 2015 (real persons). Sets next
     * month's jobs.
     */
    void observe(ParamValues p, double wageIndex, double[] base, double[] servicesIncome, double[] portJobs) {
        int n = base.length;
        if (jobs.length != n) start(n);
        double eps = p.get(SERVICES_INCOME_ELASTICITY);
        for (int t = 0; t < n; t++) {
            double paid = wage(p, wageIndex, t);
            double realBase = base[t] / wageIndex;
            workers[t] = paid > 0 ? servicesIncome[t] / paid : 0;
            if (Double.isNaN(baseAtStart[t])) {
                baseAtStart[t] = realBase;
                workersAtStart[t] = workers[t];
            }
            double growth = baseAtStart[t] > 0 && realBase > 0 ? Math.pow(realBase / baseAtStart[t], eps) : 1;
            jobs[t] = Math.max(0, workersAtStart[t] * growth + portJobs[t]);
        }
    }

    private void start(int n) {
        baseAtStart = new double[n];
        workersAtStart = new double[n];
        Arrays.fill(baseAtStart, Double.NaN);
        jobs = new double[n];
        workers = new double[n];
    }

    /**
     * This month's pay of a service worker in county {@code t}: the reference wage before the first month
     * is observed and where nobody worked in services last month, else the reference wage x jobs / workers.
     */
    public double wage(ParamValues p, double wageIndex, int t) {
        double reference = p.get(SERVICES_WAGE) * wageIndex;
        if (t >= jobs.length || workers[t] <= 0 || jobs[t] <= 0) return reference;
        return reference * jobs[t] / workers[t];
    }

    /** Service jobs in county {@code t} at the reference wage (real persons; 0 before the first month). */
    public double jobs(int t) { return t < jobs.length ? jobs[t] : 0; }

    /** Service workers in county {@code t} last month (real persons). */
    public double workers(int t) { return t < workers.length ? workers[t] : 0; }
}
