package org.sxbelt.agents;

/**
 * A firm: a park factory or a village workshop (a satellite of a park firm, or a stand-alone
 * poverty-alleviation workshop). Money is in real yuan; capacity and workers are in agents, each
 * standing for {@code scale} real workers.
 */
public final class Firm {

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
    private int capacity;
    private int target;
    private double space;
    private double cash;
    private double orders = 1.0;
    private double orderNoise;
    private int lossStreak;
    private boolean alive = true;
    private int closedMonth = -1;
    private String closeReason = "";
    private double lastOutput;
    private double lastProfit;
    private double lastWageBill;
    private double lastSubsidy;
    private double meanWage;
    private int satellites;
    private int hiresThisMonth;
    private int orderTrainees;
    private int heldPosts;

    public Firm(int id, Industry industry, String origin, Town town, Village village, Firm headquarters,
                int openedMonth, int capacity, double space, double cash, double productivityCeiling,
                double valueAdded) {
        this.id = id;
        this.industry = industry;
        this.origin = origin;
        this.town = town;
        this.village = village;
        this.headquarters = headquarters;
        this.openedMonth = openedMonth;
        this.capacity = capacity;
        this.target = capacity;
        this.space = space;
        this.cash = cash;
        this.productivityCeiling = productivityCeiling;
        this.valueAdded = valueAdded;
    }

    public int id() { return id; }
    public int getId() { return id; }
    public Industry industry() { return industry; }
    public String getIndustry() { return industry.en(); }
    public String getOrigin() { return origin; }
    public Town town() { return town; }
    public String getTown() { return town.getNameEn(); }
    public Village village() { return village; }
    public Site site() { return village == null ? Site.PARK : Site.VILLAGE; }
    public String getSite() { return site().name().toLowerCase(); }
    public Firm headquarters() { return headquarters; }
    public boolean isSatellite() { return headquarters != null; }

    /** Relocated from an eastern province (as opposed to founded locally). */
    public boolean isRelocated() {
        return !SourceRegion.LOCAL.equals(origin) && !SourceRegion.XPCC.equals(origin);
    }

    public int getOpenedMonth() { return openedMonth; }
    public int ageMonths(int month) { return month - openedMonth; }

    public IntList workers() { return workers; }
    public int getWorkers() { return workers.size(); }
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

    public int getSatellites() { return satellites; }
    public void satelliteOpened() { satellites++; }

    public int hiresThisMonth() { return hiresThisMonth; }
    public void countHire() { hiresThisMonth++; }
    public void resetHires() { hiresThisMonth = 0; }

    /**
     * Trainees of order-based courses run with this firm so far: the firm sent its own trainers into
     * its workshop (003 ~1881-1883), which cuts low-pay quits among its trained workers.
     */
    public int getOrderTrainees() { return orderTrainees; }
    public boolean sentTrainers() { return orderTrainees > 0; }
    public void countOrderTrainee() { orderTrainees++; }

    public boolean isAlive() { return alive; }
    public int getClosedMonth() { return closedMonth; }
    public String getCloseReason() { return closeReason; }

    public void close(int month, String reason) {
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
