package org.sxbelt.agents;

/**
 * Every household, attribute by attribute in primitive arrays (see {@link Persons}). A household
 * keeps the last twelve months of income in a ring so that poverty is judged, as in the
 * registration system, on a full year's per-capita income.
 */
public final class Households implements java.io.Serializable {

    public static final int ECO_POST = 1;
    public static final int REGISTERED_2015 = 1 << 1;
    /**
     * The "three guarantees" of the official exit test, each flagged when it fails (ODD 7.7.3): the house
     * is not safe; a child of compulsory-school age is out of school; nobody in the household is enrolled
     * in the basic medical insurance. A fresh household holds all three.
     */
    public static final int UNSAFE_HOUSING = 1 << 2;
    public static final int SCHOOL_DROPOUT = 1 << 3;
    public static final int UNINSURED = 1 << 4;
    /** Identified by the dynamic monitoring against return to poverty and under its watch (ODD 7.7.4). */
    public static final int MONITORED = 1 << 5;
    /**
     * Insured against crop losses this month, with farm income to insure: set by the household pass from
     * the household's fixed draw and the month's take-up (model.CropInsurance), read by the observer, so
     * the draw is made once a month, not once per pass.
     */
    public static final int CROP_INSURED = 1 << 6;
    private static final int GUARANTEE_FAILURES = UNSAFE_HOUSING | SCHOOL_DROPOUT | UNINSURED;
    /** A month field not set. */
    public static final int NO_MONTH = -1;

    private final int size;
    private final int[] village;
    private final int[] firstMember;
    private final byte[] members;
    private final float[] land;
    private final float[] leasedLand;
    private final float[] farmProductivity;
    private final float[] savings;
    /**
     * Monthly incomes of the last twelve months, month-major (month slot m of household h at
     * {@code m * size + h}): closing a month writes one contiguous stripe instead of one cache line per
     * household.
     */
    private final float[] incomeRing;
    private final float[] annualIncome;
    private final float[] monthIncome;
    private final float[] floorTopUp;
    /** Income of the last closed month paid by policy (top-up, targeted dividend, post pay): a record for observation. */
    private final float[] policyIncome;
    /** Farm income of the month last paid (land, greenhouse and common land): a record for observation. */
    private final float[] farmIncome;
    private final byte[] poverty;
    private final byte[] flags;
    /** Minimum-living top-up paid since the last December review (the year's transfers, kept out of own income). */
    private final float[] topUpYear;
    /** Monitoring: month the household first qualified as at risk in the current spell, or NO_MONTH. */
    private final short[] riskSince;
    /** Month of the last sudden hardship (a shock above a share of income), or NO_MONTH. */
    private final short[] hardshipMonth;
    /** Month until which (exclusive) a monitoring help project pays the household. */
    private final short[] helpUntil;

    public Households(int size) {
        this.size = size;
        village = new int[size];
        firstMember = new int[size];
        java.util.Arrays.fill(firstMember, Persons.NONE);
        members = new byte[size];
        land = new float[size];
        leasedLand = new float[size];
        farmProductivity = new float[size];
        savings = new float[size];
        incomeRing = new float[12 * size];
        annualIncome = new float[size];
        monthIncome = new float[size];
        floorTopUp = new float[size];
        policyIncome = new float[size];
        farmIncome = new float[size];
        poverty = new byte[size];
        flags = new byte[size];
        topUpYear = new float[size];
        riskSince = new short[size];
        hardshipMonth = new short[size];
        helpUntil = new short[size];
        java.util.Arrays.fill(riskSince, (short) NO_MONTH);
        java.util.Arrays.fill(hardshipMonth, (short) NO_MONTH);
    }

    public int size() { return size; }

    public int village(int h) { return village[h]; }

    public void setVillage(int h, int v) { village[h] = v; }

    public int firstMember(int h) { return firstMember[h]; }

    /** Links person p into household h (the caller sets the person's household). */
    public void addMember(int h, int p, Persons persons) {
        persons.setNextMember(p, firstMember[h]);
        firstMember[h] = p;
        members[h]++;
    }

    /** Unlinks person p from household h. */
    public void removeMember(int h, int p, Persons persons) {
        int prev = Persons.NONE;
        for (int q = firstMember[h]; q != Persons.NONE; q = persons.nextMember(q)) {
            if (q == p) {
                int next = persons.nextMember(q);
                if (prev == Persons.NONE) firstMember[h] = next; else persons.setNextMember(prev, next);
                members[h]--;
                return;
            }
            prev = q;
        }
        throw new IllegalStateException("person " + p + " is not a member of household " + h);
    }

    public int members(int h) { return members[h]; }

    /** Farmland in mu, including land leased out to a cooperative. */
    public double land(int h) { return land[h]; }

    public void setLand(int h, double mu) { land[h] = (float) mu; }

    public double leasedLand(int h) { return leasedLand[h]; }

    public void setLeasedLand(int h, double mu) { leasedLand[h] = (float) mu; }

    /** Household-specific farm productivity (yield and price), 1 = average. */
    public double farmProductivity(int h) { return farmProductivity[h]; }

    public void setFarmProductivity(int h, double f) { farmProductivity[h] = (float) f; }

    public double savings(int h) { return savings[h]; }

    public void setSavings(int h, double s) { savings[h] = (float) s; }

    /** Adds to this month's income (all sources). */
    public void addIncome(int h, double yuan) { monthIncome[h] += (float) yuan; }

    public double monthIncome(int h) { return monthIncome[h]; }

    /** Closes the month: this month's income enters the 12-month ring. */
    public void closeMonth(int h, int month) {
        int slot = Math.floorMod(month, 12) * size + h;
        annualIncome[h] += monthIncome[h] - incomeRing[slot];
        incomeRing[slot] = monthIncome[h];
        monthIncome[h] = 0;
    }

    /** Income of a closed month still in the ring (the last twelve months), e.g. the one just closed. */
    public double closedMonthIncome(int h, int month) { return incomeRing[Math.floorMod(month, 12) * size + h]; }

    /**
     * Of the income of the month last closed, the part paid by policy: minimum-living top-up, the
     * targeted households' dividend, ecological or public-welfare post pay (set by the household
     * economy; read by the observer, never by a decision).
     */
    public double policyIncome(int h) { return policyIncome[h]; }

    public void setPolicyIncome(int h, double yuan) { policyIncome[h] = (float) yuan; }

    /**
     * Farm income of the month last paid by the household economy (land, greenhouse, common land; before any
     * disaster loss): read by the observer's vulnerability, never by a decision.
     */
    public double farmIncome(int h) { return farmIncome[h]; }

    public void setFarmIncome(int h, double yuan) { farmIncome[h] = (float) yuan; }

    /** Seeds the ring with a steady monthly income (initialisation). */
    public void seedIncome(int h, double monthly) {
        for (int i = 0; i < 12; i++) incomeRing[i * size + h] = (float) monthly;
        annualIncome[h] = (float) (12 * monthly);
    }

    /** Income over the last twelve months. */
    public double annualIncome(int h) { return annualIncome[h]; }

    public double annualIncomePerCapita(int h) {
        return members[h] == 0 ? 0 : annualIncome[h] / members[h];
    }

    /** Monthly minimum-living top-up granted at the last annual assessment. */
    public double floorTopUp(int h) { return floorTopUp[h]; }

    public void setFloorTopUp(int h, double yuan) { floorTopUp[h] = (float) yuan; }

    /** Adds a month's minimum-living top-up to the year's transfers (kept out of own income at the December review). */
    public void addTopUpYear(int h, double yuan) { topUpYear[h] += (float) yuan; }

    /** Minimum-living top-up paid since the last December review. */
    public double topUpYear(int h) { return topUpYear[h]; }

    /** Starts a new year of transfers (after the December review). */
    public void resetTopUpYear(int h) { topUpYear[h] = 0; }

    /**
     * Income of the last twelve months without the minimum-living top-up, per member: what the exit test
     * reads in December, when the year's transfers are exactly those of the twelve months in the ring.
     */
    public double ownIncomePerCapita(int h) {
        return members[h] == 0 ? 0 : ownIncome(h) / members[h];
    }

    /** Income of the last twelve months without the year's minimum-living top-ups (see {@link #ownIncomePerCapita}). */
    public double ownIncome(int h) { return (double) annualIncome[h] - topUpYear[h]; }

    /** Do the three guarantees (safe housing, compulsory schooling, basic medical insurance) all hold? */
    public boolean guaranteesHold(int h) { return (flags[h] & GUARANTEE_FAILURES) == 0; }

    public int riskSince(int h) { return riskSince[h]; }

    public void setRiskSince(int h, int month) { riskSince[h] = (short) month; }

    public int hardshipMonth(int h) { return hardshipMonth[h]; }

    public void setHardshipMonth(int h, int month) { hardshipMonth[h] = (short) month; }

    public int helpUntil(int h) { return helpUntil[h]; }

    public void setHelpUntil(int h, int month) { helpUntil[h] = (short) month; }

    /**
     * Is the household below the line and not secured by the minimum-living guarantee? A household
     * on the top-up has its income topped up to the line from now on, so the official poverty count
     * treats it as out of poverty (the social-floor route, 003 part 4 §5); the registration records it
     * as secured by transfer, not as an exit ({@link PovertyStatus#SECURED}).
     */
    public boolean isPoorUnsecured(int h, double line) {
        return annualIncomePerCapita(h) < line && floorTopUp[h] <= 0;
    }

    public PovertyStatus poverty(int h) { return PovertyStatus.of(poverty[h]); }

    public void setPoverty(int h, PovertyStatus s) { poverty[h] = s.code(); }

    public boolean has(int h, int flag) { return (flags[h] & flag) != 0; }

    public void set(int h, int flag, boolean on) {
        flags[h] = (byte) (on ? flags[h] | flag : flags[h] & ~flag);
    }

    /** On the register now: registered, newly poor or returned (not exited, not secured by transfer). */
    public boolean isOnRegister(int h) {
        PovertyStatus s = poverty(h);
        return s == PovertyStatus.REGISTERED_POOR || s == PovertyStatus.NEW_POOR || s == PovertyStatus.RETURNED;
    }

    /** Registered poor at some point since 2015 (targeting for workshops, transfer and posts). */
    public boolean isTargeted(int h) {
        PovertyStatus s = poverty(h);
        return s != PovertyStatus.NON_POOR;
    }

    /** Approximate heap bytes per household (for the benchmark's memory report). */
    public static int bytesPerHousehold() { return 4 * 2 + 1 + 4 * 10 + 48 + 2 + 2 * 3; }
}
