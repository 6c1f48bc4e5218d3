package org.sxbelt.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The theory commands: their CSV rows, exit statuses, help and one-line errors. */
class TheoryCommandTest {

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        int code = Main.execute(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8), args);
        return new Result(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    @Test
    void csvRowsNameTheQuantities() {
        Result r = run("theory", "logit", "--utility-gap", "0.3", "--beta", "4", "--csv");
        assertEquals(Main.OK, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(TheoryOutput.CSV_HEADER, lines.get(0));
        assertTrue(lines.get(1).startsWith("choice_probability,"), lines.get(1));
        assertTrue(lines.get(1).endsWith(",true"), lines.get(1));
        Result m = run("theory", "matching", "--applicants", "20", "--vacancies", "10", "--rounds", "500", "--csv");
        assertTrue(m.out().contains("\nexpected_matches,"), m.out());
    }

    @Test
    void corePeripheryPrintsItsThreeRows() {
        Result r = run("theory", "core-periphery", "--sigma", "5", "--mu", "0.4", "--freight", "1.7", "--start-share", "0.5",
                "--subsidy", "0.05", "--subsidy-months", "24", "--csv");
        assertEquals(Main.OK, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(TheoryOutput.CSV_HEADER, lines.get(0));
        assertEquals("larger_town_share,1,1,0.02,true", lines.get(1));
        assertTrue(lines.get(2).startsWith("break_point_freight,1.62"), lines.get(2));
        assertTrue(lines.get(3).startsWith("sustain_point_freight,1.807"), lines.get(3));
        Result range = run("theory", "core-periphery", "--sigma", "5", "--mu", "0.4", "--freight", "11");
        assertEquals("error: --freight must be in (1, 10], got 11\n", range.err());
        Result subsidy = run("theory", "core-periphery", "--sigma", "5", "--mu", "0.4", "--freight", "1.7", "--subsidy", "0.1");
        assertEquals("error: --subsidy needs --subsidy-months above 0\n", subsidy.err());
    }

    @Test
    void locationLogitPrintsTheThresholdRow() {
        Result r = run("theory", "location-logit", "--csv"); // the default 20,000 draws (ODD 11.7)
        assertEquals(Main.OK, r.code(), r.err() + r.out());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r.out());
        assertTrue(lines.get(1).startsWith("agglomeration_threshold,") && lines.get(1).contains(",1.2256"), lines.get(1));
        assertTrue(lines.get(1).endsWith(",true"), lines.get(1));
        Result range = run("theory", "location-logit", "--outside", "5000");
        assertEquals("error: --outside must be in [0.1, 1000], got 5000\n", range.err());
    }

    @Test
    void aFailedLineGivesExitStatusThree() {
        Result r = run("theory", "harris-todaro", "--urban-wage", "3000", "--jobs", "10000", "--farm-income", "1200",
                "--search-rate", "0.2", "--months", "120");
        assertEquals(Main.CHECK_FAILED, r.code(), r.out());
        assertTrue(r.out().contains("town_labour_force") && r.out().contains("FAIL"), r.out());
    }

    @Test
    void mistakesAreOneLine() {
        Result noSetting = run("theory");
        assertEquals(Main.USAGE_ERROR, noSetting.code());
        assertTrue(noSetting.err().startsWith("error: 'theory' needs one of: harris-todaro, catchment, matching, logit"),
                noSetting.err());
        Result range = run("theory", "catchment", "--wage", "3000", "--home-income", "1200", "--cost-per-km", "500");
        assertEquals("error: --cost-per-km must be in (0, 440] yuan a month per km, got 500\n", range.err());
        Result missing = run("theory", "logit", "--utility-gap", "1");
        assertEquals(Main.USAGE_ERROR, missing.code());
        assertTrue(missing.err().startsWith("error: missing --beta"), missing.err());
        Result both = run("theory", "harris-todaro", "--urban-wage", "3000", "--jobs", "10000");
        assertTrue(both.err().startsWith("error: give either --farm-income or all of"), both.err());
        for (Result x : List.of(noSetting, range, missing, both)) assertEquals(1, x.err().lines().count(), x.err());
    }

    @Test
    void eachSettingHasHelp() {
        for (String s : List.of("harris-todaro", "catchment", "matching", "logit", "core-periphery", "location-logit")) {
            Result r = run("theory", s, "--help");
            assertEquals(Main.OK, r.code());
            assertTrue(r.out().startsWith("Usage: sxbelt theory " + s + " [options]"), r.out());
            assertTrue(r.out().contains("--csv"), r.out());
        }
        assertTrue(run("help", "theory", "logit").out().contains("--utility-gap"));
        assertTrue(run("--help").out().contains("theory harris-todaro"));
    }
}
