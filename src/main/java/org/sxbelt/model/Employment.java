package org.sxbelt.model;

import org.sxbelt.agents.DistantMarket;
import org.sxbelt.agents.Firm;
import org.sxbelt.agents.IntList;
import org.sxbelt.agents.Persons;
import org.sxbelt.agents.Status;
import org.sxbelt.agents.Town;
import org.sxbelt.agents.Village;

/**
 * The only place where a person's job changes, so that a person is always in exactly one status
 * and on exactly one firm's payroll when in local wage work.
 */
public final class Employment implements java.io.Serializable {

    private final Belt belt;
    /** Seekers waiting in each town (persons with status TOWN_SEEKER, by the town they wait in). */
    private final int[] waiting;
    /** Migrants in each distant market: [market][0] on the open market, [market][1] escorted. */
    private final int[][] migrants;

    public Employment(Belt belt) {
        this.belt = belt;
        this.waiting = new int[belt.towns().size()];
        this.migrants = new int[belt.markets().size()][2];
    }

    /** Migrants (agents) now in market {@code d}: escorted ones (organised transfer) or the others. */
    public int migrantsIn(int d, boolean escorted) { return migrants[d][escorted ? 1 : 0]; }

    /** Seekers waiting in town {@code t} now. */
    public int seekersWaitingIn(int t) { return waiting[t]; }

    public void hire(int p, Firm firm, double netWage, boolean casualHabit) {
        leave(p);
        Persons ps = belt.persons();
        Status s = firm.village() != null ? Status.WORKSHOP
                : firm.town() == homeVillage(p).town() ? Status.PARK : Status.OTHER_TOWN;
        ps.setStatus(p, s);
        ps.setEmployer(p, firm.id());
        ps.setTenure(p, 0);
        ps.set(p, Persons.NEW_HIRE, true);
        ps.set(p, Persons.CASUAL, casualHabit);
        ps.set(p, Persons.ESCORTED, false);
        ps.setReservationWage(p, netWage);
        ps.setPayrollSlot(p, firm.workers().size());
        firm.workers().add(p);
        firm.countHire();
        if (ps.has(p, Persons.TRAINED)) firm.countTrainedHire();
    }

    public void hireDistant(int p, DistantMarket market, double netWage, boolean escorted) {
        leave(p);
        Persons ps = belt.persons();
        ps.setStatus(p, market.status());
        ps.setEmployer(p, market.id());
        ps.setTenure(p, 0);
        ps.set(p, Persons.ESCORTED, escorted);
        ps.set(p, Persons.CASUAL, false);
        ps.setReservationWage(p, netWage);
        migrants[market.id()][escorted ? 1 : 0]++;
    }

    /** p takes a job on the village's cooperative or scale farm at {@code wage} a month (ODD 7.7.5). */
    public void hireCooperative(int p, double wage) {
        leave(p);
        Persons ps = belt.persons();
        ps.setStatus(p, Status.COOPERATIVE);
        ps.setReservationWage(p, wage);
    }

    /**
     * p stays in town {@code t} without a job, to search there (Harris-Todaro's urban unemployed), believing
     * the hire chance to be {@code believedChance} (see {@link Expectations}).
     */
    public void waitInTown(int p, Town t, double believedChance) {
        Persons ps = belt.persons();
        boolean searchedAway = ps.has(p, Persons.SEARCHED_AWAY); // this month's search away still counts
        leave(p);
        ps.set(p, Persons.SEARCHED_AWAY, searchedAway);
        ps.setStatus(p, Status.TOWN_SEEKER);
        ps.setEmployer(p, t.index());
        waiting[t.index()]++;
        ps.setHireBelief(p, believedChance);
    }

    /** Ends whatever job p has and sends p back to the household's default activity. */
    public void leave(int p) {
        Persons ps = belt.persons();
        Status s = ps.status(p);
        if (s.isLocalWageWork()) {
            // Swap-remove: the last worker takes p's place on the payroll.
            IntList payroll = belt.firm(ps.employer(p)).workers();
            int slot = ps.payrollSlot(p);
            int last = payroll.get(payroll.size() - 1);
            payroll.removeAt(slot);
            if (last != p) ps.setPayrollSlot(last, slot);
        } else if (s == Status.TOWN_SEEKER) {
            waiting[ps.employer(p)]--;
        } else if (s.isDistant()) {
            migrants[ps.employer(p)][ps.has(p, Persons.ESCORTED) ? 1 : 0]--;
        }
        if (s != Status.DEPENDENT) {
            ps.setStatus(p, homeStatus(p));
        }
        ps.setEmployer(p, Persons.NONE);
        ps.setTenure(p, 0);
        ps.set(p, Persons.ESCORTED, false);
        ps.set(p, Persons.NEW_HIRE, false);
        ps.set(p, Persons.SEARCHED_AWAY, false);
    }

    /** Leaves the labour force (retirement, death): no longer counted in any labour status. */
    public void retire(int p) {
        leave(p);
        belt.persons().setStatus(p, Status.DEPENDENT);
    }

    /**
     * What a working-age person without a job does: urban services in the town ward, farming where
     * the household still farms land, otherwise idle (all land leased out or none).
     */
    public Status homeStatus(int p) {
        if (homeVillage(p).isUrbanWard()) return Status.SERVICES;
        int h = belt.persons().household(p);
        return belt.households().land(h) - belt.households().leasedLand(h) > 0 ? Status.FARMING : Status.IDLE;
    }

    public Village homeVillage(int p) {
        return belt.villages().get(belt.villageOfPerson(p));
    }
}
