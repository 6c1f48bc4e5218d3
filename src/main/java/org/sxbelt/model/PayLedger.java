package org.sxbelt.model;

import org.sxbelt.agents.Households;
import org.sxbelt.agents.IntList;
import org.sxbelt.agents.Status;

import java.util.Arrays;

/**
 * What one block of the pay pass ({@link Production}) earned and owes, kept apart from the other
 * blocks' until they are all done and then booked in block order, so that sums come out the same
 * whatever the number of threads: money by county, pay by county and status, output and wages by firm,
 * park pay by town. A household is paid directly only by its owner block ({@link PersonBlocks#ownedFrom}, so
 * no two threads write one household); the other blocks note what they owe it and it is paid afterwards.
 */
final class PayLedger implements java.io.Serializable {

    static final int SERVICES = 0, LOCAL_WAGE = 1, WAGE_BILL = 2, REMITTANCE = 3, DISTANT_PAY = 4;
    static final int FLOWS = 5;
    private static final int STATUSES = Status.values().length;

    private final PersonBlocks blocks;
    private final int ownedFrom;
    private final int ownedTo;
    private final IntList owedHouseholds = new IntList(16);
    private double[] owedIncome = new double[16];
    private final IntList farmersElsewhere = new IntList(16);
    private double[] county = new double[0];
    private double[] pay = new double[0];
    private int[] paid = new int[0];
    private double[] firmOutput = new double[0];
    private double[] firmWages = new double[0];
    private final IntList firmsTouched = new IntList(64);
    private double[] townWageSum = new double[0];
    private int[] townWorkers = new int[0];

    PayLedger(PersonBlocks blocks, int block) {
        this.blocks = blocks;
        this.ownedFrom = blocks.ownedFrom(block);
        this.ownedTo = blocks.ownedTo(block);
    }

    PersonBlocks blocks() { return blocks; }

    /** Empties the ledger for a month with this many towns and firms. */
    void open(int towns, int firms) {
        if (county.length != towns * FLOWS) {
            county = new double[towns * FLOWS];
            pay = new double[towns * STATUSES];
            paid = new int[towns * STATUSES];
            townWageSum = new double[towns];
            townWorkers = new int[towns];
        } else {
            Arrays.fill(county, 0);
            Arrays.fill(pay, 0);
            Arrays.fill(paid, 0);
            Arrays.fill(townWageSum, 0);
            Arrays.fill(townWorkers, 0);
        }
        if (firmOutput.length < firms) {
            // Grown by half: firms open every month, and each ledger of each block would reallocate.
            firmOutput = Arrays.copyOf(firmOutput, firms + firms / 2 + 64);
            firmWages = Arrays.copyOf(firmWages, firmOutput.length);
        }
        owedHouseholds.clear();
        farmersElsewhere.clear();
    }

    /** Household income: paid now if this block owns the household, else owed. */
    void income(Households hh, int h, double yuan) {
        if (h >= ownedFrom && h < ownedTo) {
            hh.addIncome(h, yuan);
            return;
        }
        int k = owedHouseholds.size();
        owedHouseholds.add(h);
        if (k == owedIncome.length) owedIncome = Arrays.copyOf(owedIncome, 2 * k);
        owedIncome[k] = yuan;
    }

    /** One more farmer at home in household h. */
    void farmerAtHome(Households hh, int h, int[] farmers) {
        if (h >= ownedFrom && h < ownedTo) farmers[h]++;
        else farmersElsewhere.add(h);
    }

    void flow(int town, int flow, double yuan) { county[town * FLOWS + flow] += yuan; }

    /** Pay of one person in a status, by county of residence (for mean wages). */
    void pay(int county, Status s, double yuan) {
        int i = county * STATUSES + s.ordinal();
        pay[i] += yuan;
        paid[i]++;
    }

    void firm(int id, double output, double wage) {
        if (firmOutput[id] == 0 && firmWages[id] == 0) firmsTouched.add(id);
        firmOutput[id] += output;
        firmWages[id] += wage;
    }

    void parkPay(int town, double wage) {
        townWageSum[town] += wage;
        townWorkers[town]++;
    }

    /**
     * Books this block's ledger into the month's totals (called for each block in block order): pays
     * what it owes households and adds its sums.
     */
    void bookInto(Households hh, int[] farmers, double[] countyTotals, Observer observer, double[] firmOutputTotals,
                  double[] firmWageTotals, double[] townWageTotals, int[] townWorkerTotals) {
        for (int k = 0; k < owedHouseholds.size(); k++) hh.addIncome(owedHouseholds.get(k), owedIncome[k]);
        for (int k = 0; k < farmersElsewhere.size(); k++) farmers[farmersElsewhere.get(k)]++;
        for (int i = 0; i < county.length; i++) countyTotals[i] += county[i];
        for (int i = 0; i < pay.length; i++) {
            if (paid[i] > 0) observer.recordPay(i / STATUSES, Status.of(i % STATUSES), pay[i], paid[i]);
        }
        for (int k = 0; k < firmsTouched.size(); k++) {
            int id = firmsTouched.get(k);
            firmOutputTotals[id] += firmOutput[id];
            firmWageTotals[id] += firmWages[id];
            firmOutput[id] = 0;
            firmWages[id] = 0;
        }
        firmsTouched.clear();
        for (int t = 0; t < townWageSum.length; t++) {
            townWageTotals[t] += townWageSum[t];
            townWorkerTotals[t] += townWorkers[t];
        }
    }
}
