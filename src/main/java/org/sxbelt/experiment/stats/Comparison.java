package org.sxbelt.experiment.stats;

import org.apache.commons.math3.stat.inference.TTest;
import org.sxbelt.params.NumberText;

import java.util.ArrayList;
import java.util.List;

/**
 * Each design point against a reference point, per indicator (belt level) at chosen months and for the
 * mean over all months.
 *
 * <p>Two estimates of the difference {@code point − reference}:
 * <ul>
 *   <li><b>Welch</b> (independent samples): difference of the means over replicates, its 95% CI with
 *       Welch–Satterthwaite degrees of freedom, the Welch t statistic and two-sided p-value;</li>
 *   <li><b>paired</b> (common random numbers): replicates with the same id in both points are paired;
 *       mean of the per-replicate differences, paired-t 95% CI, t and p. {@code paired_n} is 0 (and the
 *       paired columns NA) with fewer than two pairs. {@code same_seeds} tells whether the paired
 *       replicates also had the same seeds (true common random numbers).</li>
 * </ul>
 * The p-values are NA when the variance of the difference is zero.
 */
public final class Comparison {

    public static final String FILE_NAME = "comparison.csv";
    /** The {@code month} label of the comparison of per-replicate means over all months. */
    public static final String MEAN_OVER_MONTHS = "mean";

    /** Welch's unequal-variance comparison of two samples ({@code x − y}). */
    public record Welch(int nX, int nY, double meanX, double meanY, double diff, double ciLow, double ciHigh,
                        double df, double t, double p) {

        public static Welch of(double[] xs, double[] ys) {
            double[] x = MeanCi.finite(xs), y = MeanCi.finite(ys);
            MeanCi cx = MeanCi.of(x), cy = MeanCi.of(y);
            double diff = cx.mean() - cy.mean();
            if (x.length < 2 || y.length < 2) {
                return new Welch(x.length, y.length, cx.mean(), cy.mean(), diff, Double.NaN, Double.NaN,
                        Double.NaN, Double.NaN, Double.NaN);
            }
            double vx = cx.sd() * cx.sd() / x.length, vy = cy.sd() * cy.sd() / y.length;
            double se = Math.sqrt(vx + vy);
            if (se == 0) {
                return new Welch(x.length, y.length, cx.mean(), cy.mean(), diff, diff, diff, Double.NaN,
                        Double.NaN, Double.NaN);
            }
            double df = (vx + vy) * (vx + vy) / (vx * vx / (x.length - 1) + vy * vy / (y.length - 1));
            double half = MeanCi.tQuantile(df) * se;
            TTest test = new TTest();
            return new Welch(x.length, y.length, cx.mean(), cy.mean(), diff, diff - half, diff + half, df,
                    test.t(x, y), test.tTest(x, y));
        }
    }

    /** Paired comparison {@code x − y} over the pairs where both values are numeric. */
    public record Paired(int n, double diff, double ciLow, double ciHigh, double t, double p) {

        public static final Paired NONE = new Paired(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

        public static Paired of(double[] xs, double[] ys) {
            if (xs.length != ys.length) throw new IllegalArgumentException("paired samples of different sizes");
            List<Double> a = new ArrayList<>(), b = new ArrayList<>();
            for (int i = 0; i < xs.length; i++) {
                if (!Double.isNaN(xs[i]) && !Double.isNaN(ys[i])) {
                    a.add(xs[i]);
                    b.add(ys[i]);
                }
            }
            int n = a.size();
            if (n < 2) return NONE;
            double[] x = new double[n], y = new double[n], d = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = a.get(i);
                y[i] = b.get(i);
                d[i] = x[i] - y[i];
            }
            MeanCi c = MeanCi.of(d);
            if (c.sd() == 0) return new Paired(n, c.mean(), c.mean(), c.mean(), Double.NaN, Double.NaN);
            TTest test = new TTest();
            return new Paired(n, c.mean(), c.ciLow(), c.ciHigh(), test.pairedT(x, y), test.pairedTTest(x, y));
        }
    }

    /** One comparison. {@code month} is YYYY-MM or {@link #MEAN_OVER_MONTHS}. */
    public record Row(int point, String scenario, int referencePoint, String referenceScenario, String indicator,
                      String month, Welch welch, Paired paired, boolean sameSeeds) {}

    private final int referencePoint;
    private final List<Row> rows;

    private Comparison(int referencePoint, List<Row> rows) {
        this.referencePoint = referencePoint;
        this.rows = rows;
    }

    /**
     * The reference point for a scenario name: the lowest-numbered point of that scenario, or -1 if none.
     */
    public static int referencePoint(ResultsFile results, String scenario) {
        for (int p : results.points()) if (scenario.equals(results.scenario(p))) return p;
        return -1;
    }

    /**
     * Compares every other point with {@code referencePoint} for each indicator (belt level) at each of
     * {@code months} (YYYY-MM; unknown months are skipped) and, if {@code meanOverMonths}, for the mean over
     * all months.
     */
    public static Comparison of(ResultsFile results, int referencePoint, List<String> indicators, List<String> months,
                                boolean meanOverMonths) {
        List<Row> rows = new ArrayList<>();
        int[] reps = results.replicates();
        String refScenario = results.scenario(referencePoint);
        for (int p : results.points()) {
            if (p == referencePoint) continue;
            boolean sameSeeds = true;
            for (int r : reps) {
                Long a = results.seed(p, r), b = results.seed(referencePoint, r);
                if (a != null && b != null && !a.equals(b)) sameSeeds = false;
            }
            for (String ind : indicators) {
                ResultsFile.Series sp = ResultsFile.belt(p, ind), sr = ResultsFile.belt(referencePoint, ind);
                if (!results.has(sp) || !results.has(sr)) continue;
                for (String month : months) {
                    int m = results.months().indexOf(month);
                    if (m < 0) continue;
                    rows.add(row(results, p, referencePoint, refScenario, ind, month, results.values(sp, m),
                            results.values(sr, m), sameSeeds));
                }
                if (meanOverMonths) {
                    rows.add(row(results, p, referencePoint, refScenario, ind, MEAN_OVER_MONTHS,
                            results.meanOverMonths(sp), results.meanOverMonths(sr), sameSeeds));
                }
            }
        }
        return new Comparison(referencePoint, List.copyOf(rows));
    }

    private static Row row(ResultsFile results, int p, int ref, String refScenario, String ind, String month,
                           double[] x, double[] y, boolean sameSeeds) {
        Paired paired = Paired.of(x, y);
        return new Row(p, results.scenario(p), ref, refScenario, ind, month, Welch.of(x, y), paired,
                paired.n() > 0 && sameSeeds);
    }

    public int referencePoint() { return referencePoint; }

    public List<Row> rows() { return rows; }

    /**
     * {@code comparison.csv}: {@code point,scenario,<factors>,reference_point,reference_scenario,indicator,
     * level,unit,month,n,n_ref,mean,mean_ref,diff,diff_ci_low,diff_ci_high,welch_df,welch_t,welch_p,
     * paired_n,paired_diff,paired_ci_low,paired_ci_high,paired_t,paired_p,same_seeds}.
     */
    public String csv(DesignFile design) {
        StringBuilder sb = new StringBuilder();
        List<String> head = design.pointColumns();
        head.addAll(List.of("reference_point", "reference_scenario", "indicator", "level", "unit", "month", "n",
                "n_ref", "mean", "mean_ref", "diff", "diff_ci_low", "diff_ci_high", "welch_df", "welch_t", "welch_p",
                "paired_n", "paired_diff", "paired_ci_low", "paired_ci_high", "paired_t", "paired_p", "same_seeds"));
        Csv.append(sb, head);
        for (Row r : rows) {
            List<String> f = design.pointFields(r.point(), r.scenario());
            f.add(Integer.toString(r.referencePoint()));
            f.add(r.referenceScenario());
            f.add(r.indicator());
            f.add(ResultsFile.BELT);
            f.add(ResultsFile.BELT);
            f.add(r.month());
            Welch w = r.welch();
            f.add(Integer.toString(w.nX()));
            f.add(Integer.toString(w.nY()));
            for (double v : new double[] {w.meanX(), w.meanY(), w.diff(), w.ciLow(), w.ciHigh(), w.df(), w.t(), w.p()}) {
                f.add(NumberText.data(v));
            }
            Paired pd = r.paired();
            f.add(Integer.toString(pd.n()));
            for (double v : new double[] {pd.diff(), pd.ciLow(), pd.ciHigh(), pd.t(), pd.p()}) f.add(NumberText.data(v));
            f.add(Boolean.toString(r.sameSeeds()));
            Csv.append(sb, f);
        }
        return sb.toString();
    }
}
