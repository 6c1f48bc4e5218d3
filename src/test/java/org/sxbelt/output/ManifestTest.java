package org.sxbelt.output;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sxbelt.model.RunStats;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.ParamValues;
import org.sxbelt.params.ParkProject;
import org.sxbelt.params.Scenario;
import org.sxbelt.params.TimedEvent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManifestTest {

    @TempDir
    Path dir;

    private static Scenario scenario() {
        ParamValues p = new ParamValues().set(ParamSchema.SUBSIDY_MONTHS, 24).set(ParamSchema.MONTHS, 3);
        return new Scenario("subsidy \"cliff\"", "Subsidies end after 2 years.\nSecond line.", "baseline",
                "scenarios/cliff.toml", p,
                List.of(new TimedEvent(36, ParamSchema.STOPPAGE, 1), new TimedEvent(24, ParamSchema.SANCTIONS, 0.3)),
                List.of(new ParkProject("hair", List.of("luopu"), "hair_products", 12, 23, 5000, true, "why")));
    }

    @Test
    void isValidJsonWithEveryParameterAndTheSeed() throws IOException {
        Path file = dir.resolve("manifest.json");
        new Manifest()
                .scenario(scenario())
                .seed(42)
                .started(Instant.parse("2025-03-01T10:15:30.123456Z"))
                .wallSeconds(12.34567)
                .stats(new RunStats(3, 1000, 1010, 3000, 2_000_000_000L))
                .file("indicators.csv", 1234)
                .file("firm_events.csv", 5)
                .write(file);

        JsonObject root = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        assertEquals("sxbelt", root.get("tool").getAsString());
        assertFalse(root.get("version").getAsString().isBlank());
        String commit = root.get("git_commit").getAsString();
        assertTrue(commit.equals("unknown") || commit.matches("[0-9a-f]{40}"), commit);
        assertEquals(42, root.get("seed").getAsLong());

        JsonObject sc = root.getAsJsonObject("scenario");
        assertEquals("subsidy \"cliff\"", sc.get("name").getAsString());
        assertEquals("scenarios/cliff.toml", sc.get("origin").getAsString());
        assertEquals("baseline", sc.get("extends").getAsString());
        assertTrue(sc.get("description").getAsString().contains("\n"), "escaped, not mangled");

        JsonObject params = root.getAsJsonObject("parameters");
        assertEquals(ParamSchema.size(), params.size());
        for (String key : ParamSchema.keys()) assertTrue(params.has(key), "missing parameter " + key);
        assertEquals("24", params.get("policy.subsidyMonths").getAsString());
        assertEquals("3", params.get("run.months").getAsString());
        assertEquals("logit", params.get("run.decisionRule").getAsString());
        assertEquals("false", params.get("shock.stoppage").getAsString());

        var events = root.getAsJsonArray("events");
        assertEquals(2, events.size());
        JsonObject first = events.get(0).getAsJsonObject();
        assertEquals("2017-01", first.get("month").getAsString());
        assertEquals("shock.sanctions", first.get("key").getAsString());
        assertEquals("0.3", first.get("value").getAsString());
        assertEquals("true", events.get(1).getAsJsonObject().get("value").getAsString());

        var parks = root.getAsJsonArray("parks");
        assertEquals(1, parks.size());
        JsonObject park = parks.get(0).getAsJsonObject();
        assertEquals("luopu", park.getAsJsonArray("where").get(0).getAsString());
        assertEquals("hair_products", park.get("industry").getAsString());
        assertEquals("2016-01", park.get("from").getAsString());
        assertEquals("2016-12", park.get("to").getAsString());
        assertEquals(5000, park.get("m2").getAsDouble());

        assertEquals("2025-03-01T10:15:30.123Z", root.get("started_at").getAsString());
        assertEquals(12.346, root.get("wall_seconds").getAsDouble(), 1e-9);
        JsonObject stats = root.getAsJsonObject("stats");
        assertEquals(3, stats.get("months").getAsInt());
        assertEquals(1000, stats.get("agents_at_start").getAsLong());
        assertEquals(1010, stats.get("agents_at_end").getAsLong());
        assertEquals(3000, stats.get("person_months").getAsLong());
        assertEquals(1500, stats.get("person_months_per_second").getAsLong());

        JsonObject machine = root.getAsJsonObject("machine");
        assertEquals(System.getProperty("java.version"), machine.get("java_version").getAsString());
        assertEquals(Runtime.getRuntime().availableProcessors(), machine.get("available_processors").getAsInt());

        var files = root.getAsJsonArray("files");
        assertEquals("indicators.csv", files.get(0).getAsJsonObject().get("name").getAsString());
        assertEquals(1234, files.get(0).getAsJsonObject().get("rows").getAsLong());
        assertEquals(5, files.get(1).getAsJsonObject().get("rows").getAsLong());
    }

    @Test
    void keysArePresentEvenWhenUnset() {
        JsonObject root = JsonParser.parseString(new Manifest().gitCommit("abc").toJson()).getAsJsonObject();
        for (String k : List.of("tool", "version", "git_commit", "scenario", "seed", "parameters", "events",
                "started_at", "wall_seconds", "stats", "machine", "files")) {
            assertTrue(root.has(k), k);
        }
        assertEquals("abc", root.get("git_commit").getAsString());
    }

    @Test
    void extraEntriesAreAppended() {
        JsonObject root = JsonParser.parseString(new Manifest().scenario(Scenario.defaults())
                .extra("design", List.of("a", "b")).toJson()).getAsJsonObject();
        assertEquals(2, root.getAsJsonArray("design").size());
        assertTrue(root.getAsJsonObject("scenario").get("extends").isJsonNull());
    }

    @Test
    void versionAndCommitNeverFail() {
        assertFalse(Manifest.version().isBlank());
        assertFalse(Manifest.version().contains("${"), "unfiltered placeholder must not leak into manifests");
        String c = Manifest.gitCommit();
        assertTrue(c.equals("unknown") || c.matches("[0-9a-f]{40}([0-9a-f]{24})?"), c);
    }
}
