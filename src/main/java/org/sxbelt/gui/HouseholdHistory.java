package org.sxbelt.gui;

import org.sxbelt.agents.Households;
import org.sxbelt.agents.Persons;
import org.sxbelt.agents.Status;
import org.sxbelt.model.Belt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The last {@link #MONTHS} months of one household, recorded by the GUI after each month (the model
 * keeps no history): how many members were in each status and the month's income by source (farm,
 * policy, the rest: wages and remittances). The map watches one household of every village it draws,
 * so a click on a village shows a year of a real household at once. Reads only; a sample, never all
 * households.
 */
public final class HouseholdHistory {

    public static final int MONTHS = 12;

    /** One month: statuses (counts by status code), income total, farm and policy parts (yuan). */
    record Month(int month, int[] statuses, double income, double farm, double policy) {
    }

    private final int household;
    /** A member in the decision trace's sample when the household was chosen, or {@link Persons#NONE}. */
    private final int tracedMember;
    private final Deque<Month> months = new ArrayDeque<>();

    HouseholdHistory(int household) { this(household, Persons.NONE); }

    HouseholdHistory(int household, int tracedMember) {
        this.household = household;
        this.tracedMember = tracedMember;
    }

    public int household() { return household; }

    /** The household's member whose decisions are traced ({@link Persons#NONE}: none). */
    public int tracedMember() { return tracedMember; }

    /** After month {@code month} (0 = 2015-01) has been simulated and closed. */
    void record(Belt belt, int month) {
        Households hh = belt.households();
        Persons ps = belt.persons();
        int[] counts = new int[Status.values().length];
        for (int p = hh.firstMember(household); p != Persons.NONE; p = ps.nextMember(p)) {
            if (ps.isAlive(p)) counts[ps.statusCode(p)]++;
        }
        months.addFirst(new Month(month, counts, hh.closedMonthIncome(household, month), hh.farmIncome(household),
                hh.policyIncome(household)));
        while (months.size() > MONTHS) months.removeLast();
    }

    void clear() { months.clear(); }

    /** Newest first. */
    List<Month> months() { return new ArrayList<>(months); }

    /** Statuses in words: "2 farming, 1 town park". */
    static String statuses(Labels l, int[] counts) {
        List<String> parts = new ArrayList<>();
        for (Status s : Status.values()) if (counts[s.code()] > 0) parts.add(counts[s.code()] + " " + l.status(s));
        return parts.isEmpty() ? "–" : String.join(l.isChinese() ? "，" : ", ", parts);
    }

    /** Income in words: "1,234 yuan (farm 500, policy 100, wages and other 634)". */
    static String income(Labels l, Month m) {
        double other = m.income() - m.farm() - m.policy();
        return Format.yuan(l, m.income()) + " (" + l.get("insp.farm") + " " + Format.decimal(m.farm(), 0) + ", "
                + l.get("insp.policy") + " " + Format.decimal(m.policy(), 0) + ", " + l.get("insp.other") + " "
                + Format.decimal(Math.max(0, other), 0) + ")";
    }
}
