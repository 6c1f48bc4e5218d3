package org.sxbelt.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sxbelt.experiment.CalibrationTargets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sxbelt.cli.MainTest.run;

/** {@code sxbelt calibrate}: a small end-to-end run, and one line with exit 2 for every bad option. */
class CalibrateCommandTest {

    @TempDir
    Path tmp;

    private Path file(String name, String text) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private Path targets() throws IOException {
        return file("targets.csv", CalibrationTargets.HEADER + "\n"
                + "ill,fitted,Illnesses (persons/month),mean,illnesses,belt,belt,2015-01,2015-03,9000,12000,0,test,\n"
                + "pop,tested,Population (persons),mean,population,belt,belt,2015-01,2015-03,1,1e9,0,test,\n");
    }

    private Path parameters() throws IOException {
        return file("free.csv", "key,low,high,why\nhealth.illnessRate,0.003,0.03,test\n");
    }

    @Test
    void aSmallCalibrationWritesItsFilesAndTheFittedScenarioRuns() throws IOException {
        Path out = tmp.resolve("out");
        MainTest.Result r = run("calibrate", "--targets", targets().toString(), "--parameters", parameters().toString(),
                "--scale", "1000", "--budget", "7", "--population", "3", "--replications", "1", "--threads", "2",
                "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err(), "--quiet");
        assertTrue(r.out().startsWith("Best of 7 evaluations: evaluation "), r.out());
        // the start column: the baseline's value
        String start = org.sxbelt.params.NumberText.data(org.sxbelt.params.ParamSchema.ILLNESS_RATE.defaultValue());
        assertTrue(r.out().contains("health.illnessRate") && r.out().contains(" " + start + " "), r.out());
        Path folder = out.resolve("calibration-baseline");
        List<String> rows = Files.readAllLines(folder.resolve("calibration.csv"));
        assertEquals("evaluation,generation,loss,health.illnessRate,unit.health.illnessRate,error.ill,error.pop", rows.get(0));
        assertEquals(8, rows.size());
        assertTrue(Files.size(folder.resolve("convergence.png")) > 1000);
        // budget 7 at population 3: generations 1 and 2 complete, the last one summarised
        List<String> table = Files.readAllLines(folder.resolve("fitted.csv"));
        assertEquals("parameter,low,high,fitted,best,final_mean,final_sd,final_generation,identified", table.get(0));
        assertEquals(2, table.size());
        String[] cells = table.get(1).split(",", -1);
        assertEquals("health.illnessRate", cells[0]);
        assertEquals("2", cells[7]);
        assertTrue(Double.parseDouble(cells[6]) > 0, table.get(1));
        assertEquals(Double.parseDouble(cells[5]), Double.parseDouble(cells[3]), 1e-6, "fitted: the final mean, rounded");
        assertTrue(r.out().contains("fitted: the mean of CMA-ES's last complete generation (2, 3 candidates)"), r.out());
        assertTrue(Files.readString(folder.resolve("calibration-baseline-fitted.toml"))
                .contains("\"health.illnessRate\" = " + cells[3] + "\n"), "the fitted scenario holds the fitted value");
        Path fitted = folder.resolve("calibration-baseline-fitted.toml");
        assertTrue(Files.readString(fitted).contains("extends = \"baseline\""));
        MainTest.Result again = run("run", "--scenario", fitted.toString(), "--scale", "1000", "--months", "2",
                "--out", tmp.resolve("runs").toString(), "--quiet");
        assertEquals(0, again.code(), again.err());
    }

    private static void refused(String expected, String... args) {
        MainTest.Result r = run(args);
        assertEquals(2, r.code(), r.err());
        assertEquals("error: " + expected, r.err().strip());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }

    @Test
    void badOptionsGetOneLineAndExitTwo() throws IOException {
        String out = tmp.resolve("bad").toString();
        refused("--sigma = 2 is out of range: expected a number in (0, 1]", "calibrate", "--sigma", "2", "--out", out);
        refused("--sigma = x is not a number: expected a number in (0, 1]", "calibrate", "--sigma", "x", "--out", out);
        refused("--budget = 0 is out of range: expected a whole number in [1, 100000]", "calibrate", "--budget", "0", "--out", out);
        refused("--replications = 101 is out of range: expected a whole number in [1, 100]", "calibrate", "--replications", "101", "--out", out);
        refused("--population = 1 is out of range: expected a whole number in [2, 1000]", "calibrate", "--population", "1", "--out", out);
        refused("--profile = 3 is out of range: expected 0 or a whole number in [5, 50]", "calibrate", "--profile", "3", "--out", out);
        refused("--holdout: no target no_such_fact", "calibrate", "--holdout", "no_such_fact", "--out", out);
        refused("--holdout: population_2018 is input, not fitted: only fitted facts can be held out",
                "calibrate", "--holdout", "population_2018", "--out", out);
        refused("--parameters: parameter file " + tmp.resolve("none.csv") + " not found",
                "calibrate", "--parameters", tmp.resolve("none.csv").toString(), "--out", out);
        Path bad = file("bad.csv", "key,low,high,why\nlabor.quitRate,0,0.9,x\n");
        refused("--parameters: " + bad + " line 2: labor.quitRate: bounds 0..0.9 must lie in its allowed range 0..0.5",
                "calibrate", "--parameters", bad.toString(), "--out", out);
        refused("--name a/b is not a folder name: use letters, digits and . _ + = @ -", "calibrate", "--name", "a/b", "--out", out);
        assertFalse(Files.exists(Path.of(out)), "nothing written for a refused command");
    }
}
