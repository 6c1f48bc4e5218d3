package org.sxbelt.model;

import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Industry;

/**
 * Spatial concentration of each industry's employment across towns: the location quotient of a
 * town, the Herfindahl index of the industry's town shares, and the Ellison-Glaeser (1997) index,
 * which nets out the concentration expected from a few large plants. Employment counts are taken
 * from a town x industry matrix and the plant sizes of each industry ({@link #plantSizes}: real
 * plants, not agent firms).
 */
public final class ClusterMeasures {

    private ClusterMeasures() {}

    /** (E_jk / E_j) / (E_k / E); NaN where the town or the industry has no jobs. */
    public static double locationQuotient(double[][] jobs, int town, int industry) {
        return locationQuotients(jobs)[town][industry];
    }

    /**
     * Every town's {@link #locationQuotient} for every industry, [town][industry]: the belt's and each
     * industry's totals are summed once, not once per town and industry.
     */
    public static double[][] locationQuotients(double[][] jobs) {
        int industries = jobs.length == 0 ? 0 : jobs[0].length;
        double e = 0;
        for (double[] row : jobs) for (double v : row) e += v;
        double[] ek = new double[industries];
        for (int k = 0; k < industries; k++) for (double[] row : jobs) ek[k] += row[k];
        double[][] lq = new double[jobs.length][industries];
        for (int t = 0; t < jobs.length; t++) {
            double ej = 0;
            for (int k = 0; k < industries; k++) ej += jobs[t][k];
            for (int k = 0; k < industries; k++) {
                lq[t][k] = ej == 0 || ek[k] == 0 ? Double.NaN : (jobs[t][k] / ej) / (ek[k] / e);
            }
        }
        return lq;
    }

    /** Sum over towns of the squared share of the industry's jobs in each town. */
    public static double herfindahl(double[][] jobs, int industry) {
        double ek = 0;
        for (double[] row : jobs) ek += row[industry];
        if (ek == 0) return Double.NaN;
        double h = 0;
        for (double[] row : jobs) h += (row[industry] / ek) * (row[industry] / ek);
        return h;
    }

    /** Sum over towns of the squared share of all jobs (every industry) in each town; NaN without jobs. */
    public static double townHerfindahl(double[][] jobs) {
        double e = 0;
        double[] ej = new double[jobs.length];
        for (int j = 0; j < jobs.length; j++) {
            for (double v : jobs[j]) ej[j] += v;
            e += ej[j];
        }
        if (e == 0) return Double.NaN;
        double h = 0;
        for (double x : ej) h += (x / e) * (x / e);
        return h;
    }

    /**
     * Ellison-Glaeser gamma = (G - (1 - sum x^2) H) / ((1 - sum x^2)(1 - H)), with G the raw
     * geographic concentration sum (s_j - x_j)^2, x_j the town's share of all jobs, s_j its share
     * of the industry's jobs and H the plant Herfindahl of the industry.
     *
     * @param plantSizes jobs in each plant of the industry
     */
    public static double ellisonGlaeser(double[][] jobs, int industry, double[] plantSizes) {
        double e = 0, ek = 0;
        for (double[] row : jobs) {
            ek += row[industry];
            for (double v : row) e += v;
        }
        if (ek == 0 || e == 0 || plantSizes.length < 2) return Double.NaN;
        double g = 0, sumX2 = 0;
        for (double[] row : jobs) {
            double ej = 0;
            for (double v : row) ej += v;
            double x = ej / e;
            double s = row[industry] / ek;
            g += (s - x) * (s - x);
            sumX2 += x * x;
        }
        double h = 0;
        for (double z : plantSizes) h += (z / ek) * (z / ek);
        if (h >= 1 || sumX2 >= 1) return Double.NaN;
        return (g - (1 - sumX2) * h) / ((1 - sumX2) * (1 - h));
    }

    /**
     * Real jobs in each real plant of industry {@code k} among {@code firms} that have workers: an
     * agent firm standing for m real firms (a super-firm, ODD §2.4) is m plants of equal size. The
     * plant Herfindahl H of {@link #ellisonGlaeser} must not read one super-firm as one plant: at a
     * coarse scale that overstates H about tenfold, most where firms pile into few towns (they join
     * the super-firm of their industry and town), and so biases gamma down exactly where an industry
     * is concentrated.
     *
     * @param scale real persons per agent worker
     */
    public static double[] plantSizes(Iterable<Firm> firms, Industry k, int scale) {
        int n = 0;
        for (Firm f : firms) if (f.industry() == k && f.getWorkerCount() > 0) n += f.represents();
        double[] sizes = new double[n];
        int i = 0;
        for (Firm f : firms) {
            if (f.industry() != k || f.getWorkerCount() == 0) continue;
            double each = (double) f.getWorkerCount() * scale / f.represents();
            for (int r = 0; r < f.represents(); r++) sizes[i++] = each;
        }
        return sizes;
    }
}
