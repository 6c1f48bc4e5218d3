package org.sxbelt.model;

import ec.util.MersenneTwisterFast;
import org.sxbelt.agents.DistantMarket;
import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Households;
import org.sxbelt.agents.IntList;
import org.sxbelt.agents.Persons;
import org.sxbelt.agents.Status;
import org.sxbelt.params.ParamValues;

import java.util.ArrayList;
import java.util.List;

import static org.sxbelt.params.ParamSchema.*;

/**
 * Urn-ball matching: each firm and distant market hires among its applicants at random up to its
 * vacancies (applicants do not see each other, so some places go unfilled while others are
 * oversubscribed). Poverty-alleviation workshops hire the registered poor first and park firms reserve
 * a share of their places for them. Rejected seekers lower their reservation wage (Dawid et al. 2014);
 * those turned away from a town job they came to from afar stay in that town to search (Harris-Todaro).
 */
final class Matching implements java.io.Serializable {

    private final Vacancies vacancies;
    private final Expectations expectations;
    private final List<IntList> applicants = new ArrayList<>();
    private final IntList[] marketApplicants = {new IntList(), new IntList(), new IntList()};

    Matching(Vacancies vacancies, Expectations expectations) {
        this.vacancies = vacancies;
        this.expectations = expectations;
    }

    /** Empty queues for this month, one per firm ever opened and one per market. */
    void open(Belt belt) {
        for (DistantMarket d : belt.markets()) marketApplicants[d.id()].clear();
        while (applicants.size() < belt.firms().size()) applicants.add(null);
    }

    /**
     * Puts one block's applications into the firms' and markets' queues, in seeker order, tallying each
     * place's applicants with the hire chance they believed in and noting which villages heard from where;
     * seekers waiting in town who decided to go home go home now.
     */
    void queue(BeltModel m, SeekerBlock blk) {
        Belt belt = m.belt();
        for (int k = 0; k < blk.seekers.size(); k++) {
            int target = blk.applications.get(k);
            if (target == SeekerBlock.NO_APPLICATION) continue;
            int person = blk.seekers.get(k);
            if (target == SeekerBlock.GO_HOME) {
                m.employment().leave(person);
                continue;
            }
            int v = belt.villageOfPerson(person);
            if (target < SeekerBlock.NO_APPLICATION) {
                DistantMarket d = belt.market(SeekerBlock.marketOf(target));
                d.hiring().countApplicant(blk.believed[k]);
                expectations.applied(v, expectations.market(d, m.conditions().monthOfYear()));
                marketApplicants[d.id()].add(person);
            } else {
                Firm f = belt.firm(target);
                if (f.village() == null) {
                    f.town().hiring().countApplicant(blk.believed[k]);
                    expectations.applied(v, expectations.town(f.town().index()));
                } else {
                    expectations.applied(v, expectations.workshops());
                }
                IntList q = applicants.get(f.id());
                if (q == null) applicants.set(f.id(), q = new IntList(4));
                q.add(person);
            }
        }
    }

    /** Every queue hires at random up to its vacancies, on the run's sequential stream. */
    void hire(BeltModel m) {
        Belt belt = m.belt();
        MersenneTwisterFast rng = m.random;
        ParamValues p = m.params();
        double casual = p.get(CASUAL_HABIT_SHARE);
        PersonTrace trace = m.trace();
        for (Firm f : belt.liveFirms()) {
            IntList q = applicants.get(f.id());
            if (q == null || q.isEmpty()) continue;
            shuffle(q, rng);
            // An upgraded firm hires only trained or skilled applicants (they are moved to the front).
            int eligible = f.skilledHiresOnly() ? skilledFirst(m, q) : q.size();
            int slots = Math.min(f.vacancies(), eligible);
            // Workshops hire the registered poor first; park firms reserve a share of their places.
            poorFirst(m, q, f.village() != null ? slots : (int) Math.round(p.get(POOR_PRIORITY) * slots), eligible);
            for (int i = 0; i < q.size(); i++) {
                int person = q.get(i);
                if (i < slots) {
                    if (f.village() == null) f.town().hiring().countHire();
                    else expectations.hiredInWorkshop(belt.villageOfPerson(person));
                    double net = Math.max(0, JobChoice.expectedPay(f.getMeanWage(), m.production().newHirePay(m, person)));
                    m.employment().hire(person, f, net, rng.nextDouble() < casual);
                    if (trace != null && trace.traced(person)) trace.reason(person, "hired: " + PersonTrace.workplace(belt, person));
                } else {
                    rejected(m, person);
                    // Turned away from a town job sought away from home: stay in town to search there.
                    Persons ps = belt.persons();
                    boolean waits = f.village() == null && ps.has(person, Persons.SEARCHED_AWAY)
                            && !ps.status(person).isLocalWageWork();
                    if (waits) {
                        double belief = expectations.believed(belt.villageOfPerson(person), expectations.town(f.town().index()));
                        m.employment().waitInTown(person, f.town(), belief);
                    }
                    if (trace != null && trace.traced(person)) {
                        Status at = f.village() != null ? Status.WORKSHOP
                                : f.town() == m.employment().homeVillage(person).town() ? Status.PARK : Status.OTHER_TOWN;
                        trace.reason(person, "turned away by " + PersonTrace.place(at, f.town(), null)
                                + (waits ? ": waits in town " + f.town().id() : ""));
                    }
                }
            }
            q.clear();
        }
        for (DistantMarket d : belt.markets()) {
            IntList q = marketApplicants[d.id()];
            shuffle(q, rng);
            double net = d.wage(p, m.conditions().wageIndex()) - d.livingCost(p, m.conditions().wageIndex());
            for (int i = 0; i < q.size(); i++) {
                if (i < vacancies.inMarket(d.id())) {
                    d.hiring().countHire();
                    m.employment().hireDistant(q.get(i), d, net, false);
                    if (trace != null && trace.traced(q.get(i))) trace.reason(q.get(i), "hired: " + PersonTrace.workplace(belt, q.get(i)));
                } else {
                    rejected(m, q.get(i));
                    // a seeker who left the town they waited in to try a distant market goes home
                    boolean home = belt.persons().status(q.get(i)) == Status.TOWN_SEEKER;
                    if (home) m.employment().leave(q.get(i));
                    if (trace != null && trace.traced(q.get(i))) {
                        trace.reason(q.get(i), "turned away by " + d.status().id() + " " + d.key() + (home ? ": went home" : ""));
                    }
                }
            }
        }
    }

    /**
     * Moves up to {@code reserved} applicants from registered-poor households to the front of the
     * (shuffled) queue, among its first {@code eligible}: poverty-alleviation workshops hire them first,
     * and park firms were rewarded for each poor worker they took on.
     */
    private static void poorFirst(BeltModel m, IntList q, int reserved, int eligible) {
        Households hh = m.belt().households();
        Persons ps = m.belt().persons();
        int front = 0;
        for (int i = 0; i < eligible && front < reserved; i++) {
            int person = q.get(i);
            if (hh.isTargeted(ps.household(person))) {
                q.set(i, q.get(front));
                q.set(front++, person);
            }
        }
    }

    /**
     * Moves the applicants who have been trained or have a skill to the front of the (shuffled) queue,
     * keeping their order; returns how many there are.
     */
    private static int skilledFirst(BeltModel m, IntList q) {
        Persons ps = m.belt().persons();
        int n = q.size();
        int[] others = new int[n];
        int front = 0, back = 0;
        for (int i = 0; i < n; i++) {
            int person = q.get(i);
            if (ps.has(person, Persons.TRAINED) || ps.skill(person) > 0) q.set(front++, person);
            else others[back++] = person;
        }
        for (int i = 0; i < back; i++) q.set(front + i, others[i]);
        return front;
    }

    private static void rejected(BeltModel m, int person) {
        Persons ps = m.belt().persons();
        ps.setReservationWage(person, ps.reservationWage(person) * (1 - m.params().get(RESERVATION_DECAY)));
    }


    /** Fisher–Yates shuffle of the queue. */
    private static void shuffle(IntList l, MersenneTwisterFast rng) {
        for (int i = l.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = l.get(i);
            l.set(i, l.get(j));
            l.set(j, t);
        }
    }
}
