package org.sxbelt.model;

import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A raw quantity the observer tallies for each county each month, before any indicator is derived.
 * Persons are counted in agents (indicators scale them up); money comes from {@link Accounts} in
 * real yuan. Families (one per status, industry or flow) are generated, never written out by hand.
 */
public final class Measure {

    private static final List<Measure> ALL = new ArrayList<>();

    public final int index;
    public final String name;

    private Measure(String name) {
        this.index = ALL.size();
        this.name = name;
        ALL.add(this);
    }

    public static final Measure PERSONS = new Measure("persons");
    public static final Measure RURAL_PERSONS = new Measure("rural_persons");
    public static final Measure WORKING_AGE = new Measure("working_age");
    public static final Measure WORKING_AGE_FEMALE = new Measure("working_age_female");
    public static final Measure WORKING_AGE_MALE = new Measure("working_age_male");
    public static final Measure WAGE_WORK_FEMALE = new Measure("wage_work_female");
    public static final Measure WAGE_WORK_MALE = new Measure("wage_work_male");
    public static final Measure POOR_PERSONS = new Measure("poor_persons");
    public static final Measure INCOME_POOR_PERSONS = new Measure("income_poor_persons");
    public static final Measure WORKSHOP_PLACES = new Measure("workshop_places");
    public static final Measure WORKSHOP_OUTSIDERS = new Measure("workshop_outsiders");
    public static final Measure REGISTERED_POOR_HH = new Measure("registered_poor_hh");
    /** Rural households under the dynamic monitoring (identified, {@code Households.MONITORED}). */
    public static final Measure AT_RISK_HH = new Measure("at_risk_hh");
    /** Rural households that qualify for monitoring now, identified or not (the true risk, {@link Monitoring#qualifies}). */
    public static final Measure RISK_QUALIFYING_HH = new Measure("risk_qualifying_hh");
    /** Households out of poverty only by the minimum-living top-up (status SECURED). */
    public static final Measure SECURED_HH = new Measure("secured_hh");
    /** Rural households failing a guarantee: unsafe housing, a child out of school, no medical insurance. */
    public static final Measure UNSAFE_HOUSING_HH = new Measure("unsafe_housing_hh");
    public static final Measure DROPOUT_HH = new Measure("dropout_hh");
    public static final Measure UNINSURED_HH = new Measure("uninsured_hh");
    /** Households on the register failing at least one guarantee. */
    public static final Measure LACKING_GUARANTEE_HH = new Measure("lacking_guarantee_hh");
    public static final Measure RURAL_INCOME = new Measure("rural_income");
    /** Rural persons below the belt's relative line (40% of the median income per person, {@link IncomeHistogram}). */
    public static final Measure RELATIVE_POOR_PERSONS = new Measure("relative_poor_persons");
    /** Sum over rural persons of max(0, 1 - y / L), y their household's income per person, L the line (FGT1). */
    public static final Measure POVERTY_GAP = new Measure("poverty_gap");
    /** Sum over rural persons of max(0, L - y) in yuan/year: the income the poor lack to reach the line. */
    public static final Measure POVERTY_SHORTFALL = new Measure("poverty_shortfall");
    /** Rural persons not below the line whose household would fall below it after one typical shock. */
    public static final Measure VULNERABLE_PERSONS = new Measure("vulnerable_persons");
    public static final Measure EXITED_HH = new Measure("exited_hh");
    /** Month income of households out of poverty (EXITED, SECURED), and the part of it paid by policy ({@code Households.policyIncome}). */
    public static final Measure EXITED_INCOME = new Measure("exited_income");
    public static final Measure EXITED_POLICY_INCOME = new Measure("exited_policy_income");
    /** Returns to poverty in the last twelve months, and EXITED or SECURED households twelve months ago (0, 0 in the first year). */
    public static final Measure RETURNS_12M = new Measure("returns_12m");
    public static final Measure EXITED_HH_12M_AGO = new Measure("exited_hh_12m_ago");
    public static final Measure EXITS_HH = new Measure("exits_hh");
    public static final Measure RETURNS_HH = new Measure("returns_hh");
    /** December transitions into SECURED (out of poverty by the top-up, not by income). */
    public static final Measure SECURED_ENTRIES_HH = new Measure("secured_entries_hh");
    /** Households the monitoring identified this month, and help projects that started (successful attempts). */
    public static final Measure MONITORING_IDENTIFIED = new Measure("monitoring_identified");
    public static final Measure MONITORING_HELPED = new Measure("monitoring_helped");
    /** Houses made safe by the housing project this month (December). */
    public static final Measure HOUSING_RENOVATIONS = new Measure("housing_renovations");
    public static final Measure COMMUTE_KM = new Measure("commute_km");
    public static final Measure COMMUTERS = new Measure("commuters");
    public static final Measure TRAINEES = new Measure("trainees");
    public static final Measure ORGANISED = new Measure("organised_transfers");
    public static final Measure SEARCHED_AWAY = new Measure("searched_away");
    public static final Measure TRAINING_REFUSALS = new Measure("training_refusals");
    /** Serious illnesses that began this month (model.Illness). */
    public static final Measure ILLNESSES = new Measure("illnesses");
    /** Villages a natural disaster hit this month. */
    public static final Measure DISASTERS = new Measure("disasters");
    public static final Measure TRAINING_FAILURES = new Measure("training_failures");
    public static final Measure TRAINING_GRADUATES = new Measure("training_graduates");
    public static final Measure ORDER_BASED_HIRES = new Measure("order_based_hires");
    public static final Measure IN_COURSE = new Measure("in_course");
    public static final Measure CARE_DUTIES = new Measure("care_duties");
    public static final Measure CARE_RELEASED = new Measure("care_released");
    /** Persons times their town's price index of manufactures ({@link LocalDemand}). */
    public static final Measure PRICE_INDEX_PERSONS = new Measure("price_index_persons");
    /** Rural income deflated by the town's cost of living. */
    public static final Measure REAL_RURAL_INCOME = new Measure("real_rural_income");
    /** Service jobs at the reference wage, real persons ({@link ServiceSector}). */
    public static final Measure SERVICE_JOBS = new Measure("service_jobs");
    // workplace side, tallied by the town where the firm is
    public static final Measure PARK_FIRMS = new Measure("park_firms");
    public static final Measure WORKSHOPS = new Measure("workshops");
    public static final Measure PARK_JOBS = new Measure("park_jobs");
    public static final Measure WORKSHOP_JOBS = new Measure("workshop_jobs");
    public static final Measure PARK_SPACE = new Measure("park_space");
    public static final Measure USED_SPACE = new Measure("used_space");
    /** M2 wanted by firms turned away from the town's full park, still on its record. */
    public static final Measure UNMET_SPACE = new Measure("unmet_space");
    public static final Measure ENTRIES = new Measure("entries");
    public static final Measure RELOCATIONS = new Measure("relocations");
    public static final Measure SATELLITES = new Measure("satellites");
    public static final Measure EXITS = new Measure("exits");
    public static final Measure PARK_APPLICANTS = new Measure("park_applicants");
    public static final Measure PARK_HIRES = new Measure("park_hires");
    /** Sum over the month's park applicants of the hire chance each believed in. */
    public static final Measure PARK_BELIEVED = new Measure("park_believed");
    /** Seekers waiting in the town (workplace side of {@code Status.TOWN_SEEKER}). */
    public static final Measure TOWN_SEEKERS = new Measure("town_seekers");
    /** Park workers plus seekers waiting in the town: Harris-Todaro's urban labour force. */
    public static final Measure TOWN_LABOUR_FORCE = new Measure("town_labour_force");

    private static final Measure[] STATUS = family("status_", Status.values().length, i -> Status.of(i).id());
    private static final Measure[] PAY = family("pay_", Status.values().length, i -> Status.of(i).id());
    private static final Measure[] PAID = family("paid_", Status.values().length, i -> Status.of(i).id());
    private static final Measure[] FIRMS_BY_INDUSTRY = family("firms_", Industry.count(), i -> Industry.of(i).id());
    private static final Measure[] JOBS_BY_INDUSTRY = family("jobs_", Industry.count(), i -> Industry.of(i).id());
    private static final Measure[] FLOW = family("flow_", Flow.values().length, i -> Flow.values()[i].id());

    private static Measure[] family(String prefix, int n, java.util.function.IntFunction<String> id) {
        Measure[] f = new Measure[n];
        for (int i = 0; i < n; i++) f[i] = new Measure(prefix + id.apply(i));
        return f;
    }

    public static Measure status(Status s) { return STATUS[s.ordinal()]; }
    public static Measure pay(Status s) { return PAY[s.ordinal()]; }
    /** Persons paid in this status this month (denominator of mean wages). */
    public static Measure paid(Status s) { return PAID[s.ordinal()]; }
    public static Measure firms(Industry k) { return FIRMS_BY_INDUSTRY[k.ordinal()]; }
    public static Measure jobs(Industry k) { return JOBS_BY_INDUSTRY[k.ordinal()]; }
    public static Measure flow(Flow f) { return FLOW[f.ordinal()]; }

    public static List<Measure> all() { return Collections.unmodifiableList(ALL); }

    public static int count() { return ALL.size(); }

    @Override
    public String toString() { return name; }
}
