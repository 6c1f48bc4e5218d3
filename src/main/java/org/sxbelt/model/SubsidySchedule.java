package org.sxbelt.model;

import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Industry;
import org.sxbelt.params.ParamValues;

import static org.sxbelt.params.ParamSchema.INCOME_TAX_RATE;
import static org.sxbelt.params.ParamSchema.LOAN_RATE;

/**
 * The one schedule of support and tax that both a firm's monthly accounts ({@link FirmAccounts}) and
 * a relocating firm's expected margin ({@link FirmEconomics#expectedMargin}) read, so the two cannot
 * drift apart. Each {@link Instrument} applies at its own rate to its own base over its own
 * {@link Horizon}; the opening package (wage and freight subsidies, free rent) runs for
 * {@code policy.subsidyMonths}, then phases out over {@code policy.subsidyTaperMonths} (zero = the
 * three-year cliff the sources warn of).
 */
public final class SubsidySchedule {

    /** Horizon over which a relocating firm weighs its expected margin. */
    public static final int PLANNING_MONTHS = 60;

    private static final Instrument[] INSTRUMENTS = Instrument.values();

    private SubsidySchedule() {}

    /** Share of the opening package a firm of this age receives, 0..1 (the one exit rules read). */
    public static double intensity(int ageMonths, ParamValues p) {
        return Instrument.WAGE_SUBSIDY.horizon(p).level(ageMonths, 0);
    }

    public static double intensity(Firm f, int month, ParamValues p) {
        return intensity(f.ageMonths(month), p);
    }

    /** Month (of firm age) when the opening package is gone. */
    public static int endAge(ParamValues p) {
        return Instrument.WAGE_SUBSIDY.horizon(p).end();
    }

    /** Share of the planning horizon covered by the opening package. */
    public static double horizonShare(ParamValues p) {
        double s = 0;
        for (int a = 0; a < PLANNING_MONTHS; a++) s += intensity(a, p);
        return s / PLANNING_MONTHS;
    }

    /**
     * One month's statement of a firm of industry {@code k}, age {@code ageMonths}, in model month
     * {@code month}: costs on the bases, support by instrument, then income tax on a positive profit,
     * reduced by the holiday.
     */
    public static Statement settle(Industry k, int ageMonths, int month, FirmBases b, ParamValues p) {
        double[] support = new double[INSTRUMENTS.length];
        double supportSum = 0;
        for (Instrument i : INSTRUMENTS) {
            if (!i.appliesTo(k)) continue;
            double full = i.full(b, p);
            if (full == 0) continue;
            support[i.ordinal()] = full * i.horizon(p).level(ageMonths, month);
            supportSum += support[i.ordinal()];
        }
        double interest = p.get(LOAN_RATE) / 12 * b.loanBalance();
        double beforeTax = b.revenue() - b.wages() - b.freight() - b.rent() - b.overhead() - b.capital() - interest + supportSum;
        double due = p.get(INCOME_TAX_RATE) * Math.max(0, beforeTax);
        double relief = due * Instrument.INCOME_TAX_HOLIDAY.horizon(p).level(ageMonths, month);
        support[Instrument.INCOME_TAX_HOLIDAY.ordinal()] = relief;
        return new Statement(support, supportSum, due - relief, beforeTax - (due - relief));
    }

    /**
     * A firm's month: support by {@link Instrument} (the holiday's entry is the tax forgone), the
     * cash support (all but the holiday), the income tax paid and the profit after tax.
     */
    public static final class Statement {
        private final double[] support;
        private final double paidSupport, incomeTax, profit;

        Statement(double[] support, double paidSupport, double incomeTax, double profit) {
            if (support.length != INSTRUMENTS.length) throw new IllegalArgumentException("one entry per instrument");
            this.support = support;
            this.paidSupport = paidSupport;
            this.incomeTax = incomeTax;
            this.profit = profit;
        }

        public double of(Instrument i) { return support[i.ordinal()]; }
        public double paidSupport() { return paidSupport; }
        public double incomeTax() { return incomeTax; }
        public double profit() { return profit; }
    }
}
