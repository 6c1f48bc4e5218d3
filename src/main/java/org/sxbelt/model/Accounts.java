package org.sxbelt.model;

import java.util.Arrays;

/** This month's money flows by county (real yuan), cleared after observation. */
public final class Accounts implements java.io.Serializable {

    private static final int FLOWS = Flow.values().length;
    private final double[] values;
    private final double[] cumulative;

    public Accounts(int counties) {
        values = new double[counties * FLOWS];
        cumulative = new double[counties * FLOWS];
    }

    public void add(int county, Flow f, double yuan) {
        values[county * FLOWS + f.ordinal()] += yuan;
    }

    public double get(int county, Flow f) { return values[county * FLOWS + f.ordinal()]; }

    /** Total since the start of the run. */
    public double cumulative(int county, Flow f) { return cumulative[county * FLOWS + f.ordinal()]; }

    public double total(Flow f) {
        double s = 0;
        for (int c = 0; c < values.length / FLOWS; c++) s += get(c, f);
        return s;
    }

    public double totalCumulative(Flow f) {
        double s = 0;
        for (int c = 0; c < values.length / FLOWS; c++) s += cumulative(c, f);
        return s;
    }

    /** Ends the month: adds to the running totals and clears. */
    public void closeMonth() {
        for (int i = 0; i < values.length; i++) cumulative[i] += values[i];
        Arrays.fill(values, 0);
    }
}
