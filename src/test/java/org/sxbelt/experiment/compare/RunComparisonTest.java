package org.sxbelt.experiment.compare;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sxbelt.experiment.stats.ExperimentDataException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunComparisonTest {

    @TempDir
    Path tmp;

    private Path run(String name, String rows) throws IOException {
        Path d = tmp.resolve(name);
        Files.createDirectories(d);
        Files.writeString(d.resolve(RunIndicators.FILE_NAME), "month,level,unit,indicator,value\n" + rows);
        Files.writeString(d.resolve(RunIndicators.MANIFEST), "{\"scenario\":{\"name\":\"" + name + "\"},\"seed\":3}");
        return d;
    }

    private static final String A = """
            2015-01,belt,belt,jobs,100
            2015-01,belt,belt,rate,NA
            2015-01,county,kuqa,jobs,60
            2015-01,county,shule,jobs,40
            2015-02,belt,belt,jobs,110
            2015-02,belt,belt,rate,0.5
            2015-02,county,kuqa,jobs,65
            2015-02,county,shule,jobs,45
            2015-03,belt,belt,jobs,120
            2015-03,belt,belt,rate,0.5
            2015-03,county,kuqa,jobs,70
            2015-03,county,shule,jobs,50
            """;

    @Test
    void differencesFirstMonthAndCounties() throws IOException {
        // B: the same in January, shule's jobs differ from February, the belt's from March
        String b = A.replace("2015-02,county,shule,jobs,45", "2015-02,county,shule,jobs,47")
                .replace("2015-03,belt,belt,jobs,120", "2015-03,belt,belt,jobs,90")
                .replace("2015-03,county,kuqa,jobs,70", "2015-03,county,kuqa,jobs,50")
                .replace("2015-03,county,shule,jobs,50", "2015-03,county,shule,jobs,40");
        RunComparison c = RunComparison.of(RunIndicators.read(run("a", A)), RunIndicators.read(run("b", b)));
        assertEquals("a (a, seed 3)", c.a().label());
        assertEquals("2015-02", c.firstDifference());
        assertEquals(new RunIndicators.Series("county", "shule", "jobs"), c.firstDifferent());
        assertEquals(2, c.belt().size());
        RunComparison.Indicator jobs = c.belt().get(0);
        assertEquals("jobs", jobs.indicator());
        assertEquals("2015-03", jobs.firstDifference());
        assertEquals(-30, jobs.difference(), 1e-12);
        assertEquals(-0.25, jobs.relative(), 1e-12);
        assertNull(c.belt().get(1).firstDifference(), "NA equals NA; the rate never differs");
        assertEquals(List.of(jobs), c.differing());
        // kuqa -20 before shule -10
        List<RunComparison.CountyEffect> counties = c.counties("jobs", 5);
        assertEquals("kuqa", counties.get(0).county());
        assertEquals(-20, counties.get(0).difference(), 1e-12);
        assertEquals("shule", counties.get(1).county());
        assertEquals("""
                indicator,county,month,a,b,difference,relative_difference,rank
                jobs,kuqa,2015-03,70,50,-20,-0.285714,1
                jobs,shule,2015-03,50,40,-10,-0.2,2
                """, c.countiesCsv());
        assertTrue(c.beltCsv().contains("2015-03,jobs,120,90,-30\n"), c.beltCsv());
        assertTrue(c.summaryCsv().contains("jobs,2015-03,2015-03,120,90,-30,-0.25\n"), c.summaryCsv());
    }

    @Test
    void identicalRunsAndRunsOfDifferentLength() throws IOException {
        RunComparison same = RunComparison.of(RunIndicators.read(run("a", A)), RunIndicators.read(run("b", A)));
        assertNull(same.firstDifference());
        assertTrue(same.differing().isEmpty());
        // a shorter run: the common months only
        String shortRun = A.lines().filter(l -> !l.startsWith("2015-03")).reduce("", (x, y) -> x + y + "\n");
        RunComparison part = RunComparison.of(RunIndicators.read(run("a", A)), RunIndicators.read(run("c", shortRun)));
        assertEquals(List.of("2015-01", "2015-02"), part.months());
        assertNull(part.firstDifference());
    }

    @Test
    void badFoldersNameTheFileAndLine() throws IOException {
        String line = assertThrows(ExperimentDataException.class, () -> RunIndicators.read(tmp.resolve("none"))).getMessage();
        assertTrue(line.contains("not found"), line);
        Path bad = run("bad", "2015-01,belt,belt,jobs,many\n");
        line = assertThrows(ExperimentDataException.class, () -> RunIndicators.read(bad)).getMessage();
        assertTrue(line.contains("line 2") && line.contains("'many'"), line);
        Path twice = run("twice", "2015-01,belt,belt,jobs,1\n2015-01,belt,belt,jobs,2\n");
        line = assertThrows(ExperimentDataException.class, () -> RunIndicators.read(twice)).getMessage();
        assertTrue(line.contains("a second value"), line);
        Path other = run("other", "2016-01,belt,belt,jobs,1\n");
        line = assertThrows(ExperimentDataException.class,
                () -> RunComparison.of(RunIndicators.read(run("a", A)), RunIndicators.read(other))).getMessage();
        assertTrue(line.contains("share no month"), line);
    }
}
