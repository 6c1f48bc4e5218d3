package org.sxbelt.experiment.discovery;

import org.sxbelt.experiment.stats.DesignFile;
import org.sxbelt.experiment.stats.ResultsFile;
import org.sxbelt.params.NumberText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cases of a sweep: one per run (design point × replicate) with a belt-wide value of the condition's
 * indicator in its month; x is the point's value of each chosen factor (true/false read as 1/0), y whether
 * the condition holds. Runs without a value (NA) are left out and counted.
 *
 * @param cases   the cases
 * @param month   the month the condition was read in (YYYY-MM)
 * @param missing runs left out for want of a value
 */
public record SweepCases(Cases cases, String month, int missing) {

    /**
     * @param factors the factors to use (names of design.csv columns), or null for every factor of the design
     * @param where   the folder, for messages
     */
    public static SweepCases of(DesignFile design, ResultsFile results, OutcomeCondition condition, List<String> factors,
                                String where) {
        return of(design, results, condition, factors, where, ResultsFile.FILE_NAME);
    }

    /** {@link #of(DesignFile, ResultsFile, OutcomeCondition, List, String)} with the results file's name (results.csv.gz, say). */
    public static SweepCases of(DesignFile design, ResultsFile results, OutcomeCondition condition, List<String> factors,
                                String where, String resultsName) {
        String resultsFile = where + "/" + resultsName;
        String designFile = where + "/" + DesignFile.FILE_NAME;
        if (!results.indicators().contains(condition.indicator())) {
            throw new DiscoveryException("condition '" + condition.text() + "': unknown indicator '" + condition.indicator()
                    + "'; " + resultsFile + " has " + list(results.beltIndicators()));
        }
        if (!results.beltIndicators().contains(condition.indicator())) {
            throw new DiscoveryException("condition '" + condition.text() + "': indicator '" + condition.indicator()
                    + "' has no belt-wide values in " + resultsFile + "; indicators with them: " + list(results.beltIndicators()));
        }
        int month = condition.monthIndex(results.months(), resultsFile);
        if (design.factors().isEmpty()) {
            throw new DiscoveryException(designFile + " varies no factor (design type " + design.type()
                    + "): discover needs a sweep with [[factors]]");
        }
        List<String> chosen = factors == null ? design.factors() : factors;
        if (chosen.isEmpty()) throw new DiscoveryException("no factors given; " + designFile + " has " + list(design.factors()));
        int[] at = new int[chosen.size()];
        for (int k = 0; k < chosen.size(); k++) {
            at[k] = design.factors().indexOf(chosen.get(k));
            if (at[k] < 0) throw new DiscoveryException("unknown factor '" + chosen.get(k) + "'; " + designFile + " has "
                    + list(design.factors()));
            for (int k2 = 0; k2 < k; k2++) {
                if (at[k2] == at[k]) throw new DiscoveryException("factor '" + chosen.get(k) + "' is named twice");
            }
        }
        List<double[]> xs = new ArrayList<>();
        List<Boolean> ys = new ArrayList<>();
        int missing = 0;
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int point : results.points()) {
            DesignFile.Point p = design.point(point);
            double[] row = new double[at.length];
            for (int k = 0; k < at.length; k++) {
                row[k] = number(p.values().get(at[k]));
                if (Double.isNaN(row[k])) throw new DiscoveryException("factor '" + chosen.get(k) + "' has the value '"
                        + p.values().get(at[k]) + "' at point " + point + " in " + designFile
                        + ": discover needs numbers (or true/false)");
            }
            double[] v = results.values(ResultsFile.belt(point, condition.indicator()), month);
            for (double value : v) {
                if (Double.isNaN(value)) {
                    missing++;
                    continue;
                }
                lo = Math.min(lo, value);
                hi = Math.max(hi, value);
                xs.add(row);
                ys.add(condition.holds(value));
            }
        }
        boolean[] y = new boolean[ys.size()];
        for (int i = 0; i < y.length; i++) y[i] = ys.get(i);
        Cases cases = new Cases(chosen, xs.toArray(new double[0][]), y);
        int hits = cases.ofInterest();
        if (cases.size() == 0) throw new DiscoveryException(resultsFile + " has no value of " + condition.indicator()
                + " in " + results.months().get(month));
        if (hits == 0 || hits == cases.size()) {
            String values = lo == hi ? "every run has the value " + NumberText.forPeople(lo)
                    : "choose a threshold between " + NumberText.forPeople(lo) + " and " + NumberText.forPeople(hi)
                    + ", the smallest and largest value";
            throw new DiscoveryException(String.format(Locale.ROOT, "condition '%s' holds in %s of the %d runs (%s): "
                            + "nothing to discover; %s", condition.text(), hits == 0 ? "none" : "all", cases.size(),
                    results.months().get(month), values));
        }
        return new SweepCases(cases, results.months().get(month), missing);
    }

    private static double number(String s) {
        String t = s.strip();
        if (t.equals("true")) return 1;
        if (t.equals("false")) return 0;
        try {
            double v = Double.parseDouble(t);
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String list(List<String> names) {
        if (names.isEmpty()) return "none";
        if (names.size() <= 12) return String.join(", ", names);
        return String.join(", ", names.subList(0, 12)) + " and " + (names.size() - 12) + " more";
    }
}
