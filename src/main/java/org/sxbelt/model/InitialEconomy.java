package org.sxbelt.model;

import ec.util.MersenneTwisterFast;
import org.sxbelt.agents.DistantMarket;
import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.IntList;
import org.sxbelt.agents.Persons;
import org.sxbelt.agents.Status;
import org.sxbelt.agents.Town;
import org.sxbelt.params.ParamValues;

import static org.sxbelt.params.ParamSchema.*;

/**
 * The economy the belt already had at the end of 2014, put in place after the population is built and
 * before the first month (ODD §5.7), so that January 2015 continues a history instead of starting from
 * an empty economy. Nothing here is logged as an event or booked as spending: it is the state the run
 * starts from.
 * <ul>
 * <li><b>Park firms</b>: those the model's own entry rules brought in the {@code firm.historyMonths}
 * months before January 2015 and the 2015 factory space had room for ({@link ParkHistory}), so that the
 * stock follows the inflow rate and sits where firms chose; some are still in their support period and
 * some past it. Each is staffed to capacity from the working-age residents of its county, who have
 * worked there since a month drawn between the firm's opening and now.</li>
 * <li><b>People working away</b>: each distant market holds the share {@code market.initialStockShare} of
 * the belt workers its employers want at the 2015 wage outside the cotton season ({@code market.*Demand}), drawn among the rural working-age
 * farmers who speak the Mandarin the market needs; they have been away 1-24 months.</li>
 * <li><b>What villagers have heard of the parks</b>: the belt says of a park with initial firms that it
 * hires {@code labor.initialTownHearsay} of its applicants, a park of full firms, not the 0.5 of a
 * place nobody has seen ({@link Expectations}).</li>
 * <li><b>Village workshops</b>: none. The sources count them only at the end of the campaign, date
 * their government workshops to 2018-2019 and name one firm with village satellites that came in 2014
 * (003 ~1595, its satellites undated); the workshop programme builds them from January 2015.</li>
 * </ul>
 */
final class InitialEconomy {

    /** Migrants of the initial state have been away up to this many months. */
    static final int MAX_MONTHS_AWAY = 24;

    private InitialEconomy() {}

    static void seed(BeltModel m) {
        IntList[] workers = workforceByTown(m);
        new ParkHistory(m, workers).replay();
        for (Town t : m.belt().towns()) {
            if (!t.firms().isEmpty()) m.laborMarket().startTownHearsay(t.index(), m.params().get(INITIAL_TOWN_HEARSAY));
        }
        seedMigrants(m);
    }

    /** Working-age residents of each county not yet in wage work (farmers and town-ward service workers). */
    private static IntList[] workforceByTown(BeltModel m) {
        Belt belt = m.belt();
        Persons ps = belt.persons();
        IntList[] pool = new IntList[belt.towns().size()];
        for (int t = 0; t < pool.length; t++) pool[t] = new IntList();
        for (int p = 0; p < ps.size(); p++) {
            if (!ps.isAlive(p)) continue;
            Status s = ps.status(p);
            if (s != Status.FARMING && s != Status.SERVICES) continue;
            pool[belt.villages().get(belt.villageOfPerson(p)).town().index()].add(p);
        }
        return pool;
    }

    /**
     * The park firms of the end of 2014, as the model's own entry rules brought them in the
     * {@code firm.historyMonths} months before January 2015: each month eastern firms weigh the belt at
     * that month's eastern labour costs (the 2015 index discounted at {@code firm.eastWageGrowth}), drawn as the running model draws them ({@link Relocation#entry}), and
     * choose by the location logit ({@link Relocation#choose}), local founders start where people and
     * raw materials are ({@link Relocation#localSite}), and a firm is turned away where the park has no
     * room for it. So the initial stock follows the inflow (a calibration that brings ten times the
     * firms finds ten times the history, not an economy built for the old rate) and sits where firms
     * chose, not in proportion to residents. The firms are drawn one real firm at a time, as at 1:1:
     * each takes its own space, and the firms of one industry in one town are grouped into an agent
     * firm once they make {@link SuperFirm#MIN_AGENT_WORKERS} agent places, opened at their mean arrival
     * month (a lottery of whole super-firms, {@link SuperFirm#kept}, gave large firms a chance in
     * proportion to their size in a park the draws fill, and a full park held fewer, larger firms the
     * coarser the scale). Exits before 2015 are not drawn.
     */
    private static final class ParkHistory {
        private final BeltModel m;
        private final IntList[] workers;
        private final Relocation rules = new Relocation();
        private final int industries = Industry.count();
        private final EntryGroups.Group[] groups;
        /** Sum over a group's members of the months before January 2015 they arrived. */
        private final double[] ageSum;

        ParkHistory(BeltModel m, IntList[] workers) {
            this.m = m;
            this.workers = workers;
            int cells = m.belt().towns().size() * industries;
            groups = new EntryGroups.Group[cells];
            ageSum = new double[cells];
        }

        void replay() {
            ParamValues p = m.params();
            int months = (int) p.get(HISTORY_MONTHS);
            double aid = m.level(COUNTERPART_AID);
            for (int age = months; age >= 1; age--) {
                m.clusters().refresh(m);
                final int monthsBefore = age;
                rules.entry(m, Math.pow(1 + p.get(EAST_WAGE_GROWTH), -age / 12.0), aid,
                        (k, origin, town, size) -> arrive(k, origin, town, size, monthsBefore));
            }
            for (Town t : m.belt().towns()) {
                for (Industry k : Industry.values()) {
                    if (groups[cell(t, k)] != null) openRemainder(t, k);
                }
            }
        }

        private int cell(Town t, Industry k) { return t.index() * industries + k.ordinal(); }

        /** A real firm that chose {@code chosen} {@code age} months before 2015: it takes its space if the park has it. */
        private void arrive(Industry k, String origin, Town chosen, double size, int age) {
            double space = size * m.params().get(SPACE_PER_WORKER);
            Town t = m.sharedParks().room(m.belt(), chosen, k, space, m.params());
            if (t == null) return; // turned away: it stayed east, unrecorded (the park builders start in 2015)
            t.occupy(k, space);
            int c = cell(t, k);
            EntryGroups.Group g = groups[c];
            if (g == null) g = groups[c] = new EntryGroups.Group(-age, origin);
            g.add(size, space);
            ageSum[c] += age;
            if (g.workers >= SuperFirm.MIN_AGENT_WORKERS * (double) m.belt().scale()) {
                open(t, k, g.firms, g.workers / g.firms, g.space);
            }
        }

        /**
         * The last, smaller group of an industry in a town: it joins the town's agent firm of its industry
         * opened last if that firm is still supported, as a firm admitted to a nearly full park does
         * ({@link EntryGroups#supportedHost}), since an agent
         * firm of a few places hires and loses workers in lumps that the real firms it stands for do not
         * (at 1:100 such firms of the initial state survived five years at 0.61-0.66 against 0.97 for those
         * of four places or more). Where the industry has no agent firm in the town, it opens as one of its
         * own if it makes one agent place; if it makes only a fraction x of one, with chance x as one place
         * standing for 1/x times its firms (stochastically rounded), so that expected real firms and jobs
         * stay those drawn. The place takes the space of what it stands for, or what the park has left
         * where that is less (small parks at the coarsest scales, where one agent place needs more factory
         * space than the park has).
         */
        private void openRemainder(Town t, Industry k) {
            EntryGroups.Group g = groups[cell(t, k)];
            int scale = m.belt().scale();
            double x = g.workers / scale;
            Firm host = EntryGroups.supportedHost(m, t, k);
            if (host != null) {
                groups[cell(t, k)] = null;
                ageSum[cell(t, k)] = 0;
                t.occupy(k, -g.space); // the host takes it over
                m.firmFactory().joinExisting(host, g.firms, g.workers / g.firms, g.space);
                staff(m, host, workers[t.index()]);
                return;
            }
            if (x >= 1) {
                open(t, k, g.firms, g.workers / g.firms, g.space);
                return;
            }
            t.occupy(k, -g.space);
            double age = ageSum[cell(t, k)] / g.firms;
            groups[cell(t, k)] = null;
            if (m.random.nextDouble() >= x) return;
            int firms = m.stochasticRound(g.firms / x);
            double space = Math.min(scale * m.params().get(SPACE_PER_WORKER), t.freeSpace(k));
            staff(m, m.firmFactory().openExisting(k, g.origin, t, (double) scale / firms, firms, space,
                    -(int) Math.round(age)), workers[t.index()]);
        }

        /** Opens the town's group of {@code k} as one agent firm of {@code firms} real firms, staffed. */
        private void open(Town t, Industry k, int firms, double realWorkers, double space) {
            int c = cell(t, k);
            String origin = groups[c].origin;
            int opened = -(int) Math.round(ageSum[c] / firms);
            groups[c] = null;
            ageSum[c] = 0;
            t.occupy(k, -space); // the agent firm takes it over
            staff(m, m.firmFactory().openExisting(k, origin, t, realWorkers, firms, space, opened), workers[t.index()]);
        }
    }

    private static void staff(BeltModel m, Firm f, IntList pool) {
        Persons ps = m.belt().persons();
        int firmAge = -f.getOpenedMonth();
        while (f.getWorkerCount() < f.getCapacity() && !pool.isEmpty()) {
            int at = m.random.nextInt(pool.size());
            int person = pool.get(at);
            pool.removeAt(at);
            if (!DirectHire.hire(m, person, f)) return;
            settled(ps, person, 1 + m.random.nextInt(firmAge));
        }
    }

    private static void seedMigrants(BeltModel m) {
        Belt belt = m.belt();
        ParamValues p = m.params();
        Persons ps = belt.persons();
        MersenneTwisterFast rng = m.random;
        if (p.get(INITIAL_AWAY_SHARE) <= 0) return; // draws nothing, so the limiting settings keep their streams
        for (DistantMarket d : belt.markets()) {
            double needed = p.get(d.mandarinParam());
            IntList pool = new IntList();
            for (int q = 0; q < ps.size(); q++) {
                if (ps.isAlive(q) && ps.status(q) == Status.FARMING && ps.mandarin(q) >= needed) pool.add(q);
            }
            int wanted = m.stochasticRound(p.get(INITIAL_AWAY_SHARE) * DistantDemand.demand(p, d, false) / belt.scale());
            double net = d.wage(p, m.conditions().wageIndex()) - d.livingCost(p, m.conditions().wageIndex());
            for (int i = 0; i < wanted && !pool.isEmpty(); i++) {
                int at = rng.nextInt(pool.size());
                int person = pool.get(at);
                pool.removeAt(at);
                m.employment().hireDistant(person, d, net, false);
                settled(ps, person, 1 + rng.nextInt(MAX_MONTHS_AWAY));
            }
        }
    }

    /** A worker of the initial state: in the job for {@code months} months, past the new hire's first month. */
    private static void settled(Persons ps, int person, int months) {
        ps.setTenure(person, months);
        ps.set(person, Persons.NEW_HIRE, false);
    }
}
