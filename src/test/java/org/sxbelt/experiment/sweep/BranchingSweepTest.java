package org.sxbelt.experiment.sweep;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sxbelt.geo.BeltGeography;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code branch_from}: a sweep whose design points share their past simulates it once per replicate and
 * gives byte for byte the results of the full sweep; a point that differs before the branch is refused.
 * Post-2020 policies (early withdrawal, a withdrawal-year factor) at scale 1000, 74 months.
 */
class BranchingSweepTest {

    /** The post-2020 experiment, also the Spark engine tests' branching case (with {@link #branched}). */
    static final String TEXT = """
            name = "t"
            scenarios = ["baseline", "early-withdrawal"]
            replications = 2
            months = 74
            scale = 1000
            seed = 3
            indicators = ["poverty_rate", "employment_park", "firms_park", "public_spending_cumulative"]
            levels = ["belt", "prefecture"]
            [design]
            type = "factorial"
            [[factors]]
            key = "policy.supportWithdrawalYear"
            levels = [2021, 2026]
            """;

    @TempDir
    Path tmp;

    /** The experiment with {@code branch_from} (a top-level key, so before [design]). */
    static String branched(String text, String month) {
        return text.replace("[design]", "branch_from = \"" + month + "\"\n[design]");
    }

    private static Sweep sweep(String text, Path out, List<String> said) {
        Experiment e = ExperimentFile.parse(text, "t.toml", "t");
        return new Sweep(SweepPlan.of(e), Sweep.loadScenarios(e), BeltGeography.loadDefault(),
                new Sweep.Options(out, 2, Shard.ALL, said::add).with(null, true)); // the resume below deletes a run file
    }

    @Test
    void aBranchingSweepGivesTheFullSweepsResultsAndReusesItsHistories() throws IOException {
        List<String> said = new ArrayList<>();
        SweepOutcome full = sweep(TEXT, tmp.resolve("full"), said).run();
        SweepOutcome branched = sweep(branched(TEXT, "2020-12"), tmp.resolve("branch"), said).run();
        assertEquals(0, full.failed());
        assertEquals(0, branched.failed(), branched.failures().toString());
        assertArrayEquals(Files.readAllBytes(full.results()), Files.readAllBytes(branched.results()),
                "results.csv of the branching sweep is the full sweep's");
        Path histories = tmp.resolve("branch").resolve("t").resolve(Histories.FOLDER);
        for (long seed : new long[]{3, 4}) {
            assertTrue(Files.isRegularFile(histories.resolve("seed-" + seed + ".checkpoint")), "history of seed " + seed);
        }
        assertTrue(said.stream().anyMatch(l -> l.startsWith("Branching from 2020-12: 2 shared histories simulated")),
                said.toString());

        // The saving in the summary: 8 runs of 74 months in full; 2 histories of 72 months and 8 x 2 months
        // branching.
        JsonObject b = branching(tmp.resolve("branch"));
        assertEquals("2020-12", b.get("branch_from").getAsString());
        assertEquals(72, b.get("shared_months").getAsInt());
        assertEquals(2, b.get("histories_simulated").getAsInt());
        assertEquals(0, b.get("histories_reused").getAsInt());
        assertEquals(8, b.get("runs_branched").getAsInt());
        assertEquals(8 * 74, b.get("months_without_branching").getAsLong());
        assertEquals(2 * 72 + 8 * 2, b.get("months_simulated").getAsLong());
        assertEquals(8 * 74 - (2 * 72 + 8 * 2), b.get("months_saved").getAsLong());
        assertEquals(432, branched.monthsSaved());
        assertTrue(b.get("wall_seconds").getAsDouble() > 0 && b.get("runs_per_minute").getAsDouble() > 0, b.toString());
        assertTrue(b.get("runs_per_minute_without_branching_estimated").getAsDouble()
                < b.get("runs_per_minute").getAsDouble(), b.toString());
        assertTrue(b.get("history_seconds").getAsDouble() > 0, b.toString());
        assertEquals(-1, full.monthsSaved());
        assertFalse(manifest(tmp.resolve("full")).has("branching"), "a full sweep has no branching summary");

        // A resumed sweep reuses the histories it finds and still gives the same results.
        Path cp = histories.resolve("seed-3.checkpoint");
        FileTime before = Files.getLastModifiedTime(cp);
        Files.delete(branched.results());
        try (var runs = Files.list(tmp.resolve("branch").resolve("t").resolve(RunFiles.RUNS))) {
            Files.delete(runs.filter(p -> p.toString().endsWith(".csv")).findFirst().orElseThrow());
        }
        said.clear();
        SweepOutcome resumed = sweep(branched(TEXT, "2020-12"), tmp.resolve("branch"), said).run();
        assertEquals(1, resumed.done());
        assertArrayEquals(Files.readAllBytes(full.results()), Files.readAllBytes(resumed.results()));
        assertEquals(before, Files.getLastModifiedTime(cp), "the history was reused, not simulated again");
        assertTrue(said.stream().anyMatch(l -> l.contains("0 shared histories simulated") && l.contains("1 reused")),
                said.toString());
        b = branching(tmp.resolve("branch"));
        assertEquals(0, b.get("histories_simulated").getAsInt());
        assertEquals(1, b.get("histories_reused").getAsInt());
        assertEquals(1, b.get("runs_branched").getAsInt());
        assertEquals(2, b.get("months_simulated").getAsLong());
        assertEquals(72, b.get("months_saved").getAsLong());
    }

    private static JsonObject manifest(Path out) throws IOException {
        return JsonParser.parseString(Files.readString(out.resolve("t").resolve(RunFiles.MANIFEST))).getAsJsonObject();
    }

    private static JsonObject branching(Path out) throws IOException {
        return manifest(out).getAsJsonObject("branching");
    }

    @Test
    void aPointThatDiffersBeforeTheBranchIsRefusedNamingIt() {
        String preBranchFactor = branched(TEXT.replace("policy.supportWithdrawalYear", "policy.wageSubsidy")
                .replace("[2021, 2026]", "[0.1, 0.3]"), "2020-12");
        ExperimentException e = assertThrows(ExperimentException.class,
                () -> sweep(preBranchFactor, tmp.resolve("a"), new ArrayList<>()).run());
        assertTrue(e.getMessage().contains("design point 1") && e.getMessage().contains("policy.wageSubsidy"), e.getMessage());

        String preBranchEvent = branched(TEXT.replace("\"early-withdrawal\"", "\"no-micro-credit\""), "2020-12");
        e = assertThrows(ExperimentException.class, () -> sweep(preBranchEvent, tmp.resolve("b"), new ArrayList<>()).run());
        assertTrue(e.getMessage().contains("policy.microCredit"), e.getMessage());
    }

    @Test
    void aBranchMonthOutsideTheRunsIsRefused() {
        for (String bad : new String[]{"2021-01", "2020-13", "soon", "2014-12"}) {
            String text = branched(TEXT.replace("months = 74", "months = 73"), bad);
            ExperimentException e = assertThrows(ExperimentException.class, () -> ExperimentFile.parse(text, "t.toml", "t"));
            assertTrue(e.getMessage().contains("branch_from"), e.getMessage());
        }
    }
}
