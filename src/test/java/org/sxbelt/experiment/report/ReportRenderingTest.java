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
 * Renders a sample report with headless Chromium (when installed at /usr/bin/chromium) and checks the
 * screenshot is there and not blank. The report and the screenshot are kept in
 * target/report-rendering/ for a look.
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
