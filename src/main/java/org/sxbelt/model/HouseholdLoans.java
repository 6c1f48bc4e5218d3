package org.sxbelt.model;

import org.sxbelt.agents.Households;
import org.sxbelt.params.ParamValues;

import static org.sxbelt.params.ParamSchema.*;

/**
 * Poverty micro-credit on the household side (ODD 7.7.6): a loan buys a productive asset (livestock, a
 * courtyard greenhouse) that earns {@code credit.assetReturn} of the sum lent a year, as side income, for
 * {@code credit.assetMonths} months unless lost (chance {@code credit.assetLossRate} a year). The loan is
 * repaid in equal monthly instalments over {@code policy.microCreditMonths} from what the month's income
 * leaves above the poverty line's subsistence and from savings; the government pays the interest. After
 * {@code credit.defaultMonths} missed instalments in a row the rest is written off (the risk fund pays)
 * and the household gets no further loan.
 */
public final class HouseholdLoans implements java.io.Serializable {

    private double[] balance = new double[0];
    private double[] instalment = new double[0];
    private double[] asset = new double[0];
    private int[] assetMonths = new int[0];
    private int[] missed = new int[0];
    private boolean[] barred = new boolean[0];
    private int granted, repaid, defaulted;

    private void ensure(int n) {
        if (balance.length >= n) return;
        // grow geometrically: loans are granted in household order, so growing to n each time would copy
        // the arrays once per loan (quadratic; it took a third of a 1:1 run)
        int size = Math.max(n, 2 * balance.length);
        balance = java.util.Arrays.copyOf(balance, size);
        instalment = java.util.Arrays.copyOf(instalment, size);
        asset = java.util.Arrays.copyOf(asset, size);
        assetMonths = java.util.Arrays.copyOf(assetMonths, size);
        missed = java.util.Arrays.copyOf(missed, size);
        barred = java.util.Arrays.copyOf(barred, size);
    }

    /** May household {@code h} take a loan now (none outstanding, never defaulted)? */
    public boolean eligible(int h) { return h >= balance.length || balance[h] <= 0 && !barred[h]; }

    /** Household {@code h} borrows {@code yuan} over {@code months} and buys an asset with it. */
    public void grant(int h, double yuan, int months, int assetLife) {
        if (yuan <= 0 || months < 1) throw new IllegalArgumentException("a loan needs a positive sum and term");
        ensure(h + 1);
        balance[h] = yuan;
        instalment[h] = yuan / months;
        asset[h] = yuan;
        assetMonths[h] = assetLife;
        missed[h] = 0;
        granted++;
    }

    public double balance(int h) { return h < balance.length ? balance[h] : 0; }
    public boolean hasAsset(int h) { return h < asset.length && assetMonths[h] > 0; }
    public boolean defaulted(int h) { return h < barred.length && barred[h]; }
    /** Loans granted, repaid in full and written off since the start. */
    public int granted() { return granted; }
    public int repaid() { return repaid; }
    public int defaults() { return defaulted; }

    /** Outstanding loans now. */
    public int outstanding() {
        int n = 0;
        for (double b : balance) if (b > 0) n++;
        return n;
    }

    /**
     * The asset's income this month, added to the household's income as side income (0 without an asset);
     * draws the asset's loss from the run's stream.
     */
    double assetIncome(BeltModel m, int h) {
        if (h >= asset.length || assetMonths[h] <= 0) return 0;
        ParamValues p = m.params();
        if (m.random.nextDouble() < p.get(CREDIT_ASSET_LOSS) / 12) {
            assetMonths[h] = 0;
            return 0;
        }
        assetMonths[h]--;
        return asset[h] * p.get(CREDIT_ASSET_RETURN) / 12;
    }

    /**
     * The month's instalment of household {@code h}, after its income is known: paid from the income above
     * {@code subsistence} and then from savings; a shortfall is a missed instalment. Returns the public cost
     * this month (interest paid by the government, and any principal written off).
     */
    double repay(Households hh, int h, double subsistence, ParamValues p) {
        if (h >= balance.length || balance[h] <= 0) return 0;
        double interest = balance[h] * p.get(LOAN_RATE) / 12;
        double due = Math.min(instalment[h], balance[h]);
        double surplus = Math.max(0, hh.monthIncome(h) - subsistence);
        if (surplus + hh.savings(h) >= due) {
            hh.setSavings(h, hh.savings(h) - Math.max(0, due - surplus));
            balance[h] -= due;
            missed[h] = 0;
            if (balance[h] <= 1e-6) {
                balance[h] = 0;
                repaid++;
            }
            return interest;
        }
        if (++missed[h] < p.getInt(CREDIT_DEFAULT_MONTHS)) return interest;
        double writtenOff = balance[h];
        balance[h] = 0;
        barred[h] = true;
        defaulted++;
        return interest + writtenOff;
    }
}
