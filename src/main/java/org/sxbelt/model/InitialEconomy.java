package org.sxbelt.model;

import ec.util.MersenneTwisterFast;
import org.sxbelt.agents.DistantMarket;
import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.IntList;
import org.sxbelt.agents.Persons;
import org.sxbelt.agents.SourceRegion;
import org.sxbelt.agents.Status;
import org.sxbelt.agents.Town;
import org.sxbelt.geo.PopulationPath;
import org.sxbelt.params.ParamValues;

import static org.sxbelt.params.ParamSchema.*;

/**
 * The economy the belt already had at the end of 2014, put in place after the population is built and
 * before the first month (ODD §5.7), so that January 2015 continues a history instead of starting from
 * an empty economy. Nothing here is logged as an event or booked as spending: it is the state the run
 * starts from.
 * <ul>
 * <li><b>Park firms</b>: each town's park holds {@code policy.initialParkJobs} jobs per 100,000 residents
 * of 2015, as far as its 2015 factory space allows, in firms drawn as relocating firms are (origin and size as in
 * {@link Relocation}, the industry also weighted by the raw material grown round the town; at a coarse
 * scale grouped as {@link SuperFirm}s), opened 1-36 months
 * before January 2015, so that some are still in their support period and some past it. Each is staffed
 * to capacity from the working-age residents of its county, who have worked there since a month drawn
 * between the firm's opening and now.</li>
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

    /** Firms of the initial state opened up to this many months before January 2015. */
    static final int MAX_FIRM_AGE = 36;
    /** Migrants of the initial state have been away up to this many months. */
    static final int MAX_MONTHS_AWAY = 24;

    private InitialEconomy() {}

    static void seed(BeltModel m) {
        IntList[] workers = workforceByTown(m);
        for (Town t : m.belt().towns()) {
            seedParkFirms(m, t, workers[t.index()]);
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
     * Draws the town's park firms of the end of 2014 one real firm at a time, as at 1:1: each takes its
     * own space while the park has room, and the firms of one industry are grouped into an agent firm
     * once they make {@link SuperFirm#MIN_AGENT_WORKERS} agent places (at 1:1, every firm on its own).
     * The park's space fills with the firms drawn, not with the ones a coarse scale would favour: a
     * lottery of whole super-firms ({@link SuperFirm#kept}) gives large firms a chance in proportion to
     * their size, and a full park then held fewer, larger firms the coarser the scale (at 1:100 a fifth
     * fewer real firms than at 1:10 for the same jobs).
     */
    private static void seedParkFirms(BeltModel m, Town t, IntList pool) {
        ParamValues p = m.params();
        double groupWorkers = SuperFirm.MIN_AGENT_WORKERS * (double) m.belt().scale();
        double target = p.get(INITIAL_PARK_JOBS) * PopulationPath.loadDefault().population2015(t.county()) / 100_000.0;
        EntryGroups.Group[] groups = new EntryGroups.Group[Industry.count()];
        double drawn = 0;
        while (drawn < target && t.getIdleSpace() > 0) {
            Industry k = drawIndustry(m, t);
            SourceRegion origin = Relocation.drawOrigin(m.random);
            double size = Relocation.drawSize(m, k, 1.0);
            double space = size * p.get(SPACE_PER_WORKER);
            drawn += size;
            if (t.freeSpace(k) < space) continue; // no room for this one
            t.occupy(k, space);
            EntryGroups.Group g = groups[k.ordinal()];
            if (g == null) g = groups[k.ordinal()] = new EntryGroups.Group(0, origin.name());
            g.add(size, space);
            if (g.workers >= groupWorkers) {
                groups[k.ordinal()] = null;
                open(m, t, k, g, g.firms, g.workers / g.firms, pool);
            }
        }
        for (Industry k : Industry.values()) {
            if (groups[k.ordinal()] != null) openRemainder(m, t, k, groups[k.ordinal()], pool);
        }
    }

    /**
     * The last, smaller group of an industry: as an agent firm of its own if it makes one agent place;
     * if it makes only a fraction x of one, with chance x as one place standing for 1/x times its firms
     * (stochastically rounded), so that expected real firms and jobs stay those drawn. The place takes
     * the space of what it stands for, or what the park has left where that is less (small parks at
     * the coarsest scales, where one agent place needs more factory space than the park has).
     */
    private static void openRemainder(BeltModel m, Town t, Industry k, EntryGroups.Group g, IntList pool) {
        int scale = m.belt().scale();
        double x = g.workers / scale;
        if (x >= 1) {
            open(m, t, k, g, g.firms, g.workers / g.firms, pool);
            return;
        }
        t.occupy(k, -g.space);
        g.space = 0;
        if (m.random.nextDouble() >= x) return;
        int firms = m.stochasticRound(g.firms / x);
        double space = Math.min(scale * m.params().get(SPACE_PER_WORKER), t.freeSpace(k));
        staff(m, m.firmFactory().openExisting(k, g.origin, t, (double) scale / firms, firms, space, -firmAge(m)), pool);
    }

    /** Opens {@code firms} real firms of {@code realWorkers} each as one agent firm of the initial economy, staffed. */
    private static void open(BeltModel m, Town t, Industry k, EntryGroups.Group g, int firms, double realWorkers, IntList pool) {
        t.occupy(k, -g.space); // the agent firm takes it over
        staff(m, m.firmFactory().openExisting(k, g.origin, t, realWorkers, firms, g.space, -firmAge(m)), pool);
    }

    /** Months before January 2015 that a firm of the initial state opened, 1 to {@link #MAX_FIRM_AGE}. */
    private static int firmAge(BeltModel m) { return 1 + m.random.nextInt(MAX_FIRM_AGE); }

    /**
     * An industry for a firm that came before 2015: weighted as relocating firms are, times the pull of
     * the raw material grown round the town, as firms sorted by their inputs (003 ~1595: Aksu's cotton
     * base drew the textile firms; 004 ~549: most of Shache's firms process raw materials).
     */
    private static Industry drawIndustry(BeltModel m, Town t) {
        double base = t.getRawMaterialBase();
        double total = 0;
        for (Industry k : Industry.values()) total += k.relocationWeight() * k.rawMaterialPull(base);
        double r = m.random.nextDouble() * total;
        for (Industry k : Industry.values()) {
            r -= k.relocationWeight() * k.rawMaterialPull(base);
            if (r < 0) return k;
        }
        return Industry.GARMENTS;
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
