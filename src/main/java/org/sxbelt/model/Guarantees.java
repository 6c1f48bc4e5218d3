package org.sxbelt.model;

import ec.util.MersenneTwisterFast;
import org.sxbelt.agents.Households;
import org.sxbelt.agents.Persons;
import org.sxbelt.params.ParamValues;

import static org.sxbelt.params.ParamSchema.*;

/**
 * The "three guarantees" of the official exit test as household states with their own provision (ODD
 * 7.7.3): safe housing ({@link Households#UNSAFE_HOUSING}), children of compulsory-school age in school
 * ({@link Households#SCHOOL_DROPOUT}) and basic medical insurance ({@link Households#UNINSURED}). Drawn
 * for 2015 after the belt is built, then revised each December before the review of poverty status, in
 * household order on the model's stream (a draw only where a rate applies): the housing project makes
 * unsafe houses of households on the poverty record safe at its yearly rate; children leave school at
 * the dropout rate (higher below the line), then out-of-school children, this year's included, are
 * brought back at the dropout-control rate; each household enrols in the medical insurance for the coming year at the enrolment rate (the
 * subsidised one on the poverty record). Natural disasters damage houses ({@link HouseholdEconomy});
 * relocated households are given a safe house ({@code policy.Resettlement}).
 */
final class Guarantees {

    /** Ages of compulsory education: the nine years from 7 to 15 (ODD 9.1). */
    static final int SCHOOL_FROM = 7, SCHOOL_TO = 15;

    private Guarantees() {}

    /** The 2015 states of every rural household. */
    static void initialise(BeltModel m) {
        Households hh = m.belt().households();
        Persons ps = m.belt().persons();
        ParamValues p = m.params();
        MersenneTwisterFast rng = m.random;
        double unsafeRegistered = p.get(UNSAFE_HOUSING_REGISTERED), unsafeOther = p.get(UNSAFE_HOUSING_OTHER);
        double dropout = p.get(DROPOUT_2015);
        for (int h = 0; h < hh.size(); h++) {
            if (hh.members(h) == 0 || m.isUrban(h)) continue;
            double unsafe = hh.has(h, Households.REGISTERED_2015) ? unsafeRegistered : unsafeOther;
            hh.set(h, Households.UNSAFE_HOUSING, draw(rng, unsafe));
            hh.set(h, Households.SCHOOL_DROPOUT, schoolChildren(ps, hh, h) > 0 && draw(rng, dropout));
            hh.set(h, Households.UNINSURED, !draw(rng, enrolment(p, hh, h)));
        }
    }

    /** The December revision, before the exit test; {@code line} is the month's poverty line. */
    static void december(BeltModel m, double line) {
        Households hh = m.belt().households();
        Persons ps = m.belt().persons();
        ParamValues p = m.params();
        MersenneTwisterFast rng = m.random;
        double renovation = p.get(HOUSING_RENOVATION), cost = p.get(HOUSING_COST);
        double dropoutRate = p.get(DROPOUT_RATE), poorFactor = p.get(POOR_DROPOUT_FACTOR);
        double back = p.get(DROPOUT_RETURN);
        int scale = m.belt().scale();
        for (int h = 0; h < hh.size(); h++) {
            if (hh.members(h) == 0 || m.isUrban(h)) continue;
            if (hh.has(h, Households.UNSAFE_HOUSING) && hh.isTargeted(h) && draw(rng, renovation)) {
                hh.set(h, Households.UNSAFE_HOUSING, false);
                int county = m.belt().townOfHousehold(h);
                m.accounts().add(county, Flow.SPEND_HOUSING, cost * scale);
                m.observer().count(county, Measure.HOUSING_RENOVATIONS);
            }
            if (schoolChildren(ps, hh, h) == 0) {
                hh.set(h, Households.SCHOOL_DROPOUT, false);
            } else {
                // the year's dropouts, then the dropout control, which also reaches this year's
                if (!hh.has(h, Households.SCHOOL_DROPOUT)) {
                    double rate = dropoutRate * (hh.ownIncomePerCapita(h) < line ? poorFactor : 1);
                    if (draw(rng, Math.min(1, rate))) hh.set(h, Households.SCHOOL_DROPOUT, true);
                }
                if (hh.has(h, Households.SCHOOL_DROPOUT) && draw(rng, back)) hh.set(h, Households.SCHOOL_DROPOUT, false);
            }
            hh.set(h, Households.UNINSURED, !draw(rng, enrolment(p, hh, h)));
        }
    }

    private static double enrolment(ParamValues p, Households hh, int h) {
        return p.get(hh.isTargeted(h) ? INSURANCE_ENROLMENT_POOR : INSURANCE_ENROLMENT);
    }

    /** True with chance {@code q}; draws only for 0 < q < 1. */
    private static boolean draw(MersenneTwisterFast rng, double q) {
        if (q <= 0) return false;
        if (q >= 1) return true;
        return rng.nextDouble() < q;
    }

    /** Members of household h of compulsory-school age. */
    static int schoolChildren(Persons ps, Households hh, int h) {
        int n = 0;
        for (int q = hh.firstMember(h); q != Persons.NONE; q = ps.nextMember(q)) {
            int age = ps.age(q);
            if (age >= SCHOOL_FROM && age <= SCHOOL_TO) n++;
        }
        return n;
    }
}
