package org.sxbelt.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sxbelt.output.FirmEventCsv;
import org.sxbelt.output.TidyCsvWriter;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.scenario.ScenarioLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.sxbelt.cli.MainTest.run;

/**
 * End-to-end {@code sxbelt run}: scenario loading, geography, the model and the output folder.
 *
 * <p>While {@code BeltModel} is a stub (runToEnd returns zeros and records nothing) these tests still
 * check the folder, the three files, their headers and the manifest; the assertions on the rows the
 * model writes are guarded by {@link #assumeRealModel} and start to bite once the manifest reports
 * months &gt; 0.
 */
class RunCommandTest {

    @TempDir
    Path out;

    @Test
    void shortRunWritesTheThreeFilesAndAParsableManifest() throws IOException {
        MainTest.Result r = run("run", "--scenario", "defaults", "--months", "3", "--scale", "1000", "--seed", "7",
                "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        Path dir = out.resolve("defaults-seed7");
        assertEquals(List.of("defaults-seed7"), names(out), "only the finished run folder, no staging leftovers");
        assertEquals(List.of("firm_events.csv", "indicators.csv", "manifest.json"), names(dir));
        assertEquals("", r.err(), "--quiet prints nothing on stderr");
        List<String> outLines = r.out().lines().toList();
        assertEquals(1, outLines.size(), r.out());
        assertTrue(outLines.get(0).startsWith("Results in " + dir), outLines.get(0));
        assertTrue(outLines.get(0).contains("months") && outLines.get(0).contains("agents")
                && outLines.get(0).contains("wall time"), outLines.get(0));

        List<String> indicators = Files.readAllLines(dir.resolve("indicators.csv"));
        assertEquals(TidyCsvWriter.HEADER, indicators.get(0));
        List<String> events = Files.readAllLines(dir.resolve("firm_events.csv"));
        assertEquals(FirmEventCsv.HEADER, events.get(0));

        JsonObject m = JsonParser.parseString(Files.readString(dir.resolve("manifest.json"))).getAsJsonObject();
        assertEquals(7, m.get("seed").getAsLong());
        assertEquals("defaults", m.getAsJsonObject("scenario").get("name").getAsString());
        JsonObject params = m.getAsJsonObject("parameters");
        for (String key : ParamSchema.keys()) assertTrue(params.has(key), key);
        assertEquals("3", params.get("run.months").getAsString());
        assertEquals("1000", params.get("run.scale").getAsString());
        assertEquals("7", params.get("run.seed").getAsString());
        var files = m.getAsJsonArray("files");
        assertEquals(indicators.size() - 1, files.get(0).getAsJsonObject().get("rows").getAsLong());

        assumeRealModel(m);
        // Real model: three months of tidy rows, 2015-01 to 2015-03, with belt totals.
        assertEquals(3, m.getAsJsonObject("stats").get("months").getAsInt());
        assertTrue(m.getAsJsonObject("stats").get("agents_at_start").getAsLong() > 0);
        assertTrue(indicators.size() > 1, "indicators recorded");
        assertTrue(indicators.stream().anyMatch(l -> l.startsWith("2015-01,belt,belt,")));
        assertTrue(indicators.stream().anyMatch(l -> l.startsWith("2015-03,")));
        assertTrue(indicators.stream().skip(1).noneMatch(l -> l.startsWith("2015-04")), "only 3 months");
    }

    /** The post-2020 poverty indicators (ODD 8.2) are written for every county, prefecture and the belt. */
    @Test
    void povertyIndicatorsAreWrittenAtCountyPrefectureAndBeltLevel() throws IOException {
        MainTest.Result r = run("run", "--scenario", "baseline", "--months", "2", "--scale", "1000", "--seed", "7",
                "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        List<String> rows = Files.readAllLines(out.resolve("baseline-seed7").resolve("indicators.csv"));
        assumeTrue(rows.size() > 1, "BeltModel is still a stub: it records no indicators");
        for (String name : List.of("relative_poverty_rate", "at_risk_households", "exited_households",
                "returns_to_poverty", "return_to_poverty_rate", "vulnerability", "policy_income_share",
                "poverty_gap_index", "poverty_shortfall_mean")) {
            for (String level : List.of("county", "prefecture", "belt")) {
                long n = rows.stream().filter(l -> l.startsWith("2015-02," + level + ",") && l.contains("," + name + ","))
                        .count();
                long expected = switch (level) {
                    case "county" -> 36;
                    case "prefecture" -> 5;
                    default -> 1;
                };
                assertEquals(expected, n, name + " at " + level);
            }
        }
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("2015-02,belt,belt,relative_poverty_line,")));
        assertTrue(rows.stream().noneMatch(l -> l.contains(",poverty_returns,")), "renamed returns_to_poverty");
    }

    @Test
    void setOverridesAndRerunReplacesTheFolder() throws IOException {
        MainTest.Result first = run("run", "--scenario", "defaults", "--months", "2", "--scale", "1000",
                "--out", out.toString(), "--name", "same", "--quiet");
        assertEquals(0, first.code(), first.err());
        MainTest.Result second = run("run", "--scenario", "defaults", "--months", "1", "--scale", "1000",
                "--set", "policy.subsidyMonths=12", "--out", out.toString(), "--name", "same", "--quiet");
        assertEquals(0, second.code(), second.err());
        assertEquals(List.of("same"), names(out), "old folder replaced, nothing left aside");
        JsonObject params = JsonParser.parseString(Files.readString(out.resolve("same/manifest.json")))
                .getAsJsonObject().getAsJsonObject("parameters");
        assertEquals("1", params.get("run.months").getAsString());
        assertEquals("12", params.get("policy.subsidyMonths").getAsString());
    }

    @Test
    void badSetKeyIsAUserErrorAndLeavesNoFolder() throws IOException {
        String line = run("run", "--scenario", "defaults", "--set", "policy.subsidyMonth=12",
                "--out", out.toString()).userError();
        assertTrue(line.contains("policy.subsidyMonth"), line);
        line = run("run", "--scenario", "defaults", "--set", "run.scale=5000", "--out", out.toString()).userError();
        assertTrue(line.contains("run.scale") && line.contains("1000"), line);
        assertEquals(List.of(), names(out));
    }

    @Test
    void aFileWhereTheRunFolderGoesIsNeverReplaced() throws IOException {
        Path file = Files.writeString(out.resolve("mine"), "user data");
        String line = run("run", "--scenario", "defaults", "--months", "1", "--scale", "1000",
                "--out", out.toString(), "--name", "mine").userError();
        assertTrue(line.contains("--name") && line.contains("mine"), line);
        assertEquals("user data", Files.readString(file));
        assertEquals(List.of("mine"), names(out));
    }

    @Test
    void unknownScenarioNameIsAUserError() throws IOException {
        String line = run("run", "--scenario", "no-such-scenario", "--out", out.toString()).userError();
        assertTrue(line.contains("no-such-scenario"), line);
        assertEquals(List.of(), names(out));
    }

    @Test
    void scenarioFileWithAnErrorIsAUserError() throws IOException {
        Path bad = Files.writeString(out.resolve("bad.toml"), "name = \"bad\"\n[params]\n\"run.scale\" = = 5\n");
        Path runs = out.resolve("runs");
        String line = run("run", "--scenario", bad.toString(), "--out", runs.toString()).userError();
        assertTrue(line.contains("bad.toml"), line);
        assertTrue(!Files.exists(runs) || names(runs).isEmpty(), "no run folder");
    }

    /** The README's first command: the embedded default scenario. Needs the built-in baseline scenario. */
    @Test
    void defaultScenarioRuns() throws IOException {
        assumeTrue(ScenarioLoader.listBuiltIn().contains(ScenarioLoader.DEFAULT_SCENARIO),
                "built-in baseline scenario not there yet");
        MainTest.Result r = run("run", "--months", "3", "--scale", "1000", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> runs = names(out);
        assertEquals(1, runs.size(), runs.toString());
        assertTrue(runs.get(0).startsWith(ScenarioLoader.loadDefault().name() + "-seed"), runs.toString());
        assertEquals(List.of("firm_events.csv", "indicators.csv", "manifest.json"), names(out.resolve(runs.get(0))));
        assertTrue(r.err().startsWith("Running "), "progress goes to stderr without --quiet: " + r.err());
    }

    /** Skips the rest of a test while BeltModel is the stub that simulates nothing (stats.months == 0). */
    private static void assumeRealModel(JsonObject manifest) {
        assumeTrue(manifest.getAsJsonObject("stats").get("months").getAsInt() > 0,
                "BeltModel is still a stub: it records no indicators");
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
