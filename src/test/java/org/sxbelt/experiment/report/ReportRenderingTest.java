package org.sxbelt.experiment.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sxbelt.output.AtomicFiles;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Renders sample reports with headless Chromium (when installed at /usr/bin/chromium) and checks the
 * screenshot is there and not blank, and that every scenario of a nine-scenario experiment appears in
 * the rendered page (its effects overview, its maps and its small multiples). The reports and the
 * screenshots are kept in target/report-rendering/ for a look.
 */
class ReportRenderingTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final long TIMEOUT_SECONDS = 120;

    @Test
    void chromiumRendersTheReport(@TempDir Path tmp) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed at " + CHROMIUM);
        Path keep = Path.of("target", "report-rendering").toAbsolutePath();
        Files.createDirectories(keep);
        Path dir = ExperimentReportTest.Synthetic.scenarios(tmp.resolve("exp"));
        Path html = keep.resolve("report.html");
        ExperimentReport.write(dir, new ExperimentReport.Options(null, null, html));
        Path shot = keep.resolve("shot.png");
        Files.deleteIfExists(shot);
        Path profile = tmp.resolve("chromium-profile");
        Path log = tmp.resolve("chromium.log");
        Process p = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile, "--screenshot=" + shot,
                "--window-size=1200,2000", html.toUri().toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!done) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        String output = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        assertTrue(done, "Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + output);
        assertTrue(Files.isRegularFile(shot) && Files.size(shot) > 0, "no screenshot; exit " + p.exitValue()
                + ", output: " + output);
        BufferedImage img = ImageIO.read(shot.toFile());
        assertNotNull(img);
        assertEquals(1200, img.getWidth());
        assertEquals(2000, img.getHeight());
        assertTrue(ExperimentReportTest.pixelVariance(img) > 100, "screenshot looks blank");
        // the charts are on the first screen: some pixels are the chart colours (blue of the first series)
        assertTrue(hasColour(img, 0x0072B2), "no chart line visible");
        AtomicFiles.deleteRecursivelyQuietly(profile);
    }

    /** Nine scenarios besides the baseline (more than five: small multiples), shared seeds, 2020-01..2021-12. */
    static final List<String> NINE = List.of("alpha-aid", "beta-subsidy", "gamma-training", "delta-parks",
            "epsilon-transfer", "zeta-workshops", "eta-credit", "theta-roads", "iota-export-shock");

    static Path nineScenarios(Path dir) throws Exception {
        Files.createDirectories(dir);
        StringBuilder d = new StringBuilder("point,scenario,design_type,design_group,design_step\n0,baseline,none,,\n");
        for (int i = 0; i < NINE.size(); i++) d.append(i + 1).append(',').append(NINE.get(i)).append(",none,,\n");
        Files.writeString(dir.resolve("design.csv"), d);
        StringBuilder r = new StringBuilder("run,point,replicate,seed,scenario,month,level,unit,indicator,value\n");
        double[] noise = {0.5, -0.8, 0.3};
        List<String> counties = List.of("kashgar_city", "shache", "hotan_city", "aksu_city", "artux");
        int run = 0;
        for (int p = 0; p <= NINE.size(); p++) {
            String sc = p == 0 ? "baseline" : NINE.get(p - 1);
            for (int rep = 0; rep < 3; rep++, run++) {
                for (int m = 0; m < 24; m++) {
                    String month = String.format(java.util.Locale.ROOT, "%d-%02d", 2020 + m / 12, m % 12 + 1);
                    String head = "r" + run + "," + p + "," + rep + "," + (1 + rep) + "," + sc + "," + month + ",";
                    double effect = (p - 4.5) * 0.002 * (m + 1) / 24;
                    double poverty = 0.2 - 0.002 * m + 0.003 * noise[rep] + effect;
                    double spending = 1e9 * (m + 1) * (1 + 0.05 * p) + 1e7 * noise[rep];
                    r.append(head).append("belt,belt,poverty_rate,").append(poverty).append('\n');
                    r.append(head).append("belt,belt,public_spending_cumulative,").append(spending).append('\n');
                    for (int c = 0; c < counties.size(); c++) {
                        r.append(head).append("county,").append(counties.get(c)).append(",poverty_rate,")
                                .append(poverty * (0.8 + 0.1 * c) + effect * c).append('\n');
                    }
                }
            }
        }
        Files.writeString(dir.resolve("results.csv"), r);
        Files.writeString(dir.resolve("manifest.json"), ExperimentReportTest.Synthetic.MANIFEST);
        return dir;
    }

    @Test
    void everyScenarioOfANineScenarioExperimentIsOnTheRenderedPage(@TempDir Path tmp) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed at " + CHROMIUM);
        Path keep = Path.of("target", "report-rendering").toAbsolutePath();
        Files.createDirectories(keep);
        Path dir = nineScenarios(tmp.resolve("nine"));
        Path html = keep.resolve("report-nine.html");
        ExperimentReport.write(dir, new ExperimentReport.Options(null, null, html, "en", null));
        Path shot = keep.resolve("shot-nine.png");
        Files.deleteIfExists(shot);
        String out = chromium(tmp, "--screenshot=" + shot, "--window-size=1400,1000", html.toUri().toString());
        assertTrue(Files.isRegularFile(shot) && Files.size(shot) > 0, "no screenshot: " + out);
        BufferedImage img = ImageIO.read(shot.toFile());
        assertTrue(ExperimentReportTest.pixelVariance(img) > 100, "screenshot looks blank");
        // the first screen shows the effects overview: the forest plots' dark blue dots
        assertTrue(hasColour(img, 0x0072B2), "no forest plot on the first screen");
        String dom = chromium(tmp, "--dump-dom", html.toUri().toString());
        assertTrue(dom.contains("id=\"overview\""), "no effects overview in the rendered page");
        for (String sc : NINE) {
            for (String where : List.of("effect-poverty_rate", "map-", "chart-poverty_rate-")) {
                assertTrue(dom.contains(where), where + " missing");
            }
            int count = dom.split(java.util.regex.Pattern.quote(sc), -1).length - 1;
            // the overview caption, the list at the top, a map, a panel per indicator, the comparison tables
            assertTrue(count >= 5, sc + " appears " + count + " times in the rendered page");
        }
        for (int p = 1; p <= NINE.size(); p++) {
            assertTrue(dom.contains("id=\"map-" + p + "\""), "no map of point " + p);
            assertTrue(dom.contains("id=\"chart-poverty_rate-" + p + "\""), "no small multiple of point " + p);
            assertTrue(dom.contains("id=\"chart-public_spending_cumulative-" + p + "\""), "no small multiple of point " + p);
        }
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.contains("Paired intervals were narrower than Welch intervals in "), "no computed claim");
        assertTrue(!page.contains("usually much tighter"), "an uncomputed claim");
    }

    /** Runs headless Chromium with these arguments; returns its standard output (and errors). */
    static String chromium(Path tmp, String... args) throws Exception {
        Path profile = Files.createTempDirectory(tmp, "chromium-profile");
        Path log = Files.createTempFile(tmp, "chromium", ".log");
        List<String> cmd = new java.util.ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).redirectOutput(log.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        boolean done = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!done) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        assertTrue(done, "Chromium did not finish within " + TIMEOUT_SECONDS + " s");
        AtomicFiles.deleteRecursivelyQuietly(profile);
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    private static boolean hasColour(BufferedImage img, int rgb) {
        int r0 = (rgb >> 16) & 255, g0 = (rgb >> 8) & 255, b0 = rgb & 255;
        for (int y = 0; y < img.getHeight(); y += 1) {
            for (int x = 0; x < img.getWidth(); x += 1) {
                int c = img.getRGB(x, y);
                int r = (c >> 16) & 255, g = (c >> 8) & 255, b = c & 255;
                if (Math.abs(r - r0) + Math.abs(g - g0) + Math.abs(b - b0) < 30) return true;
            }
        }
        return false;
    }

}
