package org.sxbelt.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Households;
import org.sxbelt.agents.Persons;
import org.sxbelt.agents.Status;
import org.sxbelt.agents.Town;
import org.sxbelt.params.ParamSchema;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Stock-flow consistency of a short baseline run (scale 1000, four years, so that three January
 * demography steps, the 2017 workshop programme and the 2018 organised transfer are all inside),
 * checked after every month:
 * <ol type="a">
 * <li>people are conserved: alive(t) = alive(t-1) + births - deaths, and the {@code employment_*}
 *     belt indicators add up to {@code population} (= alive persons x scale);</li>
 * <li>every alive person is in exactly one status; a person in WORKSHOP / PARK / OTHER_TOWN is on
 *     exactly one live firm's {@code workers()} list, that firm's id is the person's employer and its
 *     site matches the status; nobody else is on any list; closed firms have no workers;
 *     migrants' employer is the distant market of their status; a seeker waiting in town holds that
 *     town's index, and each town's count of seekers waiting there is the number of them; the workplace tallies
 *     ({@code jobs_park}, {@code jobs_workshop}) equal the residence tallies;</li>
 * <li>wages paid equal wages received: belt {@code firm_wage_bill} equals belt
 *     {@code income_local_wage} (relative 1e-9), and both equal the firms' own wage tallies;</li>
 * <li>households: each member list holds alive persons whose {@code household} is that household,
 *     its length is {@code members(h)}, and every alive person is on exactly one list;</li>
 * <li>mean wages: {@code wage_mean_*} is defined for every job status someone holds, and where
 *     everybody earns the same it is that pay ({@code wage_mean_services} lies within the towns' service
 *     wages and is the services wage x wage index in the first month, {@code wage_mean_migrant_inland} = {@code market_wage_inland} = inland wage x wage index x
 *     the market's relative wage).</li>
 * </ol>
 */
class AccountingInvariantsTest {

    private static final int MONTHS = 48;

    @ParameterizedTest(name = "seed {0}, scale {1}")
    @CsvSource({"42, 1000", "7, 1000", "3, 500"})
    void baselineRunKeepsItsBooks(long seed, int scale) {
        BeltModel m = TestRuns.model(seed, TestRuns.baseline("run.scale", Integer.toString(scale),
                "run.months", Integer.toString(MONTHS)));
        TestRuns.BeltSeries belt = new TestRuns.BeltSeries();
        m.addIndicatorSink(belt);
        m.start();
        Persons ps = m.belt().persons();
        checkPersonsAndFirms(m, -1);
        checkHouseholds(m, -1);
        int births = 0, deaths = 0, closures = 0, workshopsSeen = 0, transfersSeen = 0;
        for (int t = 0; t < MONTHS; t++) {
            int aliveBefore = ps.aliveCount();
            // this month's service wage by county per unit of wage index (the sector updates after pay)
            double lowService = Double.POSITIVE_INFINITY, highService = 0;
            for (int k = 0; k < m.belt().towns().size(); k++) {
                double w = m.services().wage(m.params(), 1, k);
                lowService = Math.min(lowService, w);
                highService = Math.max(highService, w);
            }
            m.schedule.step(m);
            assertEquals(t, m.month());
            Demography d = m.demography();
            births += d.births();
            deaths += d.deaths();
            assertEquals(aliveBefore + d.births() - d.deaths(), ps.aliveCount(), "(a) alive persons, month " + t);
            assertEquals(countAlive(ps), ps.aliveCount(), "(a) alive count matches the alive flags, month " + t);

            // (a) employment statuses add up to the population
            double population = belt.get(t, "population");
            assertEquals((double) ps.aliveCount() * scale, population, 0, "(a) population indicator, month " + t);
            double sum = 0;
            for (Status s : Status.values()) sum += belt.get(t, "employment_" + s.id());
            assertEquals(population, sum, 0, "(a) employment_* sum to population, month " + t);

            // (b) statuses, payrolls, workplace = residence tallies
            checkPersonsAndFirms(m, t);
            assertEquals(belt.get(t, "employment_park") + belt.get(t, "employment_other_town"),
                    belt.get(t, "jobs_park"), 0, "(b) park jobs by workplace = park + other-town workers by residence, month " + t);
            assertEquals(belt.get(t, "employment_workshop"), belt.get(t, "jobs_workshop"), 0,
                    "(b) workshop jobs by workplace = workshop workers by residence, month " + t);

            // (c) wages paid = wages received
            double bill = belt.get(t, "firm_wage_bill");
            double received = belt.get(t, "income_local_wage");
            assertEquals(bill, received, 1e-9 * Math.max(1, Math.abs(bill)), "(c) wage bill = wage income, month " + t);
            double tally = 0;
            for (Firm f : m.belt().firms()) {
                if (f.isAlive() || f.getClosedMonth() == t) tally += f.getLastWageBill() * scale;
            }
            // the village scale farms on leased land (resettled villages lease theirs) pay the wage floor
            double coopWage = Cooperatives.wage(m.params(), m.conditions());
            for (int v = 0; v < m.belt().villages().size(); v++) tally += m.cooperatives().workers(v) * coopWage * scale;
            assertEquals(bill, tally, 1e-9 * Math.max(1, Math.abs(bill)), "(c) firms' own wage tallies, month " + t);
            // at 1:500 and coarser, the first park firms are groups that wait up to EntryGroups.MAX_WAIT_MONTHS
            if (t >= EntryGroups.MAX_WAIT_MONTHS) {
                assertTrue(bill > 0, "wages are paid from month " + EntryGroups.MAX_WAIT_MONTHS + " on, month " + t);
            }

            // (d) households
            checkHouseholds(m, t);

            // (e) mean wages
            for (Status s : Status.values()) {
                if (!(s.isLocalWageWork() || s.isDistant() || s == Status.SERVICES)) continue;
                double w = belt.get(t, "wage_mean_" + s.id());
                if (belt.get(t, "employment_" + s.id()) > 0) {
                    assertTrue(Double.isFinite(w) && w > 0, "(e) wage_mean_" + s.id() + " = " + w + ", month " + t);
                }
            }
            double wIdx = m.conditions().wageIndex();
            double services = belt.get(t, "wage_mean_services");
            assertTrue(services >= lowService * wIdx - 1e-6 && services <= highService * wIdx + 1e-6,
                    "(e) services wage " + services + " within the towns' " + lowService * wIdx + ".." + highService * wIdx
                            + ", month " + t);
            if (t == 0) assertEquals(m.params().get(ParamSchema.SERVICES_WAGE) * wIdx, services, 1e-6,
                    "(e) the reference services wage in the first month");
            if (belt.get(t, "employment_migrant_inland") > 0) {
                double inland = m.belt().market(2).wage(m.params(), wIdx);
                assertEquals(m.params().get(ParamSchema.INLAND_WAGE) * wIdx * m.belt().market(2).getRelativeWage(), inland,
                        1e-6, "(e) inland wage = 2015 wage x wage index x relative wage, month " + t);
                assertEquals(inland, belt.get(t, "wage_mean_migrant_inland"), 1e-6, "(e) inland wage, month " + t);
                assertEquals(inland, belt.get(t, "market_wage_inland"), 1e-6, "(e) market_wage_inland, month " + t);
            }

            for (Firm f : m.belt().firms()) if (f.getClosedMonth() == t) closures++;
            workshopsSeen = Math.max(workshopsSeen, (int) belt.get(t, "workshops"));
            transfersSeen += (int) belt.get(t, "organised_transfers");
        }
        m.finish();
        // The run exercised what the invariants are about.
        assertTrue(births > 0 && deaths > 0, "births " + births + ", deaths " + deaths);
        assertTrue(workshopsSeen > 0, "village workshops opened");
        assertTrue(transfersSeen > 0, "organised transfers happened");
        assertTrue(m.belt().firms().size() > 50, "firms opened: " + m.belt().firms().size());
        assertTrue(closures > 0, "firms closed (their workers must leave the payroll): " + closures);
    }

    private static int countAlive(Persons ps) {
        int n = 0;
        for (int i = 0; i < ps.size(); i++) if (ps.isAlive(i)) n++;
        return n;
    }

    /** (b): one status each; payroll lists and employers agree both ways. */
    private static void checkPersonsAndFirms(BeltModel m, int month) {
        Belt belt = m.belt();
        Persons ps = belt.persons();
        int[] onLists = new int[ps.size()];
        Set<Integer> live = new HashSet<>();
        for (Firm f : belt.liveFirms()) {
            if (!live.add(f.id())) fail("firm " + f.id() + " listed twice as live, month " + month);
            if (!f.isAlive()) fail("closed firm " + f.id() + " still in liveFirms, month " + month);
            if (belt.firm(f.id()) != f) fail("firm id " + f.id() + " does not index itself, month " + month);
            for (int k = 0; k < f.workers().size(); k++) {
                int w = f.workers().get(k);
                String who = "worker " + w + " of firm " + f.id() + ", month " + month;
                if (w < 0 || w >= ps.size() || !ps.isAlive(w)) fail(who + ": not an alive person");
                onLists[w]++;
                if (ps.employer(w) != f.id()) fail(who + ": employer is " + ps.employer(w));
                Status s = ps.status(w);
                if (!s.isLocalWageWork()) fail(who + ": status " + s);
                Town home = m.employment().homeVillage(w).town();
                Status site = f.village() != null ? Status.WORKSHOP : f.town() == home ? Status.PARK : Status.OTHER_TOWN;
                if (s != site) fail(who + ": status " + s + " but the firm's site makes it " + site);
            }
        }
        for (Firm f : belt.firms()) {
            if (!f.isAlive() && !f.workers().isEmpty()) {
                fail("closed firm " + f.id() + " still has " + f.workers().size() + " workers, month " + month);
            }
            if (f.isAlive() && !live.contains(f.id())) fail("open firm " + f.id() + " missing from liveFirms, month " + month);
        }
        int[] waiting = new int[belt.towns().size()];
        int[][] migrants = new int[belt.markets().size()][2];
        for (int i = 0; i < ps.size(); i++) {
            if (!ps.isAlive(i)) {
                if (onLists[i] != 0) fail("dead person " + i + " on a payroll, month " + month);
                continue;
            }
            int code = ps.statusCode(i);
            if (code < 0 || code >= Status.values().length) fail("person " + i + " has status code " + code);
            Status s = Status.of(code);
            String who = "person " + i + " (" + s + "), month " + month;
            if (s.isLocalWageWork()) {
                if (onLists[i] != 1) fail(who + ": on " + onLists[i] + " payrolls");
            } else {
                if (onLists[i] != 0) fail(who + ": on a payroll without local wage work");
                if (s.isDistant()) {
                    int e = ps.employer(i);
                    if (e < 0 || e >= belt.markets().size() || belt.market(e).status() != s) {
                        fail(who + ": employer " + e + " is not a distant market of that status");
                    }
                    migrants[e][ps.has(i, Persons.ESCORTED) ? 1 : 0]++;
                } else if (s == Status.TOWN_SEEKER) {
                    int t = ps.employer(i);
                    if (t < 0 || t >= belt.towns().size()) fail(who + ": waits in town " + t + ", which is no town");
                    waiting[t]++;
                } else if (ps.employer(i) != Persons.NONE) {
                    fail(who + ": has employer " + ps.employer(i));
                }
            }
        }
        checkWaiting(m, waiting, month);
        for (int d = 0; d < migrants.length; d++) {
            assertEquals(migrants[d][0], m.employment().migrantsIn(d, false), "open-market migrants in market " + d + ", month " + month);
            assertEquals(migrants[d][1], m.employment().migrantsIn(d, true), "escorted migrants in market " + d + ", month " + month);
        }
    }

    /** (b), continued: each town's count of waiting seekers is the number of them (migrants likewise, above). */
    private static void checkWaiting(BeltModel m, int[] waiting, int month) {
        for (int t = 0; t < waiting.length; t++) {
            assertEquals(waiting[t], m.employment().seekersWaitingIn(t), "seekers waiting in town " + t + ", month " + month);
        }
    }

    /** (d): member lists and Persons.household agree. */
    private static void checkHouseholds(BeltModel m, int month) {
        Households hh = m.belt().households();
        Persons ps = m.belt().persons();
        int[] seen = new int[ps.size()];
        long listed = 0;
        for (int h = 0; h < hh.size(); h++) {
            int n = 0;
            for (int q = hh.firstMember(h); q != Persons.NONE; q = ps.nextMember(q)) {
                String who = "member " + q + " of household " + h + ", month " + month;
                if (++n > hh.members(h)) fail("household " + h + ": list longer than members() = " + hh.members(h)
                        + " (or a cycle), month " + month);
                if (!ps.isAlive(q)) fail(who + ": not alive");
                if (ps.household(q) != h) fail(who + ": Persons.household says " + ps.household(q));
                seen[q]++;
            }
            if (n != hh.members(h)) fail("household " + h + ": " + n + " listed, members() = " + hh.members(h)
                    + ", month " + month);
            listed += n;
        }
        assertEquals(ps.aliveCount(), listed, "persons on household lists, month " + month);
        for (int i = 0; i < ps.size(); i++) {
            if (ps.isAlive(i) && seen[i] != 1) fail("alive person " + i + " on " + seen[i] + " household lists, month " + month);
        }
    }
}
