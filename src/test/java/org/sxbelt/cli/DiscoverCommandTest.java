package org.sxbelt.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code discover} on a real sweep: a 12-point Latin hypercube of two levers, 12 months at 1:1000. */
class DiscoverCommandTest {

    @TempDir
    static Path tmp;

    private static Path sweep;

    private static final String EXPERIMENT = """
            name = "disc"
            scenarios = ["baseline"]
            replications = 1
            months = 12
            scale = 1000
            seed = 1
            indicators = ["poverty_rate", "public_spending_cumulative"]
            levels = ["belt"]

            [design]
            type = "lhs"
            points = 12

            [[factors]]
            key = "policy.wageSubsidy"
            min = 0
            max = 0.5

            [[factors]]
            key = "policy.trainingSeats"
            min = 0
            max = 30
            """;

    /**
     * Public spending in the first year: high when the wage subsidy is high (the sweep's design). The
     * threshold is the median of the twelve runs, read from results.csv, so that it splits them in half
     * whatever the model's spending level (a fixed 2.9e9 and then 3.3e9 had to follow every change of it).
     */
    private static String condition;

    @BeforeAll
    static void runTheSweep() throws IOException {
        Path f = tmp.resolve("disc.toml");
        Files.writeString(f, EXPERIMENT);
        MainTest.Result r = MainTest.run("sweep", f.toString(), "--out", tmp.resolve("sweeps").toString(), "--quiet",
                "--threads", "2");
        assertEquals(0, r.code(), r.err());
        sweep = tmp.resolve("sweeps/disc");
        List<Double> spending = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(sweep.resolve("results.csv"))) {
            if (line.contains(",2015-12,belt,belt,public_spending_cumulative,")) {
                spending.add(Double.parseDouble(line.substring(line.lastIndexOf(',') + 1)));
            }
        }
        assertEquals(12, spending.size(), "one value per run");
        java.util.Collections.sort(spending);
        condition = String.format(java.util.Locale.ROOT, "public_spending_cumulative > %.6e in 2015",
                (spending.get(5) + spending.get(6)) / 2);
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void writesTheTrajectoryTheBoxTheCheckAndTheChart() throws IOException {
        Path out = tmp.resolve("found");
        MainTest.Result r = MainTest.run("discover", sweep.toString(), "--condition", condition, "--out", out.toString(),
                "--resamples", "20");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("12 runs, 6 of interest"), r.out());
        assertTrue(r.out().contains("Chosen box: step"), r.out());
        assertTrue(r.out().contains("policy.wageSubsidy"), r.out());
        List<String> trajectory = Files.readAllLines(out.resolve("discovery-trajectory.csv"));
        assertEquals("step,phase,coverage,density,mass,restricted_dimensions,cases,cases_of_interest,restricted_factors",
                trajectory.get(0));
        assertEquals("0,start,1,0.5,1,0,12,6,", trajectory.get(1));
        List<String> box = Files.readAllLines(out.resolve("discovery-box.csv"));
        assertEquals("step,factor,lower,upper,minimum,maximum,qp_lower,qp_upper", box.get(0));
        assertTrue(box.size() >= 2 && box.get(1).contains(",policy.wageSubsidy,"), box.toString());
        List<String> check = Files.readAllLines(out.resolve("discovery-resampling.csv"));
        assertEquals(3, check.size());
        assertTrue(check.get(1).startsWith("policy.wageSubsidy,true,"), check.toString());
        byte[] png = Files.readAllBytes(out.resolve("discovery-tradeoff.png"));
        assertTrue(png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G');

        // the same command gives the same files (fixed seed); --box picks a step; default output is the folder
        MainTest.Result again = MainTest.run("discover", sweep.toString(), "--condition", condition, "--out",
                out.toString(), "--resamples", "20");
        assertEquals(r.out(), again.out());
        MainTest.Result zero = MainTest.run("discover", sweep.toString(), "--condition", condition, "--box", "0",
                "--resamples", "0");
        assertEquals(0, zero.code(), zero.err());
        assertTrue(zero.out().contains("Chosen box: step 0 (step 0, as asked)"), zero.out());
        assertTrue(zero.out().contains("no factor restricted"), zero.out());
        assertTrue(Files.isRegularFile(sweep.resolve("discovery-box.csv")));
        for (String f : new String[] {"discovery-trajectory.csv", "discovery-box.csv", "discovery-resampling.csv",
                "discovery-tradeoff.png"}) Files.delete(sweep.resolve(f));
    }

    @Test
    void badInputIsOneLineAndLeavesNothingBehind() throws IOException {
        List<String> before = listing(sweep);
        Path out = tmp.resolve("not-made");
        String[][] cases = {
                {"unknown indicator 'poverty_rat'", "--condition", "poverty_rat > 0.1 in 2015"},
                {"year 2030 is outside the horizon", "--condition", "poverty_rate > 0.1 in 2030"},
                {"month 2016-06 is outside the horizon", "--condition", "poverty_rate > 0.1 in 2016-06"},
                {"operator '=='", "--condition", "poverty_rate == 0.1 in 2015"},
                {"no 'in <year>'", "--condition", "poverty_rate > 0.1"},
                {"'0.1x' is not a number", "--condition", "poverty_rate > 0.1x in 2015"},
                {"'15' is neither a year", "--condition", "poverty_rate > 0.1 in 15"},
                {"no number after '>'", "--condition", "poverty_rate > in 2015"},
                {"the condition is empty", "--condition", " "},
                {"unknown factor 'policy.nope'", "--condition", condition, "--factors", "policy.wageSubsidy,policy.nope"},
                {"holds in none of the 12 runs", "--condition", "poverty_rate > 0.9 in 2015"},
                {"--peel-alpha 0.7", "--condition", condition, "--peel-alpha", "0.7"},
                {"--box 99 ", "--condition", condition, "--box", "99"},
                {"not both", "--condition", condition, "--box", "1", "--min-density", "0.5"},
                {"missing --condition", "--factors", "policy.wageSubsidy"},
        };
        for (String[] c : cases) {
            String[] args = new String[c.length + 3];
            args[0] = "discover";
            args[1] = sweep.toString();
            System.arraycopy(c, 1, args, 2, c.length - 1);
            args[c.length + 1] = "--out";
            args[c.length + 2] = out.toString();
            String line = MainTest.run(args).userError();
            assertTrue(line.contains(c[0].strip()) || line.contains(c[0]), c[0] + " in: " + line);
            assertFalse(Files.exists(out), "nothing written for " + c[0]);
        }
        assertEquals(before, listing(sweep));
        String line = MainTest.run("discover", tmp.resolve("nope").toString(), "--condition", condition).userError();
        assertTrue(line.contains("not found"), line);
    }
}
