package org.sxbelt.experiment.report;

import org.sxbelt.experiment.compare.RunComparison;
import org.sxbelt.experiment.compare.RunIndicators;
import org.sxbelt.experiment.stats.ExperimentDataException;
import org.sxbelt.output.AtomicFiles;
import org.sxbelt.output.Manifest;
import org.sxbelt.params.NumberText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of {@code compare}: the three CSV tables of {@link RunComparison} and one self-contained
 * HTML page with a chart of both runs for each belt-wide indicator that differs (or each one asked
 * for), the first month of difference and the counties that differ most, all or nothing.
 */
public final class ComparisonReport {

    public static final String FILE_NAME = "compare.html";
    /** Counties shown per indicator on the page (the CSV has every county). */
    public static final int COUNTIES_SHOWN = 5;
    /** Charts are smaller than the experiment report's: there is one per indicator that differs. */
    static final int CHART_WIDTH = 760;
    static final int CHART_HEIGHT = 300;

    /** What was compared and the files written. */
    public record Written(RunComparison comparison, List<String> charted, List<Path> files) {}

    private ComparisonReport() {}

    /**
     * Reads both run folders, compares them and writes the files into {@code out} (created if missing).
     *
     * @param indicators the belt-wide indicators to chart, or null for every one that differs
     */
    public static Written write(Path runA, Path runB, List<String> indicators, Path out) throws IOException {
        RunComparison c = RunComparison.of(RunIndicators.read(runA), RunIndicators.read(runB));
        List<String> charted = new ArrayList<>();
        if (indicators != null) {
            List<String> known = new ArrayList<>();
            for (RunComparison.Indicator i : c.belt()) known.add(i.indicator());
            for (String i : indicators) {
                if (!known.contains(i)) throw new ExperimentDataException("--indicators: '" + i + "' is not a belt-wide "
                        + "indicator of both runs; they have " + String.join(", ", known));
            }
            charted.addAll(indicators);
        } else {
            for (RunComparison.Indicator i : c.differing()) charted.add(i.indicator());
        }
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(out.resolve(RunComparison.SUMMARY_FILE), c.summaryCsv());
        files.put(out.resolve(RunComparison.BELT_FILE), c.beltCsv());
        files.put(out.resolve(RunComparison.COUNTY_FILE), c.countiesCsv());
        files.put(out.resolve(FILE_NAME), html(c, charted));
        boolean created = !Files.exists(out);
        Map<Path, Path> temps = new LinkedHashMap<>();
        boolean done = false;
        try {
            Files.createDirectories(out);
            for (Map.Entry<Path, String> e : files.entrySet()) {
                Path temp = AtomicFiles.tempFileFor(e.getKey());
                temps.put(e.getKey(), temp);
                Files.writeString(temp, e.getValue(), StandardCharsets.UTF_8);
            }
            for (Map.Entry<Path, Path> e : temps.entrySet()) AtomicFiles.commit(e.getValue(), e.getKey());
            done = true;
        } finally {
            for (Path temp : temps.values()) AtomicFiles.deleteQuietly(temp);
            if (!done && created) AtomicFiles.deleteRecursivelyQuietly(out);
        }
        return new Written(c, List.copyOf(charted), new ArrayList<>(files.keySet()));
    }

    static String html(RunComparison c, List<String> charted) {
        String title = "Comparison: " + c.b().label() + " against " + c.a().label();
        StringBuilder h = new StringBuilder(1 << 16);
        Html.head(h, title);
        List<String> months = c.months();
        String end = months.get(months.size() - 1);
        h.append("<h1>").append(Html.esc(title)).append("</h1>\n");
        h.append("<p class=\"note\">Southern Xinjiang small-town economic belt model (sxbelt ")
                .append(Html.esc(Manifest.version())).append("). Run A: <code>").append(Html.esc(c.a().dir().toString()))
                .append("</code>; run B: <code>").append(Html.esc(c.b().dir().toString())).append("</code>; ")
                .append(months.size()).append(" common months, ").append(months.get(0)).append(" to ").append(end)
                .append(". Differences are B − A.</p>\n");
        h.append("<h2 id=\"summary\">Where the runs part</h2>\n<p>");
        if (c.firstDifference() == null) {
            h.append("The runs are identical: every indicator at every level has the same value in every common month.");
        } else {
            RunIndicators.Series s = c.firstDifferent();
            h.append("First difference: <b>").append(c.firstDifference()).append("</b> (e.g. <code>")
                    .append(Html.esc(s.indicator())).append("</code> at ").append(Html.esc(s.level()))
                    .append(s.belt() ? "" : " " + Html.esc(s.unit())).append("). ")
                    .append(c.differing().size()).append(" of ").append(c.belt().size())
                    .append(" belt-wide indicators differ in some month.");
        }
        if (!c.inOnlyOne().isEmpty()) {
            h.append(" In one run only (not compared): ").append(Html.esc(String.join(", ", c.inOnlyOne()))).append('.');
        }
        h.append("</p>\n");
        List<RunComparison.Indicator> differing = c.differing();
        if (!differing.isEmpty()) {
            h.append("<div class=\"wide\"><table class=\"cmp\">\n<tr><th>indicator</th><th>first difference</th><th>A ")
                    .append(end).append("</th><th>B ").append(end).append("</th><th>B − A</th><th>relative</th></tr>\n");
            for (RunComparison.Indicator i : differing) {
                h.append("<tr><td><a href=\"#chart-").append(Html.esc(i.indicator())).append("\">")
                        .append(Html.esc(i.indicator())).append("</a></td><td>").append(i.firstDifference())
                        .append("</td><td class=\"n\">").append(NumberText.forPeople(i.a())).append("</td><td class=\"n\">")
                        .append(NumberText.forPeople(i.b())).append("</td><td class=\"n\">")
                        .append(NumberText.forPeople(i.difference())).append("</td><td class=\"n\">")
                        .append(percent(i.relative())).append("</td></tr>\n");
            }
            h.append("</table></div>\n");
        }
        h.append("<h2 id=\"series\">Indicators over time</h2>\n");
        if (charted.isEmpty()) h.append("<p>No belt-wide indicator differs, so there is nothing to draw.</p>\n");
        for (String ind : charted) {
            double[][] v = c.beltSeries(ind);
            double[] none = new double[months.size()];
            java.util.Arrays.fill(none, Double.NaN);
            List<TimeSeriesChart.Band> bands = List.of(
                    new TimeSeriesChart.Band("A: " + c.a().label(), months, v[0], none, none),
                    new TimeSeriesChart.Band("B: " + c.b().label(), months, v[1], none, none));
            byte[] png = TimeSeriesChart.png(ind, ind, bands, CHART_WIDTH, CHART_HEIGHT);
            StringBuilder cap = new StringBuilder("<b>").append(Html.esc(ind)).append("</b>, belt level.");
            List<RunComparison.CountyEffect> top = c.counties(ind, COUNTIES_SHOWN);
            boolean any = false;
            for (RunComparison.CountyEffect e : top) any |= !(e.a() == e.b() || Double.isNaN(e.a()) && Double.isNaN(e.b()));
            if (any) {
                cap.append(" Counties that differ most in ").append(end).append(": ");
                List<String> parts = new ArrayList<>();
                for (RunComparison.CountyEffect e : top) {
                    if (e.a() == e.b()) continue;
                    parts.add(Html.esc(e.county()) + " " + NumberText.forPeople(e.a()) + " → " + NumberText.forPeople(e.b())
                            + (Double.isNaN(e.relative()) ? "" : " (" + percent(e.relative()) + ")"));
                }
                cap.append(String.join("; ", parts)).append('.');
            }
            Html.figure(h, "chart-" + ind, png, CHART_WIDTH, CHART_HEIGHT,
                    ind + ": run A and run B by month", cap.toString());
        }
        h.append("<h2 id=\"files\">Files</h2>\n<ul>\n")
                .append("<li><code>").append(RunComparison.SUMMARY_FILE).append("</code>: per belt-wide indicator, the first "
                        + "month of difference and both values at the last month</li>\n")
                .append("<li><code>").append(RunComparison.BELT_FILE).append("</code>: every belt-wide indicator in every "
                        + "month, A, B and B − A</li>\n")
                .append("<li><code>").append(RunComparison.COUNTY_FILE).append("</code>: every county's A, B and B − A at "
                        + "the last month, ranked by the size of the difference</li>\n</ul>\n");
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static String percent(double r) {
        return Double.isNaN(r) ? "NA" : (r > 0 ? "+" : "") + NumberText.forPeople(100 * r) + "%";
    }
}
