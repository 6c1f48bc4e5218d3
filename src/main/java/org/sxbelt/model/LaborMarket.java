package org.sxbelt.model;

import org.sxbelt.agents.Persons;
import org.sxbelt.agents.Status;
import org.sxbelt.agents.Town;
import org.sxbelt.agents.Village;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.Arrays;

/**
 * The monthly labour market, with frictions, in the order its parts act:
 * <ol>
 * <li>{@link Vacancies}: layoffs where orders fell, then every firm's vacancies (the distant markets post theirs after the returns);</li>
 * <li>{@link JobSearch}: quits, returns of distant migrants, and who searches;</li>
 * <li>{@link JobChoice}: each seeker's options and values, and the one applied for by the active
 *     {@link ChoiceRule};</li>
 * <li>{@link Matching}: urn-ball hiring among each queue's applicants;</li>
 * <li>{@link Expectations}: what seekers believe about hire chances, revised from the month's outcome.</li>
 * </ol>
 * The passes over persons run in the fixed blocks of {@link PersonBlocks}, each from its own random
 * stream, and their results are booked in block order, so the outcome does not depend on threads.
 */
public final class LaborMarket implements Steppable {

    private static final long serialVersionUID = 1L;

    private final Vacancies vacancies = new Vacancies();
    private final JobSearch search = new JobSearch();
    private final Expectations expectations = new Expectations();
    private final JobChoice choice = new JobChoice(vacancies, search, expectations);
    private final Matching matching = new Matching(vacancies, expectations);
    private SeekerBlock[] blocks = new SeekerBlock[0];
    private int seekerCount;

    @Override
    public void step(SimState state) {
        BeltModel m = (BeltModel) state;
        Belt belt = m.belt();
        vacancies.open(m);
        matching.open(belt);
        int n = PersonBlocks.count(belt.persons().size());
        if (blocks.length < n) {
            blocks = Arrays.copyOf(blocks, n);
            for (int b = 0; b < n; b++) if (blocks[b] == null) blocks[b] = new SeekerBlock();
        }
        search.collect(m, blocks, n);
        vacancies.openMarkets(m);
        // Seekers apply in index order, block by block: the order does not matter to the outcome because
        // every applicant queue is shuffled before anyone is hired, and applying changes nothing another
        // seeker looks at, so the choices are made in parallel and queued afterwards in block order.
        ChoiceRule rule = ChoiceRule.of(m.params());
        choice.open(m);
        m.personBlocks().forEach(n, b -> choice.choose(m, b, blocks[b], rule));
        seekerCount = 0;
        for (int b = 0; b < n; b++) {
            matching.queue(m, blocks[b]);
            seekerCount += blocks[b].seekers.size();
        }
        matching.hire(m);
        DistantDemand.closeQueues(m);
        expectations.revise(m, vacancies);
    }

    /** Fresh beliefs for a freshly built belt (called at every start). */
    void prepare(Belt belt) { expectations.prepare(belt); }

    /** What the belt says of town {@code t}'s park at the start, where the park had firms before the run. */
    void startTownHearsay(int t, double chance) { expectations.startTownHearsay(t, chance); }

    /**
     * A worker laid off or whose firm closed: one who lived away (dormitory, another town) stays in that
     * town to search, believing in the hire chance their village believes in; a commuter goes home.
     * (Quits, for family shocks or the casual-work habit, always go home: {@link Employment#leave}.)
     */
    public void layOff(BeltModel m, int p) { layOff(m, p, "laid off"); }

    /** As {@link #layOff(BeltModel, int)}, {@code why} (e.g. {@code laid off: orders fell}) in the trace. */
    void layOff(BeltModel m, int p, String why) {
        Persons ps = m.belt().persons();
        Status s = ps.status(p);
        Village home = m.employment().homeVillage(p);
        boolean away = s == Status.OTHER_TOWN
                || s == Status.PARK && !JobChoice.commutesDaily(m.params(), m.conditions(), home);
        if (away) {
            Town town = m.belt().firm(ps.employer(p)).town();
            m.employment().waitInTown(p, town, expectations.believed(home.getIndex(), expectations.town(town.index())));
        } else {
            m.employment().leave(p);
        }
        PersonTrace trace = m.trace();
        if (trace != null && trace.traced(p)) {
            trace.reason(p, why + (ps.status(p) == Status.TOWN_SEEKER
                    ? ", waits in town " + m.belt().town(ps.employer(p)).id() : ", went home"));
        }
    }

    /** What the seekers of village {@code v} believe of the park of town {@code t} (for traces and checks). */
    public double believedTownHireChance(int v, int t) { return expectations.believed(v, expectations.town(t)); }

    /** Monthly income the person keeps by not moving: the fallback every job choice weighs against (farm income for a farmer). */
    double fallback(BeltModel m, int person) {
        return choice.currentIncome(m, person, m.belt().persons().status(person));
    }

    /** Would this person take a sure offer (an escorted transfer) under the active choice rule? */
    public boolean acceptsOffer(BeltModel m, int person, Status status, double gross, double cost, double attachment) {
        return choice.acceptsOffer(m, person, status, gross, cost, attachment);
    }

    /**
     * One round of a town's park hiring for a given list of applicants, outside the monthly schedule: the
     * month's vacancies are opened, each applicant applies to one hiring firm of the town drawn with chance
     * proportional to its vacancies, and every firm hires among its applicants as each month
     * ({@link Matching}). Returns the number hired. The theory command's urn-ball check runs this.
     */
    public int matchApplicants(BeltModel m, Town town, int[] persons) {
        Belt belt = m.belt();
        vacancies.open(m);
        matching.open(belt);
        if (vacancies.inTown(town.index()) == 0) return 0;
        SeekerBlock blk = new SeekerBlock();
        for (int k = 0; k < persons.length; k++) {
            blk.seekers.add(persons[k]);
            blk.apply(k, vacancies.pickFirm(town, m.random).id(), 1);
        }
        int before = town.hiring().hires();
        matching.queue(m, blk);
        matching.hire(m);
        int hired = town.hiring().hires() - before;
        expectations.revise(m, vacancies);
        return hired;
    }

    /** Seekers this month (for indicators). */
    public int seekerCount() { return seekerCount; }
}
