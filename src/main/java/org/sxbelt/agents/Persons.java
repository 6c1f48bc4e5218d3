package org.sxbelt.agents;

import java.util.Arrays;

/**
 * Every simulated person, stored attribute by attribute in primitive arrays so that a 1:1 run of
 * the belt (about ten million people) fits in a few hundred megabytes and a monthly pass streams
 * through memory. A person is an index; {@link Person} is a read-only view for inspectors and tests.
 * Dead persons keep their slot (flag {@link #ALIVE} cleared) until a birth reuses it.
 */
public final class Persons implements java.io.Serializable {

    public static final int NONE = -1;

    // bit flags
    public static final int ALIVE = 1;
    public static final int FEMALE = 1 << 1;
    public static final int CARE = 1 << 2;
    public static final int TRAINED = 1 << 3;
    public static final int CASUAL = 1 << 4;
    public static final int ESCORTED = 1 << 5;
    public static final int NEW_HIRE = 1 << 6;
    /** Spent this month away from home searching for a job and was not hired (Harris-Todaro). */
    public static final int SEARCHED_AWAY = 1 << 7;
    /** Would carry a care duty, but kindergarten, boarding school or elder care covers it (model.CareDuties). */
    public static final int CARE_RELEASED = 1 << 8;
    /** In a training course (policy.TrainingProgramme): does not search for a job until it ends. */
    public static final int IN_COURSE = 1 << 9;
    /** Seriously ill (model.Illness): does not work, farm, search or train until recovered. */
    public static final int ILL = 1 << 10;

    private int size;
    private int alive;
    private int[] household;
    /**
     * The index of the village the person's household lives in, a copy of the household's (households never
     * move, and a person's household is set with it): the observer's head count reads it for every person
     * each month, and through the household it would read 4 bytes more per person and, for those born into
     * freed slots, a household far away in memory. A char: the belt has far fewer than 65,536 villages.
     */
    private char[] village;
    private int[] nextMember;
    private int[] employer;
    private int[] payrollSlot;
    private float[] reservationWage;
    private float[] hireBelief;
    private short[] tenure;
    private byte[] age;
    private short[] flags;
    private byte[] status;
    private byte[] mandarin;
    private byte[] skill;
    private int[] freeSlots = new int[16];
    private int freeCount;

    public Persons(int capacity) {
        int c = Math.max(16, capacity);
        household = new int[c];
        village = new char[c];
        nextMember = new int[c];
        employer = new int[c];
        payrollSlot = new int[c];
        reservationWage = new float[c];
        hireBelief = new float[c];
        tenure = new short[c];
        age = new byte[c];
        flags = new short[c];
        status = new byte[c];
        mandarin = new byte[c];
        skill = new byte[c];
    }

    /**
     * Adds a person to household {@code hh} of village {@code village} (reusing a dead person's slot if any)
     * and returns the index.
     */
    public int add(int hh, int village, int ageYears, boolean female, Status st) {
        char home = villageCode(village);
        int p;
        if (freeCount > 0) {
            p = freeSlots[--freeCount];
        } else {
            if (size == household.length) grow();
            p = size++;
        }
        household[p] = hh;
        this.village[p] = home;
        nextMember[p] = NONE;
        employer[p] = NONE;
        reservationWage[p] = 0;
        hireBelief[p] = 0;
        tenure[p] = 0;
        age[p] = (byte) Math.min(127, ageYears);
        flags[p] = (short) (ALIVE | (female ? FEMALE : 0));
        status[p] = st.code();
        mandarin[p] = 0;
        skill[p] = 0;
        alive++;
        return p;
    }

    /** Marks a person dead and frees the slot for a later birth. The caller unlinks the household. */
    public void remove(int p) {
        flags[p] = 0;
        status[p] = Status.DEPENDENT.code();
        employer[p] = NONE;
        alive--;
        if (freeCount == freeSlots.length) freeSlots = Arrays.copyOf(freeSlots, freeCount * 2);
        freeSlots[freeCount++] = p;
    }

    private void grow() {
        int c = household.length + (household.length >> 2) + 16;
        household = Arrays.copyOf(household, c);
        village = Arrays.copyOf(village, c);
        nextMember = Arrays.copyOf(nextMember, c);
        employer = Arrays.copyOf(employer, c);
        payrollSlot = Arrays.copyOf(payrollSlot, c);
        reservationWage = Arrays.copyOf(reservationWage, c);
        hireBelief = Arrays.copyOf(hireBelief, c);
        tenure = Arrays.copyOf(tenure, c);
        age = Arrays.copyOf(age, c);
        flags = Arrays.copyOf(flags, c);
        status = Arrays.copyOf(status, c);
        mandarin = Arrays.copyOf(mandarin, c);
        skill = Arrays.copyOf(skill, c);
    }

    /** Slots in use (alive or dead); iterate 0..size() and test {@link #isAlive}. */
    public int size() { return size; }

    public int aliveCount() { return alive; }

    public boolean isAlive(int p) { return (flags[p] & ALIVE) != 0; }

    public boolean has(int p, int flag) { return (flags[p] & flag) != 0; }

    /** All flag bits of person p at once (for passes that read several flags of everyone). */
    public int flags(int p) { return flags[p]; }

    public void set(int p, int flag, boolean on) {
        flags[p] = (short) (on ? flags[p] | flag : flags[p] & ~flag);
    }

    /**
     * Clears {@code flag} of the slots [from, to) (dead ones hold no flag), in one pass in slot order that
     * writes only the few slots holding it.
     */
    public void clear(int from, int to, int flag) {
        short[] f = flags;
        for (int i = from; i < to; i++) {
            if ((f[i] & flag) != 0) f[i] = (short) (f[i] & ~flag);
        }
    }

    public boolean isFemale(int p) { return has(p, FEMALE); }

    public int household(int p) { return household[p]; }

    /** Puts person p in household {@code hh}, which lives in village {@code village}. */
    public void setHouseholdOf(int p, int hh, int village) {
        household[p] = hh;
        this.village[p] = villageCode(village);
    }

    /** Index of the village person p's household lives in (see {@link #household}). */
    public int village(int p) { return village[p]; }

    private static char villageCode(int v) {
        if (v < 0 || v > Character.MAX_VALUE) throw new IllegalArgumentException("village index " + v + " outside 0..65535");
        return (char) v;
    }

    public int nextMember(int p) { return nextMember[p]; }

    public void setNextMember(int p, int next) { nextMember[p] = next; }

    public Status status(int p) { return Status.of(status[p]); }

    public int statusCode(int p) { return status[p]; }

    public void setStatus(int p, Status s) { status[p] = s.code(); }

    /** Firm id for local wage work, distant-market id for migrants, town index for town seekers, NONE otherwise. */
    public int employer(int p) { return employer[p]; }

    public void setEmployer(int p, int e) { employer[p] = e; }

    /** Position of p in the employer's payroll list, so that leaving a firm costs O(1). */
    public int payrollSlot(int p) { return payrollSlot[p]; }

    public void setPayrollSlot(int p, int slot) { payrollSlot[p] = slot; }

    public int age(int p) { return age[p]; }

    public void setAge(int p, int years) { age[p] = (byte) Math.min(127, years); }

    public int tenure(int p) { return tenure[p]; }

    public void setTenure(int p, int months) { tenure[p] = (short) Math.min(Short.MAX_VALUE, months); }

    public float reservationWage(int p) { return reservationWage[p]; }

    public void setReservationWage(int p, double w) { reservationWage[p] = (float) w; }

    /**
     * The hire chance a town seeker believes in for the town they wait in, revised each month from what
     * they see at its gates (see {@code model.Expectations}); unused for everyone else.
     */
    public float hireBelief(int p) { return hireBelief[p]; }

    public void setHireBelief(int p, double chance) { hireBelief[p] = (float) chance; }

    /** Mandarin proficiency, 0..1. */
    public double mandarin(int p) { return mandarin[p] / 100.0; }

    public void setMandarin(int p, double level) { mandarin[p] = (byte) Math.round(100 * clamp01(level)); }

    /** Vocational skill, 0..1 (0 = no technical grade, as for most local workers). */
    public double skill(int p) { return skill[p] / 100.0; }

    public void setSkill(int p, double level) { skill[p] = (byte) Math.round(100 * clamp01(level)); }

    private static double clamp01(double v) { return v < 0 ? 0 : Math.min(1, v); }

    /** Approximate heap bytes held per person slot (for the benchmark's memory report). */
    public static int bytesPerSlot() { return 6 * 4 + 2 + 2 + 2 + 4; }
}
