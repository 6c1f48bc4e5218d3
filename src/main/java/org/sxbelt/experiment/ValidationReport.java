package org.sxbelt.experiment;

import org.sxbelt.experiment.stats.Csv;
import org.sxbelt.experiment.stats.MeanCi;
import org.sxbelt.params.NumberText;

import org.sxbelt.params.SimMonthFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/** The validation report as an aligned text table (for people) and as CSV (for files). */
public final class ValidationReport {

    /** Columns of the CSV: the target's own columns, then what the runs gave. */
    public static final String CSV_HEADER = CalibrationTargets.HEADER
            + ",n_seeds,mean,sd,ci95_low,ci95_high,ok_low,ok_high,status,scenario,scale,seeds,per_seed";

    private ValidationReport() {}

    /** One CSV row per target, in target order; numbers plain, NA for no value, empty for an open bound. */
    public static String csv(Validation.Report r) {
        StringBuilder b = new StringBuilder(CSV_HEADER).append('\n');
        String seeds = joinSeeds(r.seeds());
        for (Validation.Outcome o : r.outcomes()) {
            CalibrationTarget t = o.target();
            MeanCi s = o.stats();
            StringJoiner perSeed = new StringJoiner(";");
            for (double x : o.perSeed()) perSeed.add(NumberText.data(x));
            List<String> f = List.of(t.id(), t.fact(), t.statistic().id(), t.indicatorText(), t.levelText(),
                    t.unitText(), SimMonthFormat.format(t.monthFrom()), SimMonthFormat.format(t.monthTo()),
                    NumberText.data(t.low()), NumberText.data(t.high()), NumberText.data(t.tolerance()), t.source(),
                    Integer.toString(s.n()), NumberText.data(s.mean()), NumberText.data(s.sd()), NumberText.data(s.ciLow()),
                    NumberText.data(s.ciHigh()), NumberText.data(t.okLow()), NumberText.data(t.okHigh()), o.verdict().name(),
                    r.scenario(), Integer.toString(r.scale()), seeds, perSeed.toString());
            Csv.append(b, f);
        }
        return b.toString();
    }

    /** "N of M facts within tolerance". */
    public static String summaryLine(Validation.Report r) {
        return r.withinTolerance() + " of " + r.outcomes().size() + " facts within tolerance";
    }

    /** The aligned table: fact, target range, tolerance, source, mean, 95% CI, status; then the summary line. */
    public static String table(Validation.Report r) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"fact", "target", "tol", "source", "mean", "95% CI", "status"});
        for (Validation.Outcome o : r.outcomes()) {
            CalibrationTarget t = o.target();
            MeanCi s = o.stats();
            String ci = Double.isNaN(s.ciLow()) ? "NA" : NumberText.forPeople(s.ciLow()) + ".." + NumberText.forPeople(s.ciHigh());
            rows.add(new String[]{t.fact(), t.rangeText(), t.toleranceText(), t.source(), NumberText.forPeople(s.mean()), ci,
                    o.verdict().name()});
        }
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] row : rows) {
            for (int c = 0; c < cols; c++) width[c] = Math.max(width[c], row[c].length());
        }
        boolean[] right = {false, true, true, false, true, true, false};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < cols; c++) {
                if (c > 0) line.append("  ");
                String cell = row[c];
                String pad = " ".repeat(width[c] - cell.length());
                line.append(right[c] ? pad + cell : cell + (c == cols - 1 ? "" : pad));
            }
            b.append(line.toString().stripTrailing()).append('\n');
            if (i == 0) {
                int total = 0;
                for (int w : width) total += w;
                b.append("-".repeat(total + 2 * (cols - 1))).append('\n');
            }
        }
        b.append(summaryLine(r)).append('\n');
        return b.toString();
    }

    /** The heading above the table. */
    public static String heading(Validation.Report r) {
        String monthsText = r.months() == 0 ? "no run needed"
                : r.months() + " months (" + SimMonthFormat.format(0) + ".." + SimMonthFormat.format(r.months() - 1) + ")";
        return String.format(Locale.ROOT, "Validation of %s: %d seed%s (%s), scale %d, %s; simulated mean over seeds "
                        + "with its %d%% confidence interval (Student t)",
                r.scenario(), r.seeds().size(), r.seeds().size() == 1 ? "" : "s", seedText(r.seeds()), r.scale(),
                monthsText, Math.round(Validation.CONFIDENCE * 100));
    }

    private static String seedText(List<Long> seeds) {
        if (seeds.size() == 1) return Long.toString(seeds.get(0));
        return seeds.get(0) + ".." + seeds.get(seeds.size() - 1);
    }

    private static String joinSeeds(List<Long> seeds) {
        StringJoiner j = new StringJoiner(";");
        for (long s : seeds) j.add(Long.toString(s));
        return j.toString();
    }
}
