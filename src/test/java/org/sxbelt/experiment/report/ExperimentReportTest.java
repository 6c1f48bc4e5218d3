package org.sxbelt.experiment.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sxbelt.cli.Main;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExperimentReportTest {

    static final String IMG = "<img src=\"data:image/png;base64,";

    /** Small synthetic experiment folders in the format written by {@code sweep}. */
    static final class Synthetic {

        static final String MANIFEST = "{\"tool\":\"sxbelt\",\"command\":\"sweep\",\"scale\":500,\"replicates\":3,"
                + "\"seeds\":[11,12,13],\"note\":\"<script>alert('x')</script> & more\"}";

        /**
         * 2 scenarios (baseline point 0, subsidy point 1) × 3 replicates (seeds shared) × 12 months (2025-01..12) ×
         * 2 belt indicators (income, employment) plus one county series. subsidy income = baseline income + 50 + 2r.
         */
        static Path scenarios(Path dir) throws IOException {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("design.csv"), """
                    point,scenario,design_type,design_group,design_step
                    0,baseline,none,,
                    1,subsidy,none,,
                    """);
            StringBuilder r = new StringBuilder("run,point,replicate,seed,scenario,month,level,unit,indicator,value\n");
            double[] noise = {0.7, -1.1, 0.4};
            int run = 0;
            for (int p = 0; p < 2; p++) {
                for (int rep = 0; rep < 3; rep++) {
                    for (int m = 1; m <= 12; m++) {
                        String month = String.format(Locale.ROOT, "2025-%02d", m);
                        double income = 1000 + 10 * m + 20 * noise[rep] + (p == 1 ? 50 + 2 * rep : 0);
                        double employment = 0.6 + 0.002 * m + 0.01 * noise[rep] + (p == 1 ? 0.01 * m / 12 : 0);
                        String sc = p == 0 ? "baseline" : "subsidy";
                        String head = run + "," + p + "," + rep + "," + (11 + rep) + "," + sc + "," + month + ",";
                        r.append(head).append("belt,belt,income,").append(income).append('\n');
                        r.append(head).append("belt,belt,employment,").append(employment).append('\n');
                        r.append(head).append("county,C01,income,").append(m == 1 ? "NA" : Double.toString(income * 0.9))
                                .append('\n');
                    }
                    run++;
                }
            }
            Files.writeString(dir.resolve("results.csv"), r);
            Files.writeString(dir.resolve("manifest.json"), MANIFEST);
            return dir;
        }

        /**
         * A Morris design: factors a in [0, 1] and b in [10, 20], 3 trajectories of 3 steps, 2 replicates, 12
         * months; income at the last month = 1000 + 300 a + 0 b (plus replicate noise that averages out).
         */
        static Path morris(Path dir) throws IOException {
            Files.createDirectories(dir);
            double[][][] traj = {
                    {{0, 10}, {1, 10}, {1, 20}},
                    {{1, 20}, {1, 10}, {0, 10}},
                    {{0, 20}, {0, 10}, {1, 10}}};
            StringBuilder d = new StringBuilder("point,scenario,a,b,design_type,design_group,design_step\n");
            StringBuilder r = new StringBuilder("run,point,replicate,seed,scenario,a,b,month,level,unit,indicator,value\n");
            int point = 0, run = 0;
            for (int t = 0; t < traj.length; t++) {
                for (int s = 0; s < traj[t].length; s++) {
                    double a = traj[t][s][0], b = traj[t][s][1];
                    d.append(point).append(",baseline,").append(a).append(',').append(b).append(",morris,")
                            .append(t).append(',').append(s).append('\n');
                    for (int rep = 0; rep < 2; rep++) {
                        for (int m = 1; m <= 12; m++) {
                            double v = 1000 + 300 * a * m / 12 + (rep == 0 ? 5 : -5);
                            r.append(run).append(',').append(point).append(',').append(rep).append(',').append(1 + rep)
                                    .append(",baseline,").append(a).append(',').append(b).append(',')
                                    .append(String.format(Locale.ROOT, "2030-%02d", m)).append(",belt,belt,income,")
                                    .append(v).append('\n');
                        }
                        run++;
                    }
                    point++;
                }
            }
            Files.writeString(dir.resolve("design.csv"), d);
            Files.writeString(dir.resolve("results.csv"), r);
            Files.writeString(dir.resolve("manifest.json"), "{\"tool\":\"sxbelt\",\"design\":{\"type\":\"morris\"}}");
            return dir;
        }
    }

    record Result(int code, String out, String err) {}

    static Result cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.execute(o, e, args);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static final Set<String> VOID = Set.of("meta", "img", "br", "hr", "link", "input", "col", "wbr");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>");

    /** Every opened element is closed in order; no stray '<' outside tags. */
    static void assertWellFormed(String html) {
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        String body = html.substring("<!DOCTYPE html>".length());
        Deque<String> open = new ArrayDeque<>();
        Matcher m = TAG.matcher(body);
        int last = 0;
        while (m.find()) {
            String between = body.substring(last, m.start());
            assertFalse(between.contains("<") || between.contains(">"), "stray angle bracket near: "
                    + between.substring(0, Math.min(80, between.length())));
            last = m.end();
            String name = m.group(2).toLowerCase(Locale.ROOT);
            if (VOID.contains(name) || m.group(3).endsWith("/")) continue;
            if (m.group(1).isEmpty()) {
                open.push(name);
            } else {
                assertFalse(open.isEmpty(), "</" + name + "> closes nothing");
                assertEquals(open.pop(), name, "mismatched </" + name + ">");
            }
        }
        assertTrue(open.isEmpty(), "unclosed: " + open);
        assertFalse(body.substring(last).contains("<"));
    }

    /** The embedded PNGs, decoded. */
    static List<BufferedImage> images(String html) throws IOException {
        return images(html, "");
    }

    /** The images of the figures whose id starts with {@code idPrefix} ("chart-": the time series). */
    static List<BufferedImage> images(String html, String idPrefix) throws IOException {
        List<BufferedImage> list = new ArrayList<>();
        String marker = "<figure id=\"" + idPrefix;
        int at = 0;
        while ((at = html.indexOf(marker, at)) >= 0) {
            at = html.indexOf(IMG, at);
            int start = at + IMG.length();
            int end = html.indexOf('"', start);
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(html.substring(start, end))));
            assertNotNull(img, "not a decodable image");
            list.add(img);
            at = end;
        }
        return list;
    }

    /** Variance of the grey level over all pixels. */
    static double pixelVariance(BufferedImage img) {
        double sum = 0, sq = 0;
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                double g = ((rgb >> 16) & 255) * 0.299 + ((rgb >> 8) & 255) * 0.587 + (rgb & 255) * 0.114;
                sum += g;
                sq += g * g;
                n++;
            }
        }
        double mean = sum / n;
        return sq / n - mean * mean;
    }

    @Test
    void reportOfTwoScenariosHasChartsComparisonAndManifest(@TempDir Path tmp) throws IOException {
        Path dir = Synthetic.scenarios(tmp.resolve("exp"));
        Result r = cli("report", dir.toString());
        assertEquals(0, r.code(), r.err());
        Path html = dir.resolve("report.html");
        assertTrue(r.out().contains("Report written to " + html), r.out());
        String page = Files.readString(html);
        assertWellFormed(page);

        // one chart per indicator, of the right size and not blank
        List<BufferedImage> imgs = images(page, "chart-");
        assertEquals(2, imgs.size());
        // the effects overview first: one forest plot per indicator (no headline indicator here: the first ones)
        assertEquals(2, images(page, "effect-").size());
        assertTrue(page.indexOf("id=\"overview\"") < page.indexOf("id=\"run\""), "overview first");
        assertTrue(page.contains("Paired intervals were narrower than Welch intervals in "), "computed claim");
        // a map of the effect on income (the county values): one scenario besides the reference
        assertEquals(1, images(page, "map-").size());
        for (BufferedImage img : imgs) {
            assertEquals(TimeSeriesChart.WIDTH, img.getWidth());
            assertEquals(TimeSeriesChart.HEIGHT, img.getHeight());
            assertTrue(pixelVariance(img) > 100, "chart looks blank: variance " + pixelVariance(img));
        }

        // the comparison: subsidy − baseline income = 50 + 2r, mean 52; paired CI 52 ± t(2) * 2 / sqrt 3
        assertTrue(page.contains(">52<"), "difference 52 in the table");
        String csv = Files.readString(dir.resolve("comparison.csv"));
        String row = csv.lines().filter(l -> l.startsWith("1,subsidy,0,baseline,income,belt,belt,2025-12,")).findFirst()
                .orElseThrow();
        String[] f = row.split(",");
        assertEquals("52", f[12]);   // diff
        assertEquals("3", f[18]);    // paired_n
        assertEquals("52", f[19]);   // paired_diff
        double half = 4.302652729911275 * 2 / Math.sqrt(3);
        assertEquals(52 - half, Double.parseDouble(f[20]), 1e-5);
        assertEquals("true", f[24]); // same seeds
        assertTrue(csv.lines().anyMatch(l -> l.startsWith("1,subsidy,0,baseline,income,belt,belt,mean,")));

        // summary.csv: 2 points × (2 belt series + 1 county series) × 12 months
        List<String> summary = Files.readAllLines(dir.resolve("summary.csv"));
        assertEquals("point,scenario,month,level,unit,indicator,n,mean,sd,ci_low,ci_high", summary.get(0));
        assertEquals(1 + 2 * 3 * 12, summary.size());
        assertTrue(summary.contains("0,baseline,2025-01,county,C01,income,0,NA,NA,NA,NA"));

        // what was run, and the manifest escaped
        assertTrue(page.contains("baseline, subsidy"));
        assertTrue(page.contains("3 per design point"));
        assertTrue(page.contains("2025-01 to 2025-12 (12)"));
        assertTrue(page.contains("500 real persons per simulated person"));
        assertTrue(page.contains("common random numbers"));
        assertTrue(page.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; more"));
        assertFalse(page.contains("<script>"));
        assertFalse(page.contains("Sensitivity analysis"));
        assertFalse(Files.exists(dir.resolve("morris.csv")));
    }

    @Test
    void morrisDesignGetsASensitivityTable(@TempDir Path tmp) throws IOException {
        Path dir = Synthetic.morris(tmp.resolve("morris"));
        Path out = tmp.resolve("elsewhere/rep.html");
        Result r = cli("report", dir.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String page = Files.readString(out);
        assertWellFormed(page);
        assertEquals(8, images(page, "chart-").size()); // 8 points besides the reference: small multiples
        assertTrue(page.contains("Morris elementary effects"));
        List<String> morris = Files.readAllLines(out.resolveSibling("morris.csv"));
        assertEquals("indicator,factor,r,mu,mu_star,sigma", morris.get(0));
        assertTrue(morris.contains("income,a,3,100,300,346.4102") || morris.get(1).startsWith("income,a,3,"), morris.toString());
        String[] a = morris.get(1).split(","), b = morris.get(2).split(",");
        assertEquals(300, Double.parseDouble(a[4]), 1e-6);  // |EE| = 300 per full range of a
        assertEquals(0, Double.parseDouble(b[4]), 1e-9);    // b is inert
        assertTrue(Files.exists(out.resolveSibling("morris-effects.csv")));
        assertTrue(Files.exists(out.resolveSibling("summary.csv")));
        // no baseline-only point: all 9 points have scenario baseline; the first is the reference
        assertTrue(page.contains("point 0, scenario 'baseline'"));
    }

    @Test
    void chosenIndicatorsAndReference(@TempDir Path tmp) throws IOException {
        Path dir = Synthetic.scenarios(tmp.resolve("exp"));
        Result r = cli("report", dir.toString(), "--indicators", "income", "--reference", "subsidy");
        assertEquals(0, r.code(), r.err());
        String page = Files.readString(dir.resolve("report.html"));
        assertEquals(1, images(page, "chart-").size());
        assertTrue(page.contains(">-52<"), "baseline - subsidy");
        Result bad = cli("report", dir.toString(), "--indicators", "income,nonsense");
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("error: --indicators: 'nonsense'") && bad.err().contains("employment"), bad.err());
        Result badRef = cli("report", dir.toString(), "--reference", "nope");
        assertEquals(2, badRef.code());
        assertTrue(badRef.err().contains("baseline, subsidy"), badRef.err());
    }

    @Test
    void badFoldersAreOneLineErrorsNamingTheFile(@TempDir Path tmp) throws IOException {
        Result missing = cli("report", tmp.resolve("nowhere").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nowhere") && missing.err().contains("not found"), missing.err());
        assertEquals(1, missing.err().lines().count());

        Path dir = Synthetic.scenarios(tmp.resolve("exp"));
        Files.delete(dir.resolve("results.csv"));
        Result noResults = cli("report", dir.toString());
        assertEquals(2, noResults.code());
        assertTrue(noResults.err().contains("results.csv not found"), noResults.err());

        Synthetic.scenarios(dir);
        Files.writeString(dir.resolve("results.csv"), "run,point,replicate,seed,scenario,month,level,unit,indicator,value\n"
                + "0,0,0,1,baseline,2025-01,belt,belt,income,lots\n");
        Result badValue = cli("report", dir.toString());
        assertEquals(2, badValue.code());
        assertTrue(badValue.err().contains("results.csv line 2: value 'lots'"), badValue.err());

        Synthetic.scenarios(dir);
        Files.writeString(dir.resolve("manifest.json"), "{not json");
        Result badJson = cli("report", dir.toString());
        assertEquals(2, badJson.code());
        assertTrue(badJson.err().contains("manifest.json is not valid JSON"), badJson.err());

        Synthetic.scenarios(dir);
        Files.writeString(dir.resolve("design.csv"), "point,scenario\n0,baseline\n");
        Result badDesign = cli("report", dir.toString());
        assertEquals(2, badDesign.code());
        assertTrue(badDesign.err().contains("design.csv line 1"), badDesign.err());

        assertEquals(2, cli("report").code());
        assertEquals(2, cli("report", dir.toString(), tmp.toString()).code());
        Synthetic.scenarios(dir);
        assertEquals(2, cli("report", dir.toString(), "--out", tmp.toString()).code());
    }
}
