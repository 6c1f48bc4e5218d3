package org.sxbelt.model;

import org.sxbelt.agents.Households;
import org.sxbelt.agents.PovertyStatus;
import org.sxbelt.agents.Village;

import java.util.Arrays;
import java.util.List;

import static org.sxbelt.params.ParamSchema.RISK_MARGIN;

/**
 * The observer's count of rural households: income, the poor and the registered, the poverty gap,
 * vulnerability to a shock, the income of exited households and what policy pays of it, households
 * under monitoring and those qualifying for it, households secured by transfer and those failing a
 * guarantee, by county.
 * Done in fixed blocks of {@link #SIZE} households (see {@link PersonBlocks}), each summing into its
 * own rows, which are added up in block order: the income totals come out the same whatever the
 * thread count. With the belt's own median as the relative reference the same pass fills, per worker
 * thread, a histogram of persons by county and income per person ({@link IncomeHistogram}); being
 * whole-number counts, their sum does not depend on which thread took which block, and from it come
 * the belt's relative line and, for each county, the persons below it. With the national reference
 * (the default) the line is known before the pass, which counts the persons below it in the rows.
 */
final class HouseholdTally implements java.io.Serializable {

    static final int SIZE = 1 << 15;
    private static final Measure[] MEASURES = {Measure.RURAL_INCOME, Measure.POOR_PERSONS,
            Measure.REGISTERED_POOR_HH, Measure.AT_RISK_HH, Measure.INCOME_POOR_PERSONS, Measure.POVERTY_GAP,
            Measure.POVERTY_SHORTFALL, Measure.VULNERABLE_PERSONS, Measure.EXITED_HH, Measure.EXITED_INCOME,
            Measure.EXITED_POLICY_INCOME, Measure.RISK_QUALIFYING_HH, Measure.SECURED_HH, Measure.UNSAFE_HOUSING_HH,
            Measure.DROPOUT_HH, Measure.UNINSURED_HH, Measure.LACKING_GUARANTEE_HH, Measure.RELATIVE_POOR_PERSONS};
    private static final int INCOME = 0, POOR = 1, REGISTERED = 2, AT_RISK = 3, INCOME_POOR = 4, GAP = 5,
            SHORTFALL = 6, VULNERABLE = 7, EXITED = 8, EXITED_INCOME = 9, EXITED_POLICY = 10, QUALIFYING = 11,
            SECURED = 12, UNSAFE = 13, DROPOUT = 14, UNINSURED = 15, LACKING = 16, RELATIVE = 17;
    private static final int K = MEASURES.length;
    private static final int BINS = IncomeHistogram.BINS;

    /** Per block: K values for each county. */
    private double[][] rows = new double[0][];
    /** Per worker: persons by county (major) and income bin. */
    private int[][] histograms = new int[0][];
    private double relativeLine = Double.NaN;

    void tally(BeltModel m, double[][] sums) {
        Belt belt = m.belt();
        int counties = sums.length;
        int n = (belt.households().size() + SIZE - 1) / SIZE;
        if (rows.length != n || (n > 0 && rows[0].length != counties * K)) rows = new double[n][counties * K];
        double reference = m.params().getInt(org.sxbelt.params.ParamSchema.RELATIVE_REFERENCE) == 0
                ? IncomeHistogram.nationalRuralMedian(m.conditions().year(),
                m.params().get(org.sxbelt.params.ParamSchema.NATIONAL_MEDIAN_GROWTH)) : Double.NaN;
        // A national reference places the relative line before the pass, which then counts the persons of
        // the bins under it directly; only the belt's own median needs the histogram by county and bin.
        boolean national = !Double.isNaN(reference);
        int relativeBin = national ? IncomeHistogram.lineBin(IncomeHistogram.RELATIVE_SHARE * reference) : -1;
        int workers = m.personBlocks().threads();
        if (!national && (histograms.length != workers || (workers > 0 && histograms[0].length != counties * BINS))) {
            histograms = new int[workers][counties * BINS];
        }
        if (!national) for (int[] hist : histograms) Arrays.fill(hist, 0);
        double line = m.conditions().povertyLine();
        // the typical shocks: one serious illness's bill, what the household would pay of it, and for a
        // farming household a disaster's harvest loss less the insurance's indemnity (ODD 7.7.7, 8.4)
        double bill = Illness.cost(m.params(), m.conditions());
        double[] bills = new double[4];
        for (int k = 0; k < 4; k++) bills[k] = Illness.outOfPocket(m.params(), bill, (k & 1) != 0, (k & 2) != 0);
        Lines lines = new Lines(line, line * (1 + m.params().get(RISK_MARGIN)), bills, m.month(), m.params(), relativeBin);
        m.personBlocks().forEach(n, (b, w) -> count(m, b, lines, rows[b], national ? null : histograms[w]));
        for (double[] r : rows) {
            for (int c = 0; c < counties; c++) {
                for (int k = 0; k < K; k++) sums[c][MEASURES[k].index] += r[c * K + k];
            }
        }
        // the national line's counts are in the rows (column RELATIVE); the belt's line is placed on the histogram
        relativeLine = national ? lineAt(relativeBin, counties, sums) : relativePoor(histograms, counties, sums, reference);
    }

    /** The belt's relative line at the last tally, yuan/person/year (NaN if it could not be placed). */
    double relativeLine() { return relativeLine; }

    /**
     * Adds the histograms of all workers into the first, places the relative line ({@link IncomeHistogram#RELATIVE_SHARE}
     * of the {@code reference} median, or of the belt's own median if it is NaN) and writes each county's persons
     * below it; returns the line.
     */
    static double relativePoor(int[][] histograms, int counties, double[][] sums, double reference) {
        int[] total = histograms[0];
        for (int w = 1; w < histograms.length; w++) {
            int[] other = histograms[w];
            for (int i = 0; i < total.length; i++) total[i] += other[i];
        }
        long[] belt = new long[BINS];
        for (int c = 0; c < counties; c++) {
            for (int k = 0; k < BINS; k++) belt[k] += total[c * BINS + k];
        }
        double median = Double.isNaN(reference) ? IncomeHistogram.median(belt) : reference;
        int j = IncomeHistogram.lineBin(IncomeHistogram.RELATIVE_SHARE * median);
        for (int c = 0; c < counties; c++) {
            long below = 0;
            for (int k = 0; k < j; k++) below += total[c * BINS + k];
            sums[c][Measure.RELATIVE_POOR_PERSONS.index] = below;
        }
        return lineAt(j, counties, sums);
    }

    /**
     * The relative line at bin edge {@code j}; if it could not be placed ({@code j < 0}: the median or the line
     * outside the histogram's range) NaN, and each county's persons below it NaN too.
     */
    private static double lineAt(int j, int counties, double[][] sums) {
        if (j >= 0) return IncomeHistogram.edge(j);
        for (int c = 0; c < counties; c++) sums[c][Measure.RELATIVE_POOR_PERSONS.index] = Double.NaN;
        return Double.NaN;
    }

    /**
     * The month's lines, and the out-of-pocket bill of one serious illness by insurance enrolment (bit 1)
     * and entitlement to medical assistance (bit 2), shared by all blocks; with a national reference the
     * income bin of the relative line (the persons of the bins below it are counted), else -1.
     */
    private record Lines(double line, double risk, double[] bills, int month, org.sxbelt.params.ParamValues p,
                         int relativeBin) {
        double bill(Households hh, int h) {
            return bills[(hh.has(h, Households.UNINSURED) ? 0 : 1) | (Illness.entitledToAssistance(hh, h) ? 2 : 0)];
        }

        /** The typical shock for household h: the larger of the illness bill and the uninsured part of a disaster's loss. */
        double shock(Households hh, int h) {
            double farm = hh.farmIncome(h);
            double disaster = farm > 0 ? CropInsurance.loss(p, farm) * (1 - CropInsurance.coverThisMonth(p, hh, h)) : 0;
            return Math.max(bill(hh, h), disaster);
        }
    }

    private static void count(BeltModel m, int b, Lines l, double[] r, int[] hist) {
        Arrays.fill(r, 0);
        Belt belt = m.belt();
        Households hh = belt.households();
        double line = l.line;
        int start = b * SIZE;
        int end = Math.min(hh.size(), start + SIZE);
        if (start >= end) return;
        // The block's households village by village (each village's households are one range, in village
        // order: see Belt), so a village's county and ward are read once and town wards are skipped whole.
        List<Village> villages = belt.villages();
        for (int vi = hh.village(start); vi < villages.size() && villages.get(vi).firstHousehold() < end; vi++) {
            Village v = villages.get(vi);
            if (v.isUrbanWard()) continue;
            int county = v.town().index();
            int to = Math.min(end, v.firstHousehold() + v.householdCount());
            int at = county * K;
            // the sums most households add to, kept in locals over the village (the same additions in the same
            // order), not read and written back through the row once per household
            double income = r[at + INCOME], exitedIncome = r[at + EXITED_INCOME], exitedPolicy = r[at + EXITED_POLICY];
            for (int h = Math.max(start, v.firstHousehold()); h < to; h++) {
                int members = hh.members(h);
                if (members == 0) continue;
                double annual = hh.annualIncome(h);
                double pc = hh.annualIncomePerCapita(h);
                int bin = IncomeHistogram.bin(pc);
                if (hist != null) hist[county * BINS + bin] += members;
                else if (bin < l.relativeBin) r[at + RELATIVE] += members;
                income += annual;
                if (pc < line) {
                    r[at + INCOME_POOR] += members;
                    r[at + GAP] += members * (1 - pc / line);
                    r[at + SHORTFALL] += members * (line - pc);
                } else {
                    double shock = l.shock(hh, h);
                    if ((annual - shock) / members < line) { // else even the whole shock leaves it above
                        double month = hh.closedMonthIncome(h, l.month);
                        double loss = HouseholdEconomy.shockIncomeLoss(hh.savings(h), shock, month);
                        if ((annual - loss) / members < line) r[at + VULNERABLE] += members;
                    }
                }
                if (pc < line && hh.floorTopUp(h) <= 0) r[at + POOR] += members; // the official count (Households#isPoorUnsecured)
                PovertyStatus s = hh.poverty(h);
                boolean guarantees = hh.guaranteesHold(h);
                if (!guarantees) {
                    if (hh.has(h, Households.UNSAFE_HOUSING)) r[at + UNSAFE]++;
                    if (hh.has(h, Households.SCHOOL_DROPOUT)) r[at + DROPOUT]++;
                    if (hh.has(h, Households.UNINSURED)) r[at + UNINSURED]++;
                }
                if (hh.has(h, Households.MONITORED)) r[at + AT_RISK]++;
                // own income as the quarterly review reads it (ODD 7.7.4)
                double own = (annual - 12 * hh.floorTopUp(h)) / members;
                if (Monitoring.qualifies(hh, h, own, l.risk, l.month)) r[at + QUALIFYING]++;
                if (s == PovertyStatus.REGISTERED_POOR || s == PovertyStatus.NEW_POOR || s == PovertyStatus.RETURNED) {
                    r[at + REGISTERED]++;
                    if (!guarantees) r[at + LACKING]++;
                } else if (s == PovertyStatus.EXITED || s == PovertyStatus.SECURED) {
                    r[at + (s == PovertyStatus.EXITED ? EXITED : SECURED)]++;
                    exitedIncome += hh.closedMonthIncome(h, l.month);
                    exitedPolicy += hh.policyIncome(h);
                }
            }
            r[at + INCOME] = income;
            r[at + EXITED_INCOME] = exitedIncome;
            r[at + EXITED_POLICY] = exitedPolicy;
        }
    }
}
