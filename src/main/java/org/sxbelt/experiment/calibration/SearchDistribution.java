package org.sxbelt.experiment.calibration;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

import java.util.ArrayList;
import java.util.List;

/**
 * Where CMA-ES's search ended: the mean and standard deviation of each parameter over the candidates
 * of the last complete generation. Those candidates are CMA-ES's own sample of its final search
 * distribution (mean m, covariance σ²C), so the standard deviation estimates σ·√C<sub>jj</sub>, the width
 * of the region the optimizer could no longer tell apart by loss. With a noisy loss that is the honest
 * uncertainty of a fitted value (ODD 10.4): the single best evaluation is a lucky draw (the winner's
 * curse), the final mean is not. It computes; it writes nothing.
 *
 * @param generation  the generation summarised
 * @param candidates  its number of candidates
 * @param mean        each parameter's mean over them, in the parameter's units
 * @param sd          each parameter's standard deviation over them (n − 1), in the parameter's units
 */
public record SearchDistribution(int generation, int candidates, double[] mean, double[] sd) {

    public SearchDistribution {
        if (mean.length != sd.length) throw new IllegalArgumentException(mean.length + " means, " + sd.length + " sds");
        if (candidates < 2) throw new IllegalArgumentException("a spread needs 2 candidates, got " + candidates);
        mean = mean.clone();
        sd = sd.clone();
    }

    @Override public double[] mean() { return mean.clone(); }

    @Override public double[] sd() { return sd.clone(); }

    /**
     * The distribution of the last generation of {@code rows} that holds {@code population} candidates
     * (a generation cut short by the budget is skipped); null when no generation after the start point is
     * complete.
     */
    public static SearchDistribution ofLastGeneration(List<CalibrationTable.Row> rows, int population) {
        if (population < 2) throw new IllegalArgumentException("population must be at least 2, got " + population);
        int last = -1;
        for (CalibrationTable.Row r : rows) if (r.generation() > 0) last = Math.max(last, r.generation());
        for (int g = last; g > 0; g--) {
            List<CalibrationTable.Row> in = new ArrayList<>();
            for (CalibrationTable.Row r : rows) if (r.generation() == g) in.add(r);
            if (in.size() == population) return of(g, in);
        }
        return null;
    }

    private static SearchDistribution of(int generation, List<CalibrationTable.Row> in) {
        int n = in.get(0).values().length;
        double[] mean = new double[n], sd = new double[n];
        for (int j = 0; j < n; j++) {
            SummaryStatistics s = new SummaryStatistics();
            for (CalibrationTable.Row r : in) s.addValue(r.values()[j]);
            mean[j] = s.getMean();
            sd[j] = s.getStandardDeviation();
        }
        return new SearchDistribution(generation, in.size(), mean, sd);
    }
}
