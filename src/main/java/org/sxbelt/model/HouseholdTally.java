package org.sxbelt.model;

import org.sxbelt.agents.Households;
import org.sxbelt.agents.PovertyStatus;

import java.util.Arrays;

import static org.sxbelt.params.ParamSchema.RISK_MARGIN;

/**
 * The observer's count of rural households: income, the poor and the registered, by county. Done in
 * fixed blocks of {@link #SIZE} households (see {@link PersonBlocks}), each summing into its own rows,
 * which are added up in block order: the income totals come out the same whatever the thread count.
 */
final class HouseholdTally {

    static final int SIZE = 1 << 15;
    private static final Measure[] MEASURES = {Measure.RURAL_INCOME, Measure.POOR_PERSONS,
            Measure.REGISTERED_POOR_HH, Measure.AT_RISK_HH, Measure.INCOME_POOR_PERSONS};
    private static final int INCOME = 0, POOR = 1, REGISTERED = 2, AT_RISK = 3, INCOME_POOR = 4;

    /** Per block: MEASURES.length values for each county. */
    private double[][] rows = new double[0][];

    void tally(BeltModel m, double[][] sums) {
        Belt belt = m.belt();
        int counties = sums.length;
        int n = (belt.households().size() + SIZE - 1) / SIZE;
        if (rows.length != n || (n > 0 && rows[0].length != counties * MEASURES.length)) {
            rows = new double[n][counties * MEASURES.length];
        }
        double line = m.conditions().povertyLine();
        double risk = line * (1 + m.params().get(RISK_MARGIN));
        m.personBlocks().forEach(n, b -> count(m, b, line, risk, rows[b]));
        for (double[] r : rows) {
            for (int c = 0; c < counties; c++) {
                for (int k = 0; k < MEASURES.length; k++) sums[c][MEASURES[k].index] += r[c * MEASURES.length + k];
            }
        }
    }

    private static void count(BeltModel m, int b, double line, double risk, double[] r) {
        Arrays.fill(r, 0);
        Belt belt = m.belt();
        Households hh = belt.households();
        int end = Math.min(hh.size(), (b + 1) * SIZE);
        for (int h = b * SIZE; h < end; h++) {
            if (hh.members(h) == 0 || m.isUrban(h)) continue;
            int at = belt.townOfHousehold(h) * MEASURES.length;
            double pc = hh.annualIncomePerCapita(h);
            r[at + INCOME] += hh.annualIncome(h);
            if (pc < line) r[at + INCOME_POOR] += hh.members(h);
            if (hh.isPoorUnsecured(h, line)) r[at + POOR] += hh.members(h);   // the official count
            PovertyStatus s = hh.poverty(h);
            if (s == PovertyStatus.REGISTERED_POOR || s == PovertyStatus.NEW_POOR || s == PovertyStatus.RETURNED) {
                r[at + REGISTERED]++;
            }
            if (s == PovertyStatus.EXITED && pc < risk) r[at + AT_RISK]++;
        }
    }
}
