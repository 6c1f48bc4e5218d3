package org.sxbelt.model;

import ec.util.MersenneTwisterFast;
import org.sxbelt.agents.Households;
import org.sxbelt.agents.Persons;
import org.sxbelt.agents.Status;
import org.sxbelt.params.ParamValues;
import sim.engine.SimState;
import sim.engine.Steppable;

import static org.sxbelt.params.ParamSchema.*;

/**
 * Yearly demography, each January: everyone ages a year; deaths follow a Gompertz age profile
 * scaled so the crude death rate equals the parameter; women aged 20-39 give birth at the rate that
 * yields the crude birth rate; young people enter the labour force and the old leave it. Younger
 * cohorts arrive with better Mandarin (schooling). Care duties follow household composition and
 * the care services' coverage ({@link CareDuties}), reassessed after the year's births and deaths.
 */
public final class Demography implements Steppable {

    private static final long serialVersionUID = 1L;
    private static final double GOMPERTZ_SLOPE = 0.085;
    private static final double[] GOMPERTZ = new double[128];

    static {
        for (int a = 0; a < GOMPERTZ.length; a++) GOMPERTZ[a] = Math.exp(GOMPERTZ_SLOPE * a);
    }

    private final CareDuties careDuties = new CareDuties();
    private int births;
    private int deaths;

    @Override
    public void step(SimState state) {
        BeltModel m = (BeltModel) state;
        births = 0;
        deaths = 0;
        if (m.month() == 0 || m.conditions().monthOfYear() != 1) {
            careDuties.refresh(m);
            return;
        }
        Belt belt = m.belt();
        Persons ps = belt.persons();
        Households hh = belt.households();
        ParamValues p = m.params();
        MersenneTwisterFast rng = m.random;
        int start = p.getInt(WORK_START_AGE);
        int retire = p.getInt(RETIRE_AGE);
        PersonTrace trace = m.trace();

        double hazard = 0;
        int mothers = 0;
        int n = ps.size();
        for (int i = 0; i < n; i++) {
            if (!ps.isAlive(i)) continue;
            int age = ps.age(i) + 1;
            ps.setAge(i, age);
            hazard += GOMPERTZ[Math.min(127, age)];
            if (ps.isFemale(i) && age >= 20 && age < 40) mothers++;
            if (age == start && ps.status(i) == Status.DEPENDENT) {
                ps.setStatus(i, m.employment().homeStatus(i));
                ps.setMandarin(i, 0.35 + 0.5 * rng.nextDouble());
                if (trace != null && trace.traced(i)) trace.reason(i, "came of working age");
            } else if (age >= retire && ps.status(i) != Status.DEPENDENT) {
                m.employment().retire(i);
                if (trace != null && trace.traced(i)) trace.reason(i, "retired");
            }
        }
        int alive = ps.aliveCount();
        double deathScale = hazard == 0 ? 0 : p.get(DEATH_RATE) / 1000.0 * alive / hazard;
        double fertility = mothers == 0 ? 0 : p.get(BIRTH_RATE) / 1000.0 * alive / mothers;
        for (int i = 0; i < n; i++) {
            if (!ps.isAlive(i)) continue;
            int age = ps.age(i);
            if (rng.nextDouble() < deathScale * GOMPERTZ[Math.min(127, age)]) {
                m.employment().retire(i);
                if (trace != null && trace.traced(i)) trace.died(i);
                hh.removeMember(ps.household(i), i, ps);
                ps.remove(i);
                deaths++;
            } else if (ps.isFemale(i) && age >= 20 && age < 40 && rng.nextDouble() < fertility) {
                int h = ps.household(i);
                int baby = ps.add(h, hh.village(h), 0, rng.nextBoolean(), Status.DEPENDENT);
                hh.addMember(h, baby, ps);
                births++;
            }
        }
        careDuties.refresh(m);
    }

    public int births() { return births; }
    public int deaths() { return deaths; }
}
