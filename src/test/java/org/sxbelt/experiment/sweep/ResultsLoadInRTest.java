package org.sxbelt.experiment.sweep;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sxbelt.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The promise to economists: results.csv (and results.csv.gz) of a sweep loads with one call in R, with the value column
 * numeric (NA for missing) and the factor and scenario columns intact. Needs Rscript (Debian
 * r-base-core, installed by .ci/run); skipped where it is absent.
 */
class ResultsLoadInRTest {

    @Test
    void resultsCsvLoadsWithOneCallInR(@TempDir Path out) throws Exception {
        assumeTrue(new File("/usr/bin/Rscript").canExecute(), "Rscript not installed");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err),
                "sweep", "scenarios/experiments/smoke.toml", "--out", out.toString(), "--quiet");
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        Path results = out.resolve("smoke/results.csv");
        long rows = Files.lines(results).count() - 1;

        String script = "d <- read.csv('" + results + "'); "
                + "cat(nrow(d), ncol(d), is.numeric(d$value), length(unique(d$scenario)), "
                + "length(unique(d$run)), sum(is.na(d$value)) < nrow(d), '\\n')";
        Process p = new ProcessBuilder("Rscript", "-e", script).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "Rscript timed out");
        String answer = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, p.exitValue(), answer);
        List<String> f = List.of(answer.split("\\s+"));
        assertEquals(Long.toString(rows), f.get(0), "all rows read: " + answer);
        assertEquals("10", f.get(1), "run,point,replicate,seed,scenario,month,level,unit,indicator,value (no factors): " + answer);
        assertEquals("TRUE", f.get(2), "value column numeric: " + answer);
        assertEquals("2", f.get(3), "two scenarios: " + answer);
        assertEquals("4", f.get(4), "four runs: " + answer);
        assertEquals("TRUE", f.get(5), "values present: " + answer);

        // --format csv.gz: read.csv opens the gzipped file itself, one call, the same data frame
        code = Main.execute(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err),
                "sweep", "scenarios/experiments/smoke.toml", "--out", out.resolve("gz").toString(), "--quiet",
                "--format", "csv.gz");
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        Path gz = out.resolve("gz/smoke/results.csv.gz");
        String same = "a <- read.csv('" + results + "'); b <- read.csv('" + gz + "'); cat(identical(a, b), nrow(b), '\\n')";
        p = new ProcessBuilder("Rscript", "-e", same).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "Rscript timed out");
        answer = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, p.exitValue(), answer);
        assertEquals("TRUE " + rows, answer, "read.csv of results.csv.gz gives the same data frame");
    }
}
