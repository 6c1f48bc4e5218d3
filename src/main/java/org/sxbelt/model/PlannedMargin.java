package org.sxbelt.model;

import org.sxbelt.agents.Industry;
import org.sxbelt.params.ParamValues;

import static org.sxbelt.params.ParamSchema.*;

/**
 * A new firm's expected margin, the mean of its {@value SubsidySchedule#PLANNING_MONTHS} planned monthly
 * statements, with what the months share worked out once. The planned bases differ from month to month
 * only in the trained hires of the first month and the loan still owed, and each instrument's horizon and
 * rate are the same in every month, so the rest of {@link SubsidySchedule#settle} on
 * {@link FirmEconomics#plannedBases} is read once instead of sixty times. The arithmetic of each
 * statement is that of {@code settle}, term by term in the same order, so the margin is the same double
 * ({@code PlannedMarginTest}); relocating firms ask for hundreds of margins a month, which made this the
 * largest cost of the coarse scales.
 */
final class PlannedMargin {

    private static final Instrument[] INSTRUMENTS = Instrument.values();
    private static final int HOLIDAY = Instrument.INCOME_TAX_HOLIDAY.ordinal();
    private static final int TRAINING = Instrument.TRAINING_SUBSIDY.ordinal();
    private static final int CREDIT = Instrument.CREDIT_INTEREST.ordinal();

    private PlannedMargin() {}

    /**
     * The level of every instrument at every age of the planning horizon for firms opening in one month
     * under one set of parameter values ({@link ParamValues#version}): what all of that month's margins
     * share, kept by {@link MarginMemo} for the month.
     */
    record Levels(int month, long version, double[] level) implements java.io.Serializable {
        static Levels of(ParamValues p, int month) {
            int n = INSTRUMENTS.length;
            double[] level = new double[SubsidySchedule.PLANNING_MONTHS * n];
            for (Instrument i : INSTRUMENTS) {
                Horizon horizon = i.horizon(p);
                for (int a = 0; a < SubsidySchedule.PLANNING_MONTHS; a++) level[a * n + i.ordinal()] = horizon.level(a, month + a);
            }
            return new Levels(month, p.version(), level);
        }

        boolean holdFor(ParamValues p, int month) { return this.month == month && version == p.version(); }
    }

    /**
     * The mean profit per yuan of value added of the planned months of a firm of industry {@code k}
     * opening in {@code month}, whose first month's bases are {@code first} (the opening loan all owed).
     */
    static double of(Industry k, ParamValues p, int month, FirmBases first) {
        return of(k, p, Levels.of(p, month), first);
    }

    /** As {@link #of(Industry, ParamValues, int, FirmBases)}, with the levels of the opening month. */
    static double of(Industry k, ParamValues p, Levels levels, FirmBases first) {
        double loan = first.loanBalance();
        int h = SubsidySchedule.PLANNING_MONTHS;
        int n = INSTRUMENTS.length;
        double[] level = levels.level();
        // support in full on the first month's bases: the same in every month except for the trained
        // hires (first month only) and the interest on the loan still owed, computed month by month
        double[] full = new double[n];
        boolean[] applies = new boolean[n];
        for (Instrument i : INSTRUMENTS) {
            applies[i.ordinal()] = i.appliesTo(k);
            if (i.ordinal() != TRAINING && i.ordinal() != CREDIT) full[i.ordinal()] = i.full(first, p);
        }
        Instrument training = Instrument.TRAINING_SUBSIDY;
        double firstTraining = training.full(first, p);
        double laterTraining = training.full(withoutTrainedHires(first), p);
        double creditRate = Instrument.creditInterestRate(p);
        int creditMonths = p.getInt(CREDIT_MONTHS);
        double loanRate = p.get(LOAN_RATE) / 12, taxRate = p.get(INCOME_TAX_RATE);
        double costs = first.revenue() - first.wages() - first.freight() - first.rent() - first.overhead() - first.capital();
        double sum = 0;
        for (int a = 0; a < h; a++) {
            // the loan still owed, as FirmEconomics.plannedBases has it (all of it in the first month)
            double balance = a == 0 ? loan : loan * Math.max(0, 1 - (double) a / creditMonths);
            full[TRAINING] = a == 0 ? firstTraining : laterTraining;
            full[CREDIT] = creditRate * balance;
            double supportSum = 0;
            for (int i = 0; i < n; i++) {
                if (!applies[i] || full[i] == 0) continue;
                supportSum += full[i] * level[a * n + i];
            }
            double beforeTax = costs - loanRate * balance + supportSum;
            double due = taxRate * Math.max(0, beforeTax);
            double relief = due * level[a * n + HOLIDAY];
            sum += beforeTax - (due - relief);
        }
        return sum / h;
    }

    private static FirmBases withoutTrainedHires(FirmBases b) {
        return new FirmBases(b.revenue(), b.wages(), b.freight(), b.rent(), b.overhead(), b.workers(), 0,
                b.loanBalance(), b.wageIndex(), b.capital());
    }
}
