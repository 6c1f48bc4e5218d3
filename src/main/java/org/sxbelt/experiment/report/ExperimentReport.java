package org.sxbelt.experiment.report;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.sxbelt.experiment.stats.Comparison;
import org.sxbelt.experiment.stats.DesignFile;
import org.sxbelt.experiment.stats.ExperimentDataException;
import org.sxbelt.experiment.stats.MeanCi;
import org.sxbelt.experiment.stats.MorrisIndices;
import org.sxbelt.experiment.stats.ResultsFile;
import org.sxbelt.experiment.stats.SobolIndices;
import org.sxbelt.experiment.stats.SummaryTable;
import org.sxbelt.output.AtomicFiles;
import org.sxbelt.params.NumberText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report of an experiment folder: computes {@link SummaryTable}, {@link Comparison} and, when the design
 * supports them, {@link MorrisIndices} and {@link SobolIndices}; writes them as CSV next to the HTML file
 * and writes one self-contained HTML page (charts embedded as base64 PNG), each file atomically.
 */
public final class ExperimentReport {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    public static final String DEFAULT_REFERENCE = "baseline";
    public static final String FILE_NAME = "report.html";
    /** Lines per chart; with more design points only the reference and the first others are drawn. */
    static final int MAX_CHART_SERIES = 8;
    /** Design points per indicator shown in the HTML comparison table (all are in comparison.csv). */
    static final int MAX_TABLE_POINTS = 40;
    /** Design points listed in the HTML design table. */
    static final int MAX_DESIGN_ROWS = 60;

    /**
     * @param reference  scenario of the reference point; null for {@value #DEFAULT_REFERENCE} (or, if no point
     *                   has that scenario, the first point)
     * @param indicators indicators to chart, compare and analyse (belt level); null or empty for all
     * @param out        the HTML file; the CSV files go into its folder
     */
    public record Options(String reference, List<String> indicators, Path out) {}

    /** What was written. */
    public record Written(Path html, List<Path> files, int referencePoint, List<String> indicators) {}

    /** Everything computed for the page. */
    record Tables(ExperimentFolder folder, int referencePoint, String referenceNote, List<String> indicators,
                  SummaryTable summary, Comparison comparison, List<MorrisIndices> morris, List<SobolIndices> sobol) {}

    private ExperimentReport() {}

    /** Loads the folder, computes the tables and writes the files. */
    public static Written write(Path folder, Options options) throws IOException {
        ExperimentFolder f = ExperimentFolder.load(folder);
        Tables t = compute(f, options);
        Path html = options.out() != null ? options.out() : folder.resolve(FILE_NAME);
        Path dir = html.toAbsolutePath().getParent();
        DesignFile design = f.design();
        // All or nothing (issue 16): every file is written to a temporary file first and moved in only when
        // all are written, so a full disk leaves the folder as it was, not half a report.
        Map<Path, String> texts = new LinkedHashMap<>();
        texts.put(dir.resolve(SummaryTable.FILE_NAME), t.summary().csv(design));
        texts.put(dir.resolve(Comparison.FILE_NAME), t.comparison().csv(design));
        if (!t.morris().isEmpty()) {
            texts.put(dir.resolve(MorrisIndices.FILE_NAME), MorrisIndices.csv(t.morris()));
            texts.put(dir.resolve(MorrisIndices.EFFECTS_FILE_NAME), MorrisIndices.effectsCsv(t.morris()));
        }
        if (!t.sobol().isEmpty()) texts.put(dir.resolve(SobolIndices.FILE_NAME), SobolIndices.csv(t.sobol()));
        List<String> names = new ArrayList<>();
        for (Path p : texts.keySet()) names.add(p.getFileName().toString());
        texts.put(html, html(t, names));
        Map<Path, Path> temps = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, String> en : texts.entrySet()) {
                Path temp = AtomicFiles.tempFileFor(en.getKey());
                temps.put(en.getKey(), temp);
                Files.writeString(temp, en.getValue(), StandardCharsets.UTF_8);
            }
            for (Map.Entry<Path, Path> en : temps.entrySet()) AtomicFiles.commit(en.getValue(), en.getKey());
        } finally {
            for (Path temp : temps.values()) AtomicFiles.deleteQuietly(temp);
        }
        return new Written(html, List.copyOf(texts.keySet()), t.referencePoint(), t.indicators());
    }

    /** The tables, without writing anything. */
    static Tables compute(ExperimentFolder f, Options o) {
        ResultsFile results = f.results();
        List<String> available = results.beltIndicators();
        List<String> indicators;
        if (o.indicators() == null || o.indicators().isEmpty()) {
            indicators = available;
        } else {
            indicators = new ArrayList<>();
            for (String i : o.indicators()) {
                if (!available.contains(i)) {
                    throw new ExperimentDataException("--indicators: '" + i + "' has no belt-level values in "
                            + f.dir().resolve(ResultsFile.FILE_NAME) + "; available: " + String.join(", ", available));
                }
                if (!indicators.contains(i)) indicators.add(i);
            }
        }
        String refName = o.reference() == null ? DEFAULT_REFERENCE : o.reference();
        int ref = Comparison.referencePoint(results, refName);
        String note;
        if (ref < 0) {
            if (o.reference() != null) {
                throw new ExperimentDataException("--reference: no design point has scenario '" + refName
                        + "' in " + f.dir().resolve(ResultsFile.FILE_NAME) + "; scenarios: "
                        + String.join(", ", scenarios(results)));
            }
            ref = results.points().get(0);
            note = "No point has the scenario '" + DEFAULT_REFERENCE + "', so the reference is the first design "
                    + "point (point " + ref + ", scenario '" + results.scenario(ref) + "').";
        } else {
            note = "Reference: point " + ref + ", scenario '" + results.scenario(ref) + "'"
                    + (samePointCount(results, refName) > 1 ? " (the first of several points of that scenario)." : ".");
        }
        List<String> months = results.months();
        Comparison comparison = Comparison.of(results, ref, indicators, List.of(months.get(months.size() - 1)), true);
        DesignFile design = f.design();
        List<MorrisIndices> morris = new ArrayList<>();
        List<SobolIndices> sobol = new ArrayList<>();
        if (!design.factors().isEmpty() && !design.pointsOfType("morris").isEmpty()) {
            for (String ind : indicators) morris.add(MorrisIndices.of(design, ind, p -> results.lastMonthBeltMean(p, ind)));
        }
        if (!design.factors().isEmpty() && !design.pointsOfType("sobol").isEmpty()) {
            for (String ind : indicators) sobol.add(SobolIndices.of(design, ind, p -> results.lastMonthBeltMean(p, ind)));
        }
        return new Tables(f, ref, note, List.copyOf(indicators), SummaryTable.of(results), comparison, morris, sobol);
    }

    private static List<String> scenarios(ResultsFile r) {
        Set<String> s = new LinkedHashSet<>();
        for (int p : r.points()) s.add(r.scenario(p));
        return new ArrayList<>(s);
    }

    private static int samePointCount(ResultsFile r, String scenario) {
        int n = 0;
        for (int p : r.points()) if (scenario.equals(r.scenario(p))) n++;
        return n;
    }

    // ---------------------------------------------------------------- HTML


    static String html(Tables t, List<String> csvFiles) {
        ExperimentFolder f = t.folder();
        ResultsFile r = f.results();
        DesignFile d = f.design();
        String name = f.dir().toAbsolutePath().normalize().getFileName() == null ? f.dir().toString()
                : f.dir().toAbsolutePath().normalize().getFileName().toString();
        StringBuilder h = new StringBuilder(1 << 16);
        Html.head(h, "Experiment report: " + name);
        h.append("<h1>Experiment report: ").append(Html.esc(name)).append("</h1>\n");
        h.append("<p class=\"note\">Southern Xinjiang small-town economic belt model (sxbelt ")
                .append(Html.esc(org.sxbelt.output.Manifest.version())).append("). Means over replicates with ")
                .append("95% confidence intervals (Student t); belt-wide values unless stated.</p>\n");
        h.append("<nav><ul>\n<li><a href=\"#run\">What was run</a></li>\n")
                .append("<li><a href=\"#series\">Indicators over time</a></li>\n")
                .append("<li><a href=\"#comparison\">Comparison with the reference</a></li>\n");
        if (!t.morris().isEmpty() || !t.sobol().isEmpty()) h.append("<li><a href=\"#sensitivity\">Sensitivity analysis</a></li>\n");
        h.append("<li><a href=\"#files\">Files</a></li>\n<li><a href=\"#manifest\">Manifest</a></li>\n</ul></nav>\n");

        whatWasRun(h, f, name);
        series(h, t);
        comparison(h, t);
        sensitivity(h, t);

        h.append("<h2 id=\"files\">Files</h2>\n<p>Written next to this report:</p>\n<ul>\n");
        for (String c : csvFiles) h.append("<li><code>").append(Html.esc(c)).append("</code>: ")
                .append(Html.esc(describe(c))).append("</li>\n");
        h.append("</ul>\n");
        h.append("<h2 id=\"manifest\">Manifest</h2>\n<p class=\"note\">The experiment's <code>manifest.json</code>, "
                + "as written by the sweep.</p>\n<pre>").append(Html.esc(f.manifestText())).append("</pre>\n");
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static String describe(String file) {
        return switch (file) {
            case SummaryTable.FILE_NAME -> "n, mean, sd and 95% CI per design point, month, level, unit and indicator";
            case Comparison.FILE_NAME -> "differences from the reference (Welch and paired) per point, indicator and month";
            case MorrisIndices.FILE_NAME -> "Morris μ, μ* and σ per indicator and factor";
            case MorrisIndices.EFFECTS_FILE_NAME -> "every Morris elementary effect, per trajectory";
            case SobolIndices.FILE_NAME -> "Sobol first-order and total indices with bootstrap 95% CIs";
            default -> "";
        };
    }

    private static void whatWasRun(StringBuilder h, ExperimentFolder f, String name) {
        ResultsFile r = f.results();
        DesignFile d = f.design();
        h.append("<h2 id=\"run\">What was run</h2>\n<table class=\"facts\">\n");
        fact(h, "Experiment folder", name);
        String type = d.type();
        String designText = switch (type) {
            case "morris" -> "Morris elementary effects: " + groups(d, "morris") + " trajectories of "
                    + (d.factors().size() + 1) + " steps";
            case "sobol" -> "Sobol / Saltelli (2010): " + d.pointsOfType("sobol").size() / Math.max(1, d.factors().size() + 2)
                    + " base samples × (A, B and " + d.factors().size() + " AB matrices)";
            case "lhs" -> "Latin hypercube sample";
            case "factorial" -> "full factorial";
            default -> "scenarios only (no factor design)";
        };
        fact(h, "Design", designText + "; " + d.points().size() + " design point" + (d.points().size() == 1 ? "" : "s"));
        fact(h, "Scenarios", String.join(", ", d.scenarios()));
        if (!d.factors().isEmpty()) {
            List<String> fs = new ArrayList<>();
            for (int i = 0; i < d.factors().size(); i++) {
                double[] lh = DesignFile.range(d.points(), i);
                List<String> levels = d.levels(i);
                String range = Double.isNaN(lh[0]) ? String.join(" | ", levels)
                        : NumberText.forPeople(lh[0]) + " to " + NumberText.forPeople(lh[1]);
                fs.add(d.factors().get(i) + ": " + range + " (" + levels.size() + " value" + (levels.size() == 1 ? "" : "s") + ")");
            }
            factLines(h, "Factors", fs);
        } else {
            fact(h, "Factors", "none");
        }
        int[] reps = r.replicates();
        fact(h, "Replicates", reps.length + " per design point (ids " + reps[0] + " to " + reps[reps.length - 1] + ")");
        List<Long> seeds = r.allSeeds();
        String seedText = seeds.size() <= 12 ? join(seeds) : seeds.get(0) + " … " + seeds.get(seeds.size() - 1)
                + " (" + seeds.size() + " distinct)";
        fact(h, "Seeds", seedText + (commonRandomNumbers(r) ? "; every replicate uses the same seed at every point "
                + "(common random numbers)" : ""));
        List<String> months = r.months();
        fact(h, "Months", months.get(0) + " to " + months.get(months.size() - 1) + " (" + months.size() + ")");
        fact(h, "Levels", String.join(", ", r.levels()));
        fact(h, "Indicators", r.indicators().size() + " (" + r.beltIndicators().size() + " at belt level)");
        JsonElement scale = find(f.manifest(), "scale");
        if (scale != null) fact(h, "Scale", scale.getAsString() + " real persons per simulated person");
        if (f.manifest().isJsonObject()) {
            for (Map.Entry<String, JsonElement> e : f.manifest().getAsJsonObject().entrySet()) {
                if (e.getValue().isJsonPrimitive() && !e.getKey().equals("scale")) {
                    fact(h, "Manifest: " + e.getKey(), e.getValue().getAsString());
                }
            }
        }
        h.append("</table>\n");
        if (d.points().size() <= MAX_DESIGN_ROWS) {
            h.append("<h3>Design points</h3>\n<table>\n<tr><th>Point</th><th>Scenario</th>");
            for (String fac : d.factors()) h.append("<th>").append(Html.esc(fac)).append("</th>");
            if (!type.equals("none")) h.append("<th>Group</th><th>Step</th>");
            h.append("</tr>\n");
            for (DesignFile.Point p : d.points()) {
                h.append("<tr><td class=\"n\">").append(p.point()).append("</td><td>").append(Html.esc(p.scenario())).append("</td>");
                for (String v : p.values()) h.append("<td class=\"n\">").append(Html.esc(v)).append("</td>");
                if (!type.equals("none")) h.append("<td>").append(Html.esc(p.group())).append("</td><td>")
                        .append(Html.esc(p.step())).append("</td>");
                h.append("</tr>\n");
            }
            h.append("</table>\n");
        } else {
            h.append("<p class=\"note\">").append(d.points().size()).append(" design points: see design.csv.</p>\n");
        }
    }

    private static int groups(DesignFile d, String type) {
        Set<String> g = new LinkedHashSet<>();
        for (DesignFile.Point p : d.pointsOfType(type)) g.add(p.group());
        return g.size();
    }

    private static boolean commonRandomNumbers(ResultsFile r) {
        for (int rep : r.replicates()) {
            Long seed = null;
            for (int p : r.points()) {
                Long s = r.seed(p, rep);
                if (s == null) continue;
                if (seed == null) seed = s;
                else if (!seed.equals(s)) return false;
            }
        }
        return r.points().size() > 1;
    }

    private static String join(List<?> xs) {
        List<String> s = new ArrayList<>();
        for (Object x : xs) s.add(String.valueOf(x));
        return String.join(", ", s);
    }

    /** The first primitive value of {@code key} anywhere in the JSON (depth first), or null. */
    static JsonElement find(JsonElement e, String key) {
        if (e == null) return null;
        if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            if (o.has(key) && o.get(key).isJsonPrimitive()) return o.get(key);
            for (Map.Entry<String, JsonElement> c : o.entrySet()) {
                JsonElement x = find(c.getValue(), key);
                if (x != null) return x;
            }
        } else if (e.isJsonArray()) {
            for (JsonElement c : e.getAsJsonArray()) {
                JsonElement x = find(c, key);
                if (x != null) return x;
            }
        }
        return null;
    }

    private static void fact(StringBuilder h, String k, String v) {
        h.append("<tr><th>").append(Html.esc(k)).append("</th><td>").append(Html.esc(v)).append("</td></tr>\n");
    }

    private static void factLines(StringBuilder h, String k, List<String> lines) {
        h.append("<tr><th>").append(Html.esc(k)).append("</th><td>");
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) h.append("<br />");
            h.append(Html.esc(lines.get(i)));
        }
        h.append("</td></tr>\n");
    }

    /** The points drawn in the charts: the reference first, then others in point order, at most MAX_CHART_SERIES. */
    static List<Integer> chartPoints(ResultsFile r, int ref) {
        List<Integer> pts = new ArrayList<>();
        pts.add(ref);
        for (int p : r.points()) if (p != ref && pts.size() < MAX_CHART_SERIES) pts.add(p);
        return pts;
    }

    static String label(ResultsFile r, int point) {
        return r.scenario(point) + " (point " + point + ")";
    }

    private static void series(StringBuilder h, Tables t) {
        ResultsFile r = t.folder().results();
        h.append("<h2 id=\"series\">Indicators over time</h2>\n");
        List<Integer> pts = chartPoints(r, t.referencePoint());
        h.append("<p class=\"note\">Belt-wide monthly mean over replicates; the shaded band is the 95% confidence "
                + "interval of the mean.");
        if (pts.size() < r.points().size()) {
            h.append(" Only ").append(pts.size()).append(" of the ").append(r.points().size())
                    .append(" design points are drawn (the reference and the first others); summary.csv has all.");
        }
        h.append("</p>\n");
        List<String> months = r.months();
        for (String ind : t.indicators()) {
            List<TimeSeriesChart.Band> bands = new ArrayList<>();
            for (int p : pts) {
                ResultsFile.Series s = ResultsFile.belt(p, ind);
                if (!r.has(s)) continue;
                int n = months.size();
                double[] mean = new double[n], lo = new double[n], hi = new double[n];
                for (int m = 0; m < n; m++) {
                    MeanCi c = MeanCi.of(r.values(s, m));
                    mean[m] = c.mean();
                    lo[m] = c.ciLow();
                    hi[m] = c.ciHigh();
                }
                bands.add(new TimeSeriesChart.Band(label(r, p), months, mean, lo, hi));
            }
            byte[] png = TimeSeriesChart.png(ind, ind, bands, TimeSeriesChart.WIDTH, TimeSeriesChart.HEIGHT);
            Html.figure(h, "chart-" + anchor(ind), png, TimeSeriesChart.WIDTH, TimeSeriesChart.HEIGHT,
                    ind + ": belt-wide mean and 95% confidence band by month",
                    "<b>" + Html.esc(ind) + "</b>, belt level, " + months.get(0) + " to " + months.get(months.size() - 1) + ".");
        }
    }

    private static String anchor(String s) {
        return s.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private static void comparison(StringBuilder h, Tables t) {
        ResultsFile r = t.folder().results();
        h.append("<h2 id=\"comparison\">Comparison with the reference</h2>\n");
        h.append("<p>").append(Html.esc(t.referenceNote())).append("</p>\n");
        h.append("<p class=\"note\">Difference = point − reference, belt level, at the last month (")
                .append(Html.esc(r.months().get(r.months().size() - 1)))
                .append(") and for the mean over all months (per replicate). <b>Welch</b>: difference of the means, "
                        + "95% CI with Welch–Satterthwaite degrees of freedom, two-sided p. <b>Paired</b>: replicates "
                        + "with the same id are paired (they share seeds: common random numbers), mean of the "
                        + "per-replicate differences with a paired-t 95% CI and p; usually much tighter. NA: too few "
                        + "replicates or no variation.</p>\n");
        Map<String, List<Comparison.Row>> byIndicator = new LinkedHashMap<>();
        for (String ind : t.indicators()) byIndicator.put(ind, new ArrayList<>());
        for (Comparison.Row row : t.comparison().rows()) byIndicator.get(row.indicator()).add(row);
        if (r.points().size() < 2) {
            h.append("<p>Only one design point: nothing to compare.</p>\n");
            return;
        }
        for (Map.Entry<String, List<Comparison.Row>> e : byIndicator.entrySet()) {
            h.append("<h3>").append(Html.esc(e.getKey())).append("</h3>\n<div class=\"wide\"><table class=\"cmp\">\n"
                    + "<tr><th>Point</th><th>Month</th>"
                    + "<th>Reference mean</th><th>Point mean</th><th>Difference (Welch)</th><th>95% CI</th><th>p</th>"
                    + "<th>Paired difference</th><th>95% CI</th><th>p</th><th>n</th></tr>\n");
            Set<Integer> shown = new LinkedHashSet<>();
            int hidden = 0;
            for (Comparison.Row row : e.getValue()) {
                if (!shown.contains(row.point()) && shown.size() >= MAX_TABLE_POINTS) {
                    hidden++;
                    continue;
                }
                shown.add(row.point());
                Comparison.Welch w = row.welch();
                Comparison.Paired p = row.paired();
                String month = row.month().equals(Comparison.MEAN_OVER_MONTHS) ? "all months" : row.month();
                h.append("<tr><td>").append(Html.esc(label(r, row.point()))).append("</td><td>").append(Html.esc(month))
                        .append("</td>");
                cell(h, NumberText.forPeople(w.meanY()));
                cell(h, NumberText.forPeople(w.meanX()));
                h.append("<td class=\"n").append(w.p() < 0.05 ? " sig" : "").append("\">").append(Html.esc(NumberText.forPeople(w.diff())))
                        .append("</td>");
                cell(h, Html.interval(w.ciLow(), w.ciHigh()));
                cell(h, NumberText.pValue(w.p()));
                h.append("<td class=\"n").append(p.p() < 0.05 ? " sig" : "").append("\">")
                        .append(Html.esc(p.n() == 0 ? "NA" : NumberText.forPeople(p.diff()))).append("</td>");
                cell(h, p.n() == 0 ? "NA" : Html.interval(p.ciLow(), p.ciHigh()));
                cell(h, p.n() == 0 ? "NA" : NumberText.pValue(p.p()));
                cell(h, w.nX() + " / " + w.nY() + (p.n() > 0 ? " (" + p.n() + " pairs)" : ""));
                h.append("</tr>\n");
            }
            h.append("</table></div>\n");
            if (hidden > 0) h.append("<p class=\"note\">").append(hidden).append(" more rows in comparison.csv.</p>\n");
        }
        h.append("<p class=\"note\">Bold: p &lt; 0.05 (no correction for multiple comparisons).</p>\n");
    }

    private static void cell(StringBuilder h, String text) {
        h.append("<td class=\"n\">").append(Html.esc(text)).append("</td>");
    }

    private static void sensitivity(StringBuilder h, Tables t) {
        if (t.morris().isEmpty() && t.sobol().isEmpty()) return;
        ResultsFile r = t.folder().results();
        h.append("<h2 id=\"sensitivity\">Sensitivity analysis</h2>\n");
        h.append("<p class=\"note\">Response: the belt-wide value at the last month (")
                .append(Html.esc(r.months().get(r.months().size() - 1))).append("), averaged over replicates.</p>\n");
        if (!t.morris().isEmpty()) {
            h.append("<h3>Morris elementary effects</h3>\n<p class=\"note\">Effects are per full factor range "
                    + "(the change in the response when a factor moves across its whole range). μ*: mean absolute "
                    + "effect (importance); μ: mean effect (sign); σ: standard deviation of the effects "
                    + "(non-linearity or interactions). Sorted by μ*.</p>\n");
            for (MorrisIndices m : t.morris()) {
                String ind = m.indices().isEmpty() ? "" : m.indices().get(0).indicator();
                h.append("<table>\n<caption>").append(Html.esc(ind)).append("</caption>\n")
                        .append("<tr><th>Factor</th><th>μ*</th><th>μ</th><th>σ</th><th>r</th></tr>\n");
                for (MorrisIndices.Index i : m.ranked()) {
                    h.append("<tr><td>").append(Html.esc(i.factor())).append("</td>");
                    cell(h, NumberText.forPeople(i.muStar()));
                    cell(h, NumberText.forPeople(i.mu()));
                    cell(h, NumberText.forPeople(i.sigma()));
                    cell(h, Integer.toString(i.r()));
                    h.append("</tr>\n");
                }
                h.append("</table>\n");
                if (m.skipped() > 0) h.append("<p class=\"note\">").append(m.skipped())
                        .append(" trajectory steps skipped: they did not change exactly one factor.</p>\n");
            }
        }
        if (!t.sobol().isEmpty()) {
            h.append("<h3>Sobol indices</h3>\n<p class=\"note\">First order S (Saltelli 2010): share of the response "
                    + "variance due to the factor alone. Total ST (Jansen 1999): including all its interactions. "
                    + "95% bootstrap intervals (" + SobolIndices.RESAMPLES + " resamples of the base samples).</p>\n");
            for (SobolIndices s : t.sobol()) {
                String ind = s.indices().isEmpty() ? "" : s.indices().get(0).indicator();
                h.append("<table>\n<caption>").append(Html.esc(ind)).append("</caption>\n")
                        .append("<tr><th>Factor</th><th>S</th><th>95% CI</th><th>ST</th><th>95% CI</th><th>N</th></tr>\n");
                for (SobolIndices.Index i : s.indices()) {
                    h.append("<tr><td>").append(Html.esc(i.factor())).append("</td>");
                    cell(h, NumberText.forPeople(i.s1()));
                    cell(h, Html.interval(i.s1Low(), i.s1High()));
                    cell(h, NumberText.forPeople(i.st()));
                    cell(h, Html.interval(i.stLow(), i.stHigh()));
                    cell(h, Integer.toString(i.n()));
                    h.append("</tr>\n");
                }
                h.append("</table>\n");
            }
        }
    }

}
