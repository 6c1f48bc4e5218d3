package org.sxbelt.agents;

import java.util.Objects;

/**
 * A firm: a park factory or a village workshop (a satellite of a park firm, or a stand-alone
 * poverty-alleviation workshop). Money is in real yuan; capacity and workers are in agents, each
 * standing for {@code scale} real workers. At a coarse scale one agent firm stands for
 * {@link #represents()} real firms of the same industry and place, so that it still has a few agent
 * workers; its capacity, space and cash are those of all of them, including firms that joined it
 * after it opened ({@link #absorb}).
 */
public final class Firm implements java.io.Serializable {

    public enum Site { PARK, VILLAGE }

    private final int id;
    private final Industry industry;
    private final String origin;
    private final Town town;
    private final Village village;
    private final Firm headquarters;
    private final int openedMonth;
    private final IntList workers = new IntList(4);
    private final double productivityCeiling;
    private final double valueAdded;
    private final double outputPerWorker;
    private final double capitalPerPlace;
    private final boolean skilledHiresOnly;
    private int capacity;
    private int target;
    private double space;
    private double cash;
    private double orders = 1.0;
    private double orderNoise;
    private int lossStreak;
    private boolean alive = true;
    private int closedMonth = -1;
    private ExitReason closeReason;
    private double lastOutput;
    private double lastProfit;
    private double lastWageBill;
    private double lastSubsidy;
    private double meanWage;
    private int satellites;
    private int hiresThisMonth;
    private int trainedHiresThisMonth;
    private boolean loanDrawn;
    private double loanBalance;
    private double loanInstalment;
    private int orderTrainees;
    private int heldPosts;
    private int represents;
    /** Real firms it stood for when it opened (its cohort, for survival rates). */
    private int founders;
    private int monthsWithoutWorkers;

    private Firm(Builder b) {
        id = b.id;
        industry = Objects.requireNonNull(b.industry, "industry");
        origin = b.origin;
        town = b.town;
        village = b.village;
        headquarters = b.headquarters;
        openedMonth = b.openedMonth;
        capacity = b.capacity;
        target = b.capacity;
        space = b.space;
        cash = b.cash;
        productivityCeiling = b.productivityCeiling;
        valueAdded = b.valueAdded;
        if (!(b.outputPerWorker >= 1) || !(b.capitalPerPlace >= 0)) {
            throw new IllegalArgumentException("output per worker >= 1, capital >= 0: " + b.outputPerWorker + ", " + b.capitalPerPlace);
        }
        outputPerWorker = b.outputPerWorker;
        capitalPerPlace = b.capitalPerPlace;
        skilledHiresOnly = b.skilledHiresOnly;
        if (b.represents < 1) throw new IllegalArgumentException("a firm stands for at least one real firm: " + b.represents);
        represents = b.represents;
        founders = b.represents;
    }

    /** A firm named field by field; what is not set is zero or absent (no village: a park firm; no headquarters). */
    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private int id;
        private Industry industry;
        private String origin;
        private Town town;
        private Village village;
        private Firm headquarters;
        private int openedMonth;
        private int capacity;
        private double space;
        private double cash;
        private double productivityCeiling;
        private double valueAdded;
        private int represents = 1;
        private double outputPerWorker = 1;
        private double capitalPerPlace;
        private boolean skilledHiresOnly;

        private Builder() {}

        public Builder id(int id) { this.id = id; return this; }
        public Builder industry(Industry industry) { this.industry = industry; return this; }
        public Builder origin(String origin) { this.origin = origin; return this; }
        public Builder town(Town town) { this.town = town; return this; }
        /** The village of a workshop; a park firm has none. */
        public Builder village(Village village) { this.village = village; return this; }
        /** The park firm a satellite workshop belongs to. */
        public Builder headquarters(Firm hq) { this.headquarters = hq; return this; }
        public Builder openedMonth(int month) { this.openedMonth = month; return this; }
        /** Capacity in agents; also the first month's workforce target. */
        public Builder capacity(int agents) { this.capacity = agents; return this; }
        /** Factory space, m². */
        public Builder space(double m2) { this.space = m2; return this; }
        /** Starting cash, yuan. */
        public Builder cash(double yuan) { this.cash = yuan; return this; }
        public Builder productivityCeiling(double c) { this.productivityCeiling = c; return this; }
        /** Value added per eastern-productivity worker-month, 2015 yuan. */
        public Builder valueAdded(double yuan) { this.valueAdded = yuan; return this; }

        /** Real firms this agent firm stands for (1 unless the scale is coarse). */
        public Builder represents(int firms) { this.represents = firms; return this; }

        /** Upgraded equipment: output per worker multiplier, equipment per real worker place (yuan), skilled hires only. */
        public Builder upgraded(double outputPerWorker, double capitalPerPlace, boolean skilledHiresOnly) {
            this.outputPerWorker = outputPerWorker;
            this.capitalPerPlace = capitalPerPlace;
            this.skilledHiresOnly = skilledHiresOnly;
            return this;
        }

        public Firm build() { return new Firm(this); }
    }

    public int id() { return id; }
    public Industry industry() { return industry; }
    public String getOrigin() { return origin; }
    public Town town() { return town; }
    public Village village() { return village; }
    public Site site() { return village == null ? Site.PARK : Site.VILLAGE; }
    public Firm headquarters() { return headquarters; }
    public boolean isSatellite() { return headquarters != null; }

    /** Relocated from an eastern province (as opposed to founded locally). */
    public boolean isRelocated() {
        return !SourceRegion.LOCAL.equals(origin) && !SourceRegion.XPCC.equals(origin);
    }

    /** Real firms this agent firm stands for: counts of firms add these, not agent firms. */
    public int represents() { return represents; }

    /** Real firms it stood for when it opened; firms that joined later ({@link #absorb}) are not of its cohort. */
    public int founders() { return founders; }

    /**
     * {@code firms} more real firms of its industry and town come to be stood for by this agent firm,
     * bringing {@code places} agent places, {@code m2} of space and {@code yuan} of start-up cash.
     */
    public void absorb(int firms, int places, double m2, double yuan) {
        if (firms < 1 || places < 0 || !(m2 >= 0)) {
            throw new IllegalArgumentException("a firm absorbs at least one firm, places and space >= 0: " + firms + ", " + places + ", " + m2);
        }
        represents += firms;
        capacity += places;
        space += m2;
        cash += yuan;
    }

    /**
     * As {@link #absorb}, for real firms that count in its cohort: before the run starts, every firm the
     * initial state's agent firm stands for was there when the run began.
     */
    public void absorbFounders(int firms, int places, double m2, double yuan) {
        absorb(firms, places, m2, yuan);
        founders += firms;
    }

    public int getOpenedMonth() { return openedMonth; }
    public int ageMonths(int month) { return month - openedMonth; }

    public IntList workers() { return workers; }
    /** How many agents work here ({@link #workers()} holds them). */
    public int getWorkerCount() { return workers.size(); }
    public int getCapacity() { return capacity; }
    public void setCapacity(int c) { capacity = c; }

    /** Vacancies given this month's orders: no hiring for work that is not there. */
    /** Posts open to the market: the target workforce less the workers and the posts held for trainees. */
    public int vacancies() {
        return Math.max(0, targetWorkforce() - workers.size() - heldPosts);
    }

    /** Posts held for the firm's order-based trainees until their course ends (not open to the market). */
    public int heldPosts() { return heldPosts; }
    public void holdPost() { heldPosts++; }
    public void releasePost() { heldPosts = Math.max(0, heldPosts - 1); }

    /** Workers needed for this month's orders, as set at the start of the labour market. */
    public int targetWorkforce() { return target; }

    /**
     * Sets this month's workforce target from capacity and orders (orders above capacity cannot be
     * met). The caller rounds stochastically so that small firms shed workers in proportion.
     */
    public void setTargetWorkforce(int workers) { target = Math.max(0, Math.min(capacity, workers)); }

    public double space() { return space; }
    public void addSpace(double m2) { space += m2; }

    public double getCash() { return cash; }
    public void addCash(double yuan) { cash += yuan; }

    public double getOrders() { return orders; }
    public void setOrders(double o) { orders = o; }

    /** Persistent firm-specific part of demand (AR(1) around zero). */
    public double orderNoise() { return orderNoise; }
    public void setOrderNoise(double n) { orderNoise = n; }

    public double productivityCeiling() { return productivityCeiling; }

    /** Value added per eastern-productivity worker-month, 2015 yuan (industry level, upgraded). */
    public double valueAdded() { return valueAdded; }

    /** Multiplier of every worker's output from upgraded equipment (1 without). */
    public double outputPerWorker() { return outputPerWorker; }

    /** Upgraded equipment per real worker place, yuan at the opening month's prices (0 without). */
    public double capitalPerPlace() { return capitalPerPlace; }

    /** Whether the firm hires only trained or skilled workers (upgrading). */
    public boolean skilledHiresOnly() { return skilledHiresOnly; }

    public int getLossStreak() { return lossStreak; }

    /** This month's production tally, in agent units (output in eastern-worker-months, pay in yuan). */
    public void setMonthTally(double output, double wageBill, double meanWage) {
        lastOutput = output;
        lastWageBill = wageBill;
        this.meanWage = meanWage;
    }

    public void recordProfit(double profit, double subsidy) {
        lastProfit = profit;
        lastSubsidy = subsidy;
        lossStreak = profit < 0 ? lossStreak + 1 : 0;
    }

    public double getLastProfit() { return lastProfit; }
    public double getLastOutput() { return lastOutput; }
    public double getLastWageBill() { return lastWageBill; }
    public double getLastSubsidy() { return lastSubsidy; }
    /** Mean monthly pay of its workers last month (what peers report to job seekers). */
    public double getMeanWage() { return meanWage; }

    /** Consecutive months, up to the last accounts, that ended with no worker. */
    public int monthsWithoutWorkers() { return monthsWithoutWorkers; }

    /** At the month's accounts: extends or ends the run of months without a worker. */
    public void recordStaffing() { monthsWithoutWorkers = workers.isEmpty() ? monthsWithoutWorkers + 1 : 0; }

    public int getSatellites() { return satellites; }
    public void satelliteOpened() { satellites++; }

    public int hiresThisMonth() { return hiresThisMonth; }
    public void countHire() { hiresThisMonth++; }
    public void resetHires() {
        hiresThisMonth = 0;
        trainedHiresThisMonth = 0;
    }

    /** Hires this month who had been through vocational training (the training subsidy's base). */
    public int trainedHiresThisMonth() { return trainedHiresThisMonth; }
    public void countTrainedHire() { trainedHiresThisMonth++; }

    /** Whether the firm has drawn its opening loan (once, at its first accounts, even if zero). */
    public boolean loanDrawn() { return loanDrawn; }
    public double loanBalance() { return loanBalance; }

    /** Draws the opening loan of {@code yuan}, repaid in {@code months} equal instalments. */
    public void drawLoan(double yuan, int months) {
        loanDrawn = true;
        loanBalance = yuan;
        loanInstalment = months <= 0 ? yuan : yuan / months;
        cash += yuan;
    }

    /** Pays this month's instalment out of cash; returns it. */
    public double repayLoan() {
        double paid = Math.min(loanBalance, loanInstalment);
        loanBalance -= paid;
        cash -= paid;
        return paid;
    }

    /**
     * Trainees of order-based courses run with this firm so far: the firm sent its own trainers into
     * its workshop (003 ~1881-1883), which cuts low-pay quits among its trained workers.
     */
    public int getOrderTrainees() { return orderTrainees; }
    public boolean sentTrainers() { return orderTrainees > 0; }
    public void countOrderTrainee() { orderTrainees++; }

    public boolean isAlive() { return alive; }
    public int getClosedMonth() { return closedMonth; }
    /** Why it closed; null while it is open. */
    public ExitReason closeReason() { return closeReason; }

    public void close(int month, ExitReason reason) {
        alive = false;
        closedMonth = month;
        closeReason = reason;
    }

    @Override
    public String toString() {
        return industry.en() + " firm " + id + " from " + origin + " in "
                + (village == null ? town.getNameEn() : village.toString());
    }
}
