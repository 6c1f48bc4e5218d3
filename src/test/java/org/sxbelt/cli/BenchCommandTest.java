package org.sxbelt.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sxbelt.experiment.bench.BenchTables;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sxbelt.cli.MainTest.run;

/** End-to-end {@code sxbelt bench} at scale 1000 for 6 months (no timing assertions) and its option errors. */
class BenchCommandTest {

    @TempDir
    Path tmp;

    @Test
    void writesBenchCsvAndPrintsTheTables() throws IOException {
        Path out = tmp.resolve("bench");
        MainTest.Result r = run("bench", "--scales", "1000", "--months", "6", "--sweep-threads", "1",
                "--sweep-runs", "2", "--sweep-scale", "1000", "--sweep-months", "3", "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err(), "--quiet");
        assertTrue(r.out().startsWith("Machine\n  cores: "), r.out());
        assertTrue(r.out().contains("person-months/s") && r.out().contains("heap after start, after GC")
                && r.out().contains("labour market") && r.out().contains("model sweep"), r.out());
        assertTrue(r.out().contains("\n1:1000 "), r.out());

        List<String> lines = Files.readAllLines(out.resolve("bench.csv"));
        assertEquals(2, lines.size(), "header and the one scale");
        List<String> header = List.of(lines.get(0).split(","));
        assertEquals(BenchTables.csvHeader(), header);
        String[] cells = lines.get(1).split(",");
        assertEquals(header.size(), cells.length);
        assertEquals("1000", cells[0]);
        assertEquals("6", cells[header.indexOf("months")]);
        for (String col : List.of("persons", "person_months", "wall_s", "person_months_per_s", "heap_after_start_mb",
                "heap_after_start_bytes_per_person", "peak_heap_mb", "peak_heap_bytes_per_person")) {
            assertTrue(Double.parseDouble(cells[header.indexOf(col)]) > 0, col + " = " + cells[header.indexOf(col)]);
        }
        List<String> sweep = Files.readAllLines(out.resolve("bench-sweep.csv"));
        assertEquals(String.join(",", BenchTables.SWEEP_COLUMNS), sweep.get(0));
        assertEquals(4, sweep.size(), "model sweep, cpu loop and memory stream at 1 thread");
        assertTrue(sweep.get(1).startsWith("model sweep,1,2,"), sweep.get(1));
        assertTrue(Files.readString(out.resolve("bench-machine.txt")).contains("max heap: "));
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of("bench-machine.txt", "bench-sweep.csv", "bench.csv"),
                    s.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary files or folders left");
        }
    }

    @Test
    void badScalesAreOneLineErrorsNamingTheRange() {
        for (String bad : List.of("0", "5000", "1000,abc", "", "100,,10", "-1")) {
            String line = run("bench", "--scales", bad, "--out", tmp.toString()).userError();
            assertTrue(line.startsWith("error: --scales = " + bad + ": "), line);
            assertTrue(line.contains("[1, 1000]"), line);
        }
        assertEquals("error: --scales = 1000,5000: 5000 is out of range: expected comma-separated whole numbers in "
                + "[1, 1000] (real persons per simulated person)", run("bench", "--scales", "1000,5000").userError());
        assertTrue(run("bench", "--sweep-threads", "0").userError().contains("--sweep-threads"));
        assertTrue(run("bench", "--months", "0").userError().contains("[1, 600]"));
        assertTrue(run("bench", "--repeat", "x").userError().contains("--repeat"));
        assertTrue(run("bench", "--threads", "0").userError().contains("--threads"));
        for (String bad : List.of("2014-12", "2020-13", "soon", "2064-12")) {
            String line = run("bench", "--checkpoint", bad, "--out", tmp.toString()).userError();
            assertEquals("error: --checkpoint " + bad + ": expected a month (YYYY-MM) from 2015-01 to 2064-11, or none", line);
        }
    }

    @Test
    void aTooSmallHeapForScaleOneIsReportedWithTheFix() {
        String msg = BenchCommand.heapProblem(List.of(1000, 1), 2L << 30);
        assertTrue(msg.startsWith("scale 1 needs a Java heap of at least 3.0 GB but this JVM has 2.1 GB"), msg);
        assertTrue(msg.contains("SXBELT_HEAP=10g ./sxbelt bench") && !msg.contains("\n"), msg);
        assertNull(BenchCommand.heapProblem(List.of(1000, 1), 10L << 30));
        assertNull(BenchCommand.heapProblem(List.of(1000, 10), 1L << 30), "1:10 needs a tenth");
    }
}
