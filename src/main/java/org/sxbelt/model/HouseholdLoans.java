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

    // A loan book, not a column per household: few households ever borrow, so each has only an index into
    // the book (0: never borrowed, else its row + 1), and a row, once a household has one, holds its loans
    // one after the other. Five columns of every household cost 11 bytes per person at 1:1 (docs/PERFORMANCE.md).
    private int[] rowOf = new int[0];
    private final int households;
    private int rows;
    private double[] balance = new double[0];
    private double[] instalment = new double[0];
    private double[] asset = new double[0];
    private int[] assetMonths = new int[0];
    private int[] missed = new int[0];
    private boolean[] barred = new boolean[0];
    private int granted, repaid, defaulted;

    /** A book for households numbered from 0 (grows when a higher number borrows). */
    public HouseholdLoans() { this(0); }

    /** A book for {@code households} households (the index is not grown past that unless one beyond borrows). */
    public HouseholdLoans(int households) {
        if (households < 0) throw new IllegalArgumentException("households must be >= 0, not " + households);
        this.households = households;
    }

    /** Household h's row in the book, or -1 if it never borrowed. */
    private int row(int h) { return h < rowOf.length ? rowOf[h] - 1 : -1; }

    /** Household h's row, opened (and the index and book grown geometrically) if it has none. */
    private int open(int h) {
        if (h >= rowOf.length) {
            int size = Math.max(h + 1, 2 * rowOf.length);
            if (households > h) size = Math.min(size, households);
            rowOf = java.util.Arrays.copyOf(rowOf, size);
        }
        if (rowOf[h] > 0) return rowOf[h] - 1;
        if (rows == balance.length) {
            int size = Math.max(16, 2 * rows);
            balance = java.util.Arrays.copyOf(balance, size);
            instalment = java.util.Arrays.copyOf(instalment, size);
            asset = java.util.Arrays.copyOf(asset, size);
            assetMonths = java.util.Arrays.copyOf(assetMonths, size);
            missed = java.util.Arrays.copyOf(missed, size);
            barred = java.util.Arrays.copyOf(barred, size);
        }
        rowOf[h] = ++rows;
        return rows - 1;
    }

    /** May household {@code h} take a loan now (none outstanding, never defaulted)? */
    public boolean eligible(int h) {
        int r = row(h);
        return r < 0 || balance[r] <= 0 && !barred[r];
    }

    /** Household {@code h} borrows {@code yuan} over {@code months} and buys an asset with it. */
    public void grant(int h, double yuan, int months, int assetLife) {
        if (yuan <= 0 || months < 1) throw new IllegalArgumentException("a loan needs a positive sum and term");
        int r = open(h);
        balance[r] = yuan;
        instalment[r] = yuan / months;
        asset[r] = yuan;
        assetMonths[r] = assetLife;
        missed[r] = 0;
        granted++;
    }

    public double balance(int h) {
        int r = row(h);
        return r < 0 ? 0 : balance[r];
    }

    public boolean hasAsset(int h) {
        int r = row(h);
        return r >= 0 && assetMonths[r] > 0;
    }

    public boolean defaulted(int h) {
        int r = row(h);
        return r >= 0 && barred[r];
    }

    /** Loans granted, repaid in full and written off since the start. */
    public int granted() { return granted; }
    public int repaid() { return repaid; }
    public int defaults() { return defaulted; }

    /** Outstanding loans now. */
    public int outstanding() {
        int n = 0;
        for (int r = 0; r < rows; r++) if (balance[r] > 0) n++;
        return n;
    }

    /**
     * The asset's income this month, added to the household's income as side income (0 without an asset);
     * draws the asset's loss from the run's stream.
     */
    double assetIncome(BeltModel m, int h) {
        int r = row(h);
        if (r < 0 || assetMonths[r] <= 0) return 0;
        ParamValues p = m.params();
        if (m.random.nextDouble() < p.get(CREDIT_ASSET_LOSS) / 12) {
            assetMonths[r] = 0;
            return 0;
        }
        assetMonths[r]--;
        return asset[r] * p.get(CREDIT_ASSET_RETURN) / 12;
    }

    /**
     * The month's instalment of household {@code h}, after its income is known: paid from the income above
     * {@code subsistence} and then from savings; a shortfall is a missed instalment. Returns the public cost
     * this month (interest paid by the government, and any principal written off).
     */
    double repay(Households hh, int h, double subsistence, ParamValues p) {
        int r = row(h);
        if (r < 0 || balance[r] <= 0) return 0;
        double interest = balance[r] * p.get(LOAN_RATE) / 12;
        double due = Math.min(instalment[r], balance[r]);
        double surplus = Math.max(0, hh.monthIncome(h) - subsistence);
        if (surplus + hh.savings(h) >= due) {
            hh.setSavings(h, hh.savings(h) - Math.max(0, due - surplus));
            balance[r] -= due;
            missed[r] = 0;
            if (balance[r] <= 1e-6) {
                balance[r] = 0;
                repaid++;
            }
            return interest;
        }
        if (++missed[r] < p.getInt(CREDIT_DEFAULT_MONTHS)) return interest;
        double writtenOff = balance[r];
        balance[r] = 0;
        barred[r] = true;
        defaulted++;
        return interest + writtenOff;
    }
}
