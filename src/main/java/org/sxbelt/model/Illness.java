package org.sxbelt.model;

import ec.util.MersenneTwisterFast;
import org.sxbelt.agents.Households;
import org.sxbelt.agents.IntList;
import org.sxbelt.agents.Persons;
import org.sxbelt.agents.Status;
import org.sxbelt.params.ParamValues;

import static org.sxbelt.params.ParamSchema.*;

/**
 * Serious illness as a hazard (ODD 7.7.7; the sources' first cause of falling back into poverty, 003
 * ~1636). Each month a rural household of n members suffers an illness with chance n x
 * {@code health.illnessRate} / 12, striking one member at random. The treatment costs
 * {@code health.illnessCost} (growing with the wage index); the basic health insurance pays
 * {@code policy.healthInsurance} of it if the household is enrolled ({@link Households#UNINSURED} not set)
 * and, for a household on the poverty record or under monitoring, medical assistance pays
 * {@code policy.medicalAssistance} of the rest; the household pays what is left from its savings,
 * then from the month's income. An ill adult leaves any job (a migrant comes home) and for
 * {@code health.illnessMonths} months does not work, farm, search or train ({@link Persons#ILL}); then
 * they are back in their home status and free to search again.
 */
final class Illness implements java.io.Serializable {

    /** Persons ill now and the month in which each recovers, in onset order. */
    private final IntList ill = new IntList(64);
    private final IntList recovery = new IntList(64);

    /**
     * What a household pays of a medical {@code bill}: the basic insurance pays its share if the household
     * is enrolled ({@code insured}), medical assistance its share of the rest for a household on the poverty
     * record or under monitoring ({@code assisted}). The one rule of {@link #strike} and of the observer's
     * vulnerability.
     */
    static double outOfPocket(ParamValues p, double bill, boolean insured, boolean assisted) {
        return bill - insured(p, bill, insured) - assisted(p, bill, insured, assisted);
    }

    private static double insured(ParamValues p, double bill, boolean insured) {
        return insured ? bill * p.get(HEALTH_INSURANCE) : 0;
    }

    private static double assisted(ParamValues p, double bill, boolean insured, boolean assisted) {
        return assisted ? (bill - insured(p, bill, insured)) * p.get(MEDICAL_ASSISTANCE) : 0;
    }

    /** Is household h entitled to medical assistance: on the poverty record since 2015, or under monitoring? */
    static boolean entitledToAssistance(Households hh, int h) { return hh.isTargeted(h) || hh.has(h, Households.MONITORED); }

    /** The medical cost of one serious illness this month, before insurance. */
    static double cost(ParamValues p, Conditions c) { return p.get(ILLNESS_COST) * c.wageIndex(); }

    /** Those whose illness ends this month recover (a slot reused by a birth has lost the flag). */
    void recover(BeltModel m) {
        Persons ps = m.belt().persons();
        int month = m.month();
        int kept = 0;
        for (int k = 0; k < ill.size(); k++) {
            int q = ill.get(k);
            if (recovery.get(k) <= month) {
                if (ps.isAlive(q)) ps.set(q, Persons.ILL, false);
                continue;
            }
            ill.set(kept, q);
            recovery.set(kept++, recovery.get(k));
        }
        ill.truncate(kept);
        recovery.truncate(kept);
    }

    /**
     * This month's onsets, in household order: household h falls ill with chance
     * members(h) x {@code monthlyRate}, drawn by an {@link EventSkipper} at the largest household's
     * chance, so the draws are in proportion to the onsets.
     */
    EventSkipper onsets(Households hh, double monthlyRate, MersenneTwisterFast rng) {
        int largest = 0;
        for (int h = 0; h < hh.size(); h++) largest = Math.max(largest, hh.members(h));
        return new EventSkipper(largest * monthlyRate, rng);
    }

    /**
     * Whether rural household {@code h} falls ill this month ({@code monthlyRate} being
     * {@code health.illnessRate / 12}), from the month's {@link #onsets}.
     */
    static boolean strikes(EventSkipper onsets, Households hh, int h, double monthlyRate, MersenneTwisterFast rng) {
        return onsets.reached() && onsets.accept(hh.members(h) * monthlyRate, rng);
    }

    /**
     * An illness in household {@code h}: the member struck and the costs. Returns the out-of-pocket cost
     * the household must absorb.
     */
    double strike(BeltModel m, int h, int county, MersenneTwisterFast rng) {
        Belt belt = m.belt();
        Households hh = belt.households();
        int n = hh.members(h);
        ParamValues p = m.params();
        Persons ps = belt.persons();
        int pick = rng.nextInt(n);
        int q = hh.firstMember(h);
        for (int k = 0; k < pick; k++) q = ps.nextMember(q);
        fallIll(m, q);
        double bill = cost(p, m.conditions());
        boolean enrolled = !hh.has(h, Households.UNINSURED), entitled = entitledToAssistance(hh, h);
        double insured = insured(p, bill, enrolled);
        double assisted = assisted(p, bill, enrolled, entitled);
        int scale = belt.scale();
        Accounts acc = m.accounts();
        acc.add(county, Flow.SPEND_HEALTH_INSURANCE, insured * scale);
        acc.add(county, Flow.SPEND_MEDICAL_ASSISTANCE, assisted * scale);
        double own = outOfPocket(p, bill, enrolled, entitled);
        acc.add(county, Flow.MEDICAL_OUT_OF_POCKET, own * scale);
        m.observer().count(county, Measure.ILLNESSES);
        return own;
    }

    /** Person q stops working for the illness's months (dependants only cost money). */
    void fallIll(BeltModel m, int q) {
        Persons ps = m.belt().persons();
        int months = m.params().getInt(ILLNESS_MONTHS);
        if (ps.statusCode(q) == Status.DEPENDENT.ordinal() || months == 0 || ps.has(q, Persons.ILL)) return;
        Status s = ps.status(q);
        if (s.isLocalWageWork() || s.isDistant() || s == Status.TOWN_SEEKER || s == Status.COOPERATIVE) {
            m.employment().leave(q);
        }
        ps.set(q, Persons.ILL, true);
        if (m.traced(q)) m.note(q, "seriously ill for " + months + " months"); // no string built unless traced
        ill.add(q);
        recovery.add(m.month() + months);
    }
}
