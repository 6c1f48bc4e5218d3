package org.sxbelt.model;

import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An indicator of the brief's section 5, derived from raw {@link Measure}s: a sum, or a ratio of
 * two sums, optionally scaled from agents to real persons. Because measures are additive, the same
 * definition serves the county or town, the prefecture and the belt: sum the measures, then derive.
 */
public record Indicator(String name, String unit, Measure numerator, Measure denominator, boolean scaled,
                        double factor, boolean workplace) {

    private static final List<Indicator> ALL = new ArrayList<>();

    static {
        // employment by status and sex (residence)
        for (Status s : Status.values()) count("employment_" + s.id(), "persons", Measure.status(s));
        count("population", "persons", Measure.PERSONS);
        count("working_age", "persons", Measure.WORKING_AGE);
        count("wage_work_female", "persons", Measure.WAGE_WORK_FEMALE);
        count("wage_work_male", "persons", Measure.WAGE_WORK_MALE);
        ratio("wage_work_rate_female", "share", Measure.WAGE_WORK_FEMALE, Measure.WORKING_AGE_FEMALE);
        ratio("wage_work_rate_male", "share", Measure.WAGE_WORK_MALE, Measure.WORKING_AGE_MALE);
        // wages by job type
        for (Status s : Status.values()) {
            if (s.isLocalWageWork() || s.isDistant() || s == Status.SERVICES) {
                ratio("wage_mean_" + s.id(), "yuan/month", Measure.pay(s), Measure.paid(s));
            }
        }
        // incomes by source and public spending (real yuan this month)
        for (Flow f : Flow.values()) money(f.id(), Measure.flow(f));
        ratio("rural_income_per_capita", "yuan/person/year", Measure.RURAL_INCOME, Measure.RURAL_PERSONS);
        ratio("real_rural_income_per_capita", "yuan/person/year at the belt's mean prices", Measure.REAL_RURAL_INCOME,
                Measure.RURAL_PERSONS);
        ratio("price_index_manufactures", "index (belt mean when fixed = 1)", Measure.PRICE_INDEX_PERSONS,
                Measure.PERSONS);
        ALL.add(new Indicator("jobs_services", "persons (at the reference wage)", Measure.SERVICE_JOBS, null, false, 1,
                false)); // real persons already
        // poverty
        count("poverty_headcount", "persons", Measure.POOR_PERSONS);
        ratio("poverty_rate", "share", Measure.POOR_PERSONS, Measure.RURAL_PERSONS);
        count("income_poverty_headcount", "persons", Measure.INCOME_POOR_PERSONS);
        ratio("income_poverty_rate", "share", Measure.INCOME_POOR_PERSONS, Measure.RURAL_PERSONS);
        count("registered_poor_households", "households", Measure.REGISTERED_POOR_HH);
        count("exited_households", "households", Measure.EXITED_HH);
        count("at_risk_households", "households", Measure.AT_RISK_HH);
        count("risk_qualifying_households", "households", Measure.RISK_QUALIFYING_HH);
        count("secured_by_transfer_households", "households", Measure.SECURED_HH);
        count("secured_by_transfer", "households/month", Measure.SECURED_ENTRIES_HH);
        count("monitoring_identified", "households/month", Measure.MONITORING_IDENTIFIED);
        count("monitoring_help_started", "households/month", Measure.MONITORING_HELPED);
        count("unsafe_housing_households", "households", Measure.UNSAFE_HOUSING_HH);
        count("school_dropout_households", "households", Measure.DROPOUT_HH);
        count("uninsured_households", "households", Measure.UNINSURED_HH);
        count("registered_lacking_guarantee_households", "households", Measure.LACKING_GUARANTEE_HH);
        count("housing_renovations", "households/month", Measure.HOUSING_RENOVATIONS);
        count("poverty_exits", "households/month", Measure.EXITS_HH);
        count("returns_to_poverty", "households/month", Measure.RETURNS_HH);
        ratio("return_to_poverty_rate", "share/year", Measure.RETURNS_12M, Measure.EXITED_HH_12M_AGO);
        ratio("relative_poverty_rate", "share", Measure.RELATIVE_POOR_PERSONS, Measure.RURAL_PERSONS);
        ratio("poverty_gap_index", "share of the line", Measure.POVERTY_GAP, Measure.RURAL_PERSONS);
        ratio("poverty_shortfall_mean", "yuan/person/year", Measure.POVERTY_SHORTFALL, Measure.INCOME_POOR_PERSONS);
        ratio("vulnerability", "share", Measure.VULNERABLE_PERSONS, Measure.RURAL_PERSONS);
        ratio("policy_income_share", "share", Measure.EXITED_POLICY_INCOME, Measure.EXITED_INCOME);
        // transfer programmes and commuting
        count("trainees", "persons/month", Measure.TRAINEES);
        count("organised_transfers", "persons/month", Measure.ORGANISED);
        count("searched_away_unhired", "persons/month", Measure.SEARCHED_AWAY);
        count("trainees_in_course", "persons", Measure.IN_COURSE);
        count("training_refusals", "persons/month", Measure.TRAINING_REFUSALS);
        // shocks (ODD 7.7.7)
        count("illnesses", "persons/month", Measure.ILLNESSES);
        ALL.add(new Indicator("disasters", "villages/month", Measure.DISASTERS, null, false, 1, false));
        count("training_failures", "persons/month", Measure.TRAINING_FAILURES);
        count("training_graduates", "persons/month", Measure.TRAINING_GRADUATES);
        count("order_based_hires", "persons/month", Measure.ORDER_BASED_HIRES);
        // care duties and the services that release them
        count("care_duties", "persons", Measure.CARE_DUTIES);
        count("care_released", "persons", Measure.CARE_RELEASED);
        ratio("commute_km_mean", "km (daily park commuters)", Measure.COMMUTE_KM, Measure.COMMUTERS);
        // firms, jobs and space (workplace)
        work("firms_park", "firms", Measure.PARK_FIRMS, null, false);
        work("workshops", "firms", Measure.WORKSHOPS, null, false);
        work("jobs_park", "persons", Measure.PARK_JOBS, null, true);
        work("jobs_workshop", "persons", Measure.WORKSHOP_JOBS, null, true);
        work("workshop_fill_rate", "share", Measure.WORKSHOP_JOBS, Measure.WORKSHOP_PLACES, false);
        work("workshop_outsider_share", "share", Measure.WORKSHOP_OUTSIDERS, Measure.WORKSHOP_JOBS, false);
        for (Industry k : Industry.values()) {
            work("firms_" + k.id(), "firms", Measure.firms(k), null, false);
            work("jobs_" + k.id(), "persons", Measure.jobs(k), null, true);
        }
        work("firm_entries", "firms/month", Measure.ENTRIES, null, false);
        work("firm_relocations", "firms/month", Measure.RELOCATIONS, null, false);
        work("satellite_openings", "firms/month", Measure.SATELLITES, null, false);
        work("firm_exits", "firms/month", Measure.EXITS, null, false);
        work("park_space", "m2", Measure.PARK_SPACE, null, false);
        work("park_occupancy", "share", Measure.USED_SPACE, Measure.PARK_SPACE, false);
        work("park_space_unmet", "m2", Measure.UNMET_SPACE, null, false);
        // the park labour market as an outsider measures it, and what its applicants believed
        work("park_applicants", "persons/month", Measure.PARK_APPLICANTS, null, true);
        work("hire_rate_realised", "share", Measure.PARK_HIRES, Measure.PARK_APPLICANTS, false);
        work("hire_rate_believed", "share", Measure.PARK_BELIEVED, Measure.PARK_APPLICANTS, false);
        work("town_seekers", "persons", Measure.TOWN_SEEKERS, null, true);
        work("town_labour_force", "persons", Measure.TOWN_LABOUR_FORCE, null, true);
        work("unemployment_rate_town", "share", Measure.TOWN_SEEKERS, Measure.TOWN_LABOUR_FORCE, false);
    }

    private static void count(String name, String unit, Measure m) {
        ALL.add(new Indicator(name, unit, m, null, true, 1, false));
    }

    private static void money(String name, Measure m) {
        ALL.add(new Indicator(name, "yuan/month", m, null, false, 1, false));
    }

    private static void ratio(String name, String unit, Measure num, Measure den) {
        ALL.add(new Indicator(name, unit, num, den, false, 1, false));
    }

    private static void work(String name, String unit, Measure num, Measure den, boolean scaled) {
        ALL.add(new Indicator(name, unit, num, den, scaled, 1, true));
    }

    public static List<Indicator> all() { return Collections.unmodifiableList(ALL); }

    /** Value from summed measures; NaN for a ratio over nothing. */
    public double value(double[] sums, int scale) {
        double num = sums[numerator.index] * factor;
        if (denominator == null) return scaled ? num * scale : num;
        double den = sums[denominator.index];
        return den == 0 ? Double.NaN : num / den;
    }
}
