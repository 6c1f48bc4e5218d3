package org.sxbelt.experiment.bench;

import org.junit.jupiter.api.Test;
import org.sxbelt.model.BeltModel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark's CSV and terminal tables from hand-made results (no model runs). */
class BenchTablesTest {

    static ScaleResult result(int scale, long wallNanos) { return result(scale, wallNanos, 2_500_000_000L); }

    static ScaleResult result(int scale, long wallNanos, long cpuNanos) {
        Map<String, Long> phases = new LinkedHashMap<>();
        for (String p : BeltModel.PHASES) phases.put(p, 0L);
        phases.put("labour market", 3_000_000_000L);
        phases.put("households", 1_000_000_000L);
        return new ScaleResult(scale, 1_000_000, 1_010_000, 10, 10_000_000, 1, 500_000_000L, wallNanos,
                100_000_000L, cpuNanos, 60_000_000L, 45_000_000L, 200_000_000L, phases);
    }

    @Test
    void csvHasOneRowPerScaleWithEveryMeasureAndThePhaseShares() {
        String csv = BenchTables.csv(List.of(result(100, 2_000_000_000L), result(10, 4_000_000_000L)));
        List<String> lines = csv.lines().toList();
        assertEquals(3, lines.size());
        List<String> header = List.of(lines.get(0).split(","));
        assertEquals(BenchTables.csvHeader(), header);
        assertTrue(header.containsAll(List.of("scale", "persons", "months", "wall_s", "person_months_per_s",
                "heap_after_start_mb", "heap_after_start_bytes_per_person", "peak_heap_mb",
                "peak_heap_bytes_per_person", "share_relocation", "share_labour_market", "share_production",
                "share_households", "share_observation")), header.toString());
        Map<String, String> row = new LinkedHashMap<>();
        String[] cells = lines.get(1).split(",");
        assertEquals(header.size(), cells.length);
        for (int i = 0; i < cells.length; i++) row.put(header.get(i), cells[i]);
        assertEquals("100", row.get("scale"));
        assertEquals("1000000", row.get("persons"));
        assertEquals("2.000", row.get("wall_s"));
        assertEquals("2.500", row.get("cpu_s"), "the process's CPU time, threads, collector and compiler included");
        assertEquals("5000000", row.get("person_months_per_s"), "10M person-months in 2 s");
        assertEquals("6666667", row.get("step_person_months_per_s"), "10M person-months in 1.5 s of steps");
        assertEquals("60.0", row.get("heap_after_start_bytes_per_person"));
        assertEquals("45.0", row.get("agent_array_bytes_per_person"));
        assertEquals("200.0", row.get("peak_heap_bytes_per_person"));
        assertEquals("0.7500", row.get("share_labour_market"));
        assertEquals("0.2500", row.get("share_households"));
        assertEquals("0.0000", row.get("share_relocation"));
        assertTrue(lines.get(2).startsWith("10,"), lines.get(2));
    }

    @Test
    void cpuTimeTheJvmCannotMeasureIsMissingNotZero() {
        ScaleResult r = result(100, 2_000_000_000L, -1);
        assertTrue(Double.isNaN(r.cpuSeconds()));
        List<String> header = BenchTables.csvHeader();
        assertEquals("NA", BenchTables.csvRow(r).get(header.indexOf("cpu_s")));
        assertEquals("n/a", BenchTables.tableRows(List.of(r)).get(0).get(BenchTables.TABLE_HEADER.indexOf("CPU s")));
        assertEquals("2.5", BenchTables.tableRows(List.of(result(100, 2_000_000_000L))).get(0)
                .get(BenchTables.TABLE_HEADER.indexOf("CPU s")));
    }

    @Test
    void theProcessCpuClockRunsWithWork() {
        long before = ProcessCpu.nanos();
        org.junit.jupiter.api.Assumptions.assumeTrue(before >= 0, "this JVM does not report process CPU time");
        long x = 0;
        for (long i = 0; i < 200_000_000L; i++) x += i ^ (x >>> 3);
        long spent = ProcessCpu.between(before, ProcessCpu.nanos());
        assertTrue(spent > 0, "CPU time grew over a busy loop (" + x + ")");
        assertEquals(-1, ProcessCpu.between(-1, 5));
    }

    @Test
    void sweepCsvQuotesTheUnitAndGivesSpeedUps() {
        List<SweepResult> rs = Bench.relative(List.of(
                new SweepResult("model sweep", 1, 16, "runs (baseline, scale 500, 72 months)", 60_000_000_000L, 1),
                new SweepResult("model sweep", 2, 16, "runs (baseline, scale 500, 72 months)", 40_000_000_000L, 1)));
        assertEquals(1.5, rs.get(1).speedup(), 1e-12);
        assertEquals(16.0, rs.get(0).unitsPerMinute(), 1e-12);
        List<String> lines = BenchTables.sweepCsv(rs).lines().toList();
        assertEquals(String.join(",", BenchTables.SWEEP_COLUMNS), lines.get(0));
        assertEquals("model sweep,2,16,\"runs (baseline, scale 500, 72 months)\",40.000,24.00,1.500", lines.get(2));
    }

    @Test
    void terminalRowsMatchTheirHeaders() {
        List<ScaleResult> rs = List.of(result(1000, 2_000_000_000L));
        List<List<String>> rows = BenchTables.tableRows(rs);
        assertEquals(BenchTables.TABLE_HEADER.size(), rows.get(0).size());
        assertEquals("1:1000", rows.get(0).get(0));
        assertEquals("5.00M", rows.get(0).get(BenchTables.TABLE_HEADER.indexOf("person-months/s")));
        assertEquals("57 MiB", rows.get(0).get(BenchTables.TABLE_HEADER.indexOf("heap after start, after GC")));
        List<List<String>> phases = BenchTables.phaseRows(rs);
        assertEquals(BenchTables.phaseHeader().size(), phases.get(0).size());
        assertEquals("75.0%", phases.get(0).get(1 + BeltModel.PHASES.indexOf("labour market")));
        assertEquals("1.50 GiB", BenchTables.mb(3L << 29));
    }

    @Test
    void theMedianRunByWallTimeIsReportedWithTheNumberOfRuns() {
        ScaleResult m = Bench.median(List.of(result(10, 5), result(10, 1), result(10, 3)));
        assertEquals(3, m.wallNanos());
        assertEquals(3, m.repeats());
        assertEquals(1, Bench.median(List.of(result(10, 1), result(10, 9))).wallNanos(), "even: the lower middle");
    }
}
