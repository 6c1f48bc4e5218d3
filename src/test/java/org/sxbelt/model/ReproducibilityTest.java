package org.sxbelt.model;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sxbelt.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Same scenario + seed gives byte-identical {@code indicators.csv} and {@code firm_events.csv}
 * through the CLI ({@code sxbelt run}), and manifests that differ only in timing fields
 * ({@code started_at}, {@code wall_seconds}, {@code stats.wall_nanos},
 * {@code stats.person_months_per_second}). The repeat runs in the same JVM after a run with another
 * seed, so state leaking between runs (statics, caches) would show. A different seed gives a
 * different indicator file. The CSV rounds values to six significant digits, so the same is also
 * checked in process on the exact bits of every indicator value and on every firm event.
 */
class ReproducibilityTest {

    private static final List<String> TIMING = List.of("started_at", "wall_seconds");
    private static final List<String> STATS_TIMING = List.of("wall_nanos", "person_months_per_second");

    @TempDir
    Path out;

    private Path run(String name, long seed) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.execute(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8),
                "run", "--scenario", "baseline", "--months", "30", "--scale", "1000", "--seed", Long.toString(seed),
                "--out", out.toString(), "--name", name, "--quiet");
        assertEquals(Main.OK, code, e.toString(StandardCharsets.UTF_8));
        return out.resolve(name);
    }

    @Test
    void sameSeedSameBytesDifferentSeedDifferentResults() throws IOException {
        Path a = run("a", 5);
        Path other = run("other", 6);
        Path b = run("b", 5);

        for (String file : List.of("indicators.csv", "firm_events.csv")) {
            byte[] x = Files.readAllBytes(a.resolve(file));
            byte[] y = Files.readAllBytes(b.resolve(file));
            assertTrue(Files.readAllLines(a.resolve(file)).size() > 10, file + " has rows");
            assertArrayEquals(x, y, file + " differs between two runs with seed 5");
        }

        JsonObject ma = stripTiming(a.resolve("manifest.json"));
        JsonObject mb = stripTiming(b.resolve("manifest.json"));
        assertEquals(ma, mb, "manifests differ in more than timing");
        assertEquals(5, ma.get("seed").getAsLong());
        assertEquals(30, ma.getAsJsonObject("stats").get("months").getAsInt());

        byte[] x = Files.readAllBytes(a.resolve("indicators.csv"));
        byte[] z = Files.readAllBytes(other.resolve("indicators.csv"));
        assertFalse(java.util.Arrays.equals(x, z), "seeds 5 and 6 gave identical indicator files");
        // Same layout, different values: the seed changes the sample, not the set of rows.
        assertEquals(Files.readAllLines(a.resolve("indicators.csv")).size(),
                Files.readAllLines(other.resolve("indicators.csv")).size());
        assertNotEquals(ma.get("seed"), stripTiming(other.resolve("manifest.json")).get("seed"));
    }

    /** Every indicator value (exact bits) and firm event of a run, in order. */
    private static List<String> trace(long seed) {
        BeltModel m = TestRuns.model(seed, TestRuns.baseline("run.scale", "1000", "run.months", "30"));
        List<String> out = new java.util.ArrayList<>();
        m.addIndicatorSink((month, level, unit, indicator, value) ->
                out.add(month + "," + level + "," + unit + "," + indicator + "," + Double.doubleToLongBits(value)));
        m.setFirmEventSink(e -> out.add(e.toString()));
        m.runToEnd();
        return out;
    }

    @Test
    void sameSeedGivesBitIdenticalIndicatorsAndEventsInProcess() {
        List<String> a = trace(5);
        List<String> other = trace(6);
        List<String> b = trace(5);
        assertTrue(a.size() > 10_000, "rows: " + a.size());
        assertTrue(a.stream().anyMatch(r -> r.startsWith("FirmEvent")), "firm events recorded");
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) assertEquals(a.get(i), b.get(i), "row " + i);
        assertNotEquals(a, other, "seeds 5 and 6 gave identical runs");
    }

    /** The manifest without its timing fields; fails if one of them is missing (so nothing else is stripped). */
    private static JsonObject stripTiming(Path manifest) throws IOException {
        JsonObject m = JsonParser.parseString(Files.readString(manifest)).getAsJsonObject();
        for (String k : TIMING) {
            assertTrue(m.has(k), "manifest has " + k);
            m.remove(k);
        }
        JsonElement stats = m.get("stats");
        assertTrue(stats != null && stats.isJsonObject(), "manifest has stats");
        for (String k : STATS_TIMING) {
            assertTrue(stats.getAsJsonObject().has(k), "stats has " + k);
            stats.getAsJsonObject().remove(k);
        }
        return m;
    }
}
