package org.sxbelt.experiment;

import org.sxbelt.experiment.stats.Csv;
import org.sxbelt.experiment.stats.MeanCi;
import org.sxbelt.params.NumberText;

import org.sxbelt.params.SimMonthFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The validation report as aligned text tables (for people: one per kind, fitted, tested, input) and as
 * CSV (for files: one row per fact in file order, with the kind, the source's range, the signed miss).
 */
public final class ValidationReport {

    /** Columns of the CSV: the target's own columns, then what the runs gave. */
    public static final String CSV_HEADER = CalibrationTargets.HEADER
            + ",n_seeds,mean,sd,ci95_low,ci95_high,ok_low,ok_high,signed_miss,status,scenario,scale,seeds,per_seed";

    private static final String[] COLUMNS = {"id", "fact", "source range", "mean", "95% CI", "miss", "status", "source",
            "why"};
    private static final boolean[] RIGHT = {false, false, true, true, true, true, false, false, false};

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
            List<String> f = List.of(t.id(), t.kind().id(), t.fact(), t.statistic().id(), t.indicatorText(),
                    t.levelText(), t.unitText(), SimMonthFormat.format(t.monthFrom()), SimMonthFormat.format(t.monthTo()),
                    NumberText.data(t.low()), NumberText.data(t.high()), NumberText.data(t.tolerance()), t.source(), t.why(),
                    Integer.toString(s.n()), NumberText.data(s.mean()), NumberText.data(s.sd()), NumberText.data(s.ciLow()),
                    NumberText.data(s.ciHigh()), NumberText.data(t.okLow()), NumberText.data(t.okHigh()),
                    NumberText.data(o.signedMiss()), o.verdict().name(), r.scenario(), Integer.toString(r.scale()), seeds,
                    perSeed.toString());
            Csv.append(b, f);
        }
        return b.toString();
    }

    /** "fitted: 14 of 25 OK; tested: 5 of 12 OK; input: 9 of 10 reproduce". */
    public static String summaryLine(Validation.Report r) {
        StringJoiner j = new StringJoiner("; ");
        for (CalibrationTargetKind k : CalibrationTargetKind.values()) j.add(countText(r, k));
        return j.toString();
    }

    /** "fitted: 14 of 25 OK" or "input: 9 of 10 reproduce". */
    public static String countText(Validation.Report r, CalibrationTargetKind k) {
        return k.id() + ": " + r.ok(k) + " of " + r.count(k) + (k.isEvidence() ? " OK" : " reproduce");
    }

    /** The signed relative miss in words: "0", "+12.3%", "-45.0%", "+0.04%", "NA". */
    public static String missText(double miss) {
        if (Double.isNaN(miss)) return "NA";
        if (miss == 0) return "0";
        double pct = miss * 100;
        return String.format(Locale.ROOT, Math.abs(pct) < 0.1 ? "%+.2f%%" : "%+,.1f%%", pct);
    }

    /**
     * The aligned tables, one per kind present (fitted, tested, input), each headed by its kind and count;
     * then the summary line of the counts per kind.
     */
    public static String table(Validation.Report r) {
        StringBuilder b = new StringBuilder();
        for (CalibrationTargetKind k : CalibrationTargetKind.values()) {
            List<Validation.Outcome> of = r.outcomes().stream().filter(o -> o.kind() == k).toList();
            if (of.isEmpty()) continue;
            b.append(kindHeading(k)).append(" (").append(countText(r, k)).append(")\n");
            b.append(aligned(of)).append('\n');
        }
        b.append(summaryLine(r)).append('\n');
        return b.toString();
    }

    private static String kindHeading(CalibrationTargetKind k) {
        return switch (k) {
            case FITTED -> "Fitted facts (in the calibration loss)";
            case TESTED -> "Tested facts (never in the loss: out of sample)";
            case INPUT -> "Inputs (given or true by construction: shown, not evidence)";
        };
    }

    /** Columns of the CSV of {@code validate --compare-rules}. */
    public static final String RULES_CSV_HEADER = "id,kind,fact,target_low,target_high,tolerance,rule_a,mean_a,status_a,"
            + "rule_b,mean_b,status_b,n_pairs,diff_b_minus_a,diff_ci95_low,diff_ci95_high,differs,discriminates";

    private static final String[] RULE_COLUMNS = {"id", "kind", "source range", "mean A", "status A", "mean B", "status B",
            "B - A (paired 95% CI)", "tells apart"};
    private static final boolean[] RULE_RIGHT = {false, false, true, true, false, true, false, true, false};

    /** One CSV row per fact of a rule comparison. */
    public static String rulesCsv(RuleComparison c) {
        StringBuilder b = new StringBuilder(RULES_CSV_HEADER).append('\n');
        for (RuleComparison.Row r : c.rows()) {
            CalibrationTarget t = r.target();
            Csv.append(b, List.of(t.id(), t.kind().id(), t.fact(), NumberText.data(t.low()), NumberText.data(t.high()),
                    NumberText.data(t.tolerance()), c.ruleA(), NumberText.data(r.a().mean()), r.a().verdict().name(), c.ruleB(),
                    NumberText.data(r.b().mean()), r.b().verdict().name(), Integer.toString(r.difference().n()),
                    NumberText.data(r.difference().diff()), NumberText.data(r.difference().ciLow()),
                    NumberText.data(r.difference().ciHigh()), Boolean.toString(r.differs()), Boolean.toString(r.discriminates())));
        }
        return b.toString();
    }

    /**
     * The rule comparison as one aligned table of the fitted and tested facts (inputs are not evidence),
     * then the facts that tell the rules apart.
     */
    public static String rulesTable(RuleComparison c) {
        List<String[]> rows = new ArrayList<>();
        rows.add(RULE_COLUMNS);
        for (RuleComparison.Row r : c.rows()) {
            if (!r.target().kind().isEvidence()) continue;
            String diff = Double.isNaN(r.difference().diff()) ? "NA"
                    : NumberText.forPeople(r.difference().diff()) + " (" + NumberText.forPeople(r.difference().ciLow()) + ".."
                    + NumberText.forPeople(r.difference().ciHigh()) + ")";
            rows.add(new String[]{r.target().id(), r.target().kind().id(), r.target().rangeText(),
                    NumberText.forPeople(r.a().mean()), r.a().verdict().name(), NumberText.forPeople(r.b().mean()),
                    r.b().verdict().name(), diff, r.discriminates() ? "yes" : r.differs() ? "differs" : ""});
        }
        StringBuilder b = new StringBuilder();
        b.append("A = ").append(c.ruleA()).append(", B = ").append(c.ruleB())
                .append("; \"yes\": one rule meets the fact, the other misses it, and the paired interval excludes 0; "
                        + "\"differs\": the interval excludes 0 but both meet it or both miss it\n");
        b.append(aligned(RULE_COLUMNS, RULE_RIGHT, rows)).append('\n');
        List<RuleComparison.Row> d = c.discriminating().stream().filter(r -> r.target().kind().isEvidence()).toList();
        b.append(d.size()).append(d.size() == 1 ? " fact tells" : " facts tell").append(" the rules apart");
        if (!d.isEmpty()) {
            b.append(": ");
            StringJoiner j = new StringJoiner(", ");
            for (RuleComparison.Row r : d) j.add(r.target().id() + " (" + (r.a().verdict() == Validation.Verdict.OK ? c.ruleA() : c.ruleB()) + " meets it)");
            b.append(j);
        }
        return b.append('\n').toString();
    }

    private static String aligned(List<Validation.Outcome> outcomes) {
        List<String[]> rows = new ArrayList<>();
        rows.add(COLUMNS);
        for (Validation.Outcome o : outcomes) {
            CalibrationTarget t = o.target();
            MeanCi s = o.stats();
            String ci = Double.isNaN(s.ciLow()) ? "NA" : NumberText.forPeople(s.ciLow()) + ".." + NumberText.forPeople(s.ciHigh());
            rows.add(new String[]{t.id(), t.fact(), t.rangeText(), NumberText.forPeople(s.mean()), ci,
                    missText(o.signedMiss()), o.verdict().name(), t.source(), t.why()});
        }
        return aligned(COLUMNS, RIGHT, rows);
    }

    /** Rows (the first is the header) as aligned text with a rule under the header. */
    private static String aligned(String[] columns, boolean[] right, List<String[]> rows) {
        int cols = columns.length;
        int[] width = new int[cols];
        for (String[] row : rows) {
            for (int c = 0; c < cols; c++) width[c] = Math.max(width[c], row[c].length());
        }
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
