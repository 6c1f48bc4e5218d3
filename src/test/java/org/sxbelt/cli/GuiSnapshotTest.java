package org.sxbelt.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sxbelt.gui.Snapshot;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code gui --snapshot FILE.png --months N [--compare A B]} off-screen (the tests run with
 * java.awt.headless=true, as CI does): the picture has the county outlines inside the map, town labels,
 * drawn charts and the Console's levers; the run stops at the scenario's horizon; bad values are one line.
 */
class GuiSnapshotTest {

    /** County outline colour of the base map (BeltMap.COUNTY_BORDER) and the prefectures' (PREFECTURE_BORDER). */
    static final Color COUNTY = new Color(0xB4, 0xA7, 0xC6);
    static final Color PREFECTURE = new Color(0x80, 0x6C, 0x9E);

    @TempDir
    static Path dir;
    static BufferedImage single;
    static MainTest.Result singleRun;

    @BeforeAll
    static void snapshot() throws Exception {
        Path png = dir.resolve("single.png");
        singleRun = MainTest.run("gui", "--snapshot", png.toString(), "--months", "12", "--scale", "1000", "--lang", "en");
        assertEquals(0, singleRun.code(), singleRun.err());
        single = ImageIO.read(png.toFile());
        Files.createDirectories(Path.of("target/gui-test"));
        Files.copy(png, Path.of("target/gui-test/snapshot.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void snapshotHasTheWholeWindowSet() {
        assertEquals(Snapshot.WIDTH, single.getWidth());
        assertEquals(Snapshot.HEIGHT, single.getHeight());
        assertTrue(singleRun.out().contains("12 months to 2015-12"), singleRun.out());
    }

    @Test
    void countyOutlinesAreInsideTheMap() {
        assertTrue(count(single, Snapshot.MAP, COUNTY, 3) > 500, "county outline pixels in the map");
        assertTrue(count(single, Snapshot.MAP, PREFECTURE, 3) > 500, "prefecture outline pixels in the map");
        Rectangle outside = Snapshot.chart(1);
        assertEquals(0, count(single, outside, PREFECTURE, 0), "no outline colour in a chart");
    }

    @Test
    void townLabelsAreDrawn() {
        Rectangle belowTitle = new Rectangle(Snapshot.MAP.x, Snapshot.MAP.y + 70, Snapshot.MAP.width, Snapshot.MAP.height - 70);
        assertTrue(count(single, belowTitle, new Color(0x10, 0x10, 0x10), 24) > 400, "dark label text on the map");
    }

    @Test
    void chartsAndConsoleAreNotBlank() {
        for (int i = 0; i < 4; i++) {
            Rectangle r = Snapshot.chart(i);
            assertTrue(variance(single, r) > 200, "chart " + i + " variance " + variance(single, r));
        }
        assertTrue(variance(single, Snapshot.CONSOLE) > 200, "console levers drawn");
        assertTrue(variance(single, Snapshot.TICKER) > 50, "events listed");
        // the poverty line (dark red) is drawn in the poverty chart
        assertTrue(count(single, Snapshot.chart(1), new Color(0xBD, 0x00, 0x26), 30) > 60, "poverty line");
    }

    @Test
    void runStopsAtTheHorizonWhenMoreMonthsAreAsked() throws Exception {
        Path toml = dir.resolve("short.toml");
        Files.writeString(toml, "name = \"short\"\ndescription = \"five months\"\nextends = \"baseline\"\n[params]\n\"run.months\" = 5\n");
        Path png = dir.resolve("short.png");
        MainTest.Result r = MainTest.run("gui", "--scenario", toml.toString(), "--snapshot", png.toString(),
                "--months", "40", "--scale", "1000", "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("5 months to 2015-05") && r.out().contains("horizon"), r.out());
        assertTrue(Files.size(png) > 10_000);
    }

    @Test
    void twoScenariosSideBySide() throws Exception {
        Path png = dir.resolve("compare.png");
        MainTest.Result r = MainTest.run("gui", "--compare", "baseline", "no-counterpart-aid", "--snapshot",
                png.toString(), "--months", "6", "--scale", "1000", "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("baseline vs no-counterpart-aid"), r.out());
        BufferedImage img = ImageIO.read(png.toFile());
        Files.copy(png, Path.of("target/gui-test/snapshot-compare.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(Snapshot.COMPARE_WIDTH, img.getWidth());
        for (int i = 0; i < 2; i++) {
            assertTrue(count(img, Snapshot.compareMap(i), PREFECTURE, 3) > 500, "outlines in map " + i);
        }
        for (int i = 0; i < 4; i++) {
            assertTrue(variance(img, Snapshot.compareChart(i)) > 100, "overlaid chart " + i);
        }
    }

    @Test
    void badValuesAreOneLineAndLeaveNothing() {
        Path png = dir.resolve("never.png");
        String[][] bad = {
                {"gui", "--snapshot", png.toString(), "--months", "-1"},
                {"gui", "--snapshot", png.toString(), "--months", "601"},
                {"gui", "--snapshot", dir.resolve("x.jpg").toString(), "--months", "1"},
                {"gui", "--months", "3"},
                {"gui", "--snapshot", png.toString(), "--speed", "0"},
                {"gui", "--snapshot", png.toString(), "--compare", "baseline", "no-such-scenario"},
                {"gui", "--snapshot", png.toString(), "--compare", "baseline", "baseline", "--scenario", "baseline"},
        };
        for (String[] args : bad) {
            String line = MainTest.run(args).userError();
            assertFalse(line.isBlank());
        }
        assertFalse(Files.exists(png), "nothing written");
        // a folder nobody may write in, even root (/proc on Linux): refused before any month is run
        if (Files.isDirectory(Path.of("/proc/self"))) {
            String line = MainTest.run("gui", "--snapshot", "/proc/sxbelt-never.png", "--months", "1", "--scale", "1000").userError();
            assertTrue(line.startsWith("error: --snapshot's folder /proc"), line);
        }
    }

    static int count(BufferedImage img, Rectangle r, Color c, int tol) {
        int n = 0;
        for (int y = r.y; y < r.y + r.height && y < img.getHeight(); y++) {
            for (int x = r.x; x < r.x + r.width && x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 255) - c.getRed()) <= tol && Math.abs(((rgb >> 8) & 255) - c.getGreen()) <= tol
                        && Math.abs((rgb & 255) - c.getBlue()) <= tol) n++;
            }
        }
        return n;
    }

    static double variance(BufferedImage img, Rectangle r) {
        double s = 0, s2 = 0;
        long n = 0;
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                int rgb = img.getRGB(x, y);
                double g = (((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255)) / 3.0;
                s += g;
                s2 += g * g;
                n++;
            }
        }
        double m = s / n;
        return s2 / n - m * m;
    }
}
