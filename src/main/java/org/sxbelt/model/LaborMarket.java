package org.sxbelt.model;

import org.sxbelt.agents.Status;
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
    private final JobChoice choice = new JobChoice(vacancies, search);
    private final Matching matching = new Matching(vacancies);
    private final Expectations expectations = new Expectations();
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
        m.personBlocks().forEach(n, b -> choice.choose(m, b, blocks[b], rule));
        seekerCount = 0;
        for (int b = 0; b < n; b++) {
            matching.queue(belt, blocks[b]);
            seekerCount += blocks[b].seekers.size();
        }
        matching.hire(m);
        expectations.revise(belt, vacancies);
    }

    /** Would this person take a sure offer (an escorted transfer) under the active choice rule? */
    public boolean acceptsOffer(BeltModel m, int person, Status status, double gross, double cost, double attachment) {
        return choice.acceptsOffer(m, person, status, gross, cost, attachment);
    }

    /** Seekers this month (for indicators). */
    public int seekerCount() { return seekerCount; }
}
