package org.sxbelt.experiment.bench;

import org.sxbelt.experiment.stats.Csv;
import org.sxbelt.model.BeltModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's tables as header and rows of cells, for the terminal (rendered by the CLI) and as
 * CSV: bench.csv has one row per scale with every measure and the phase shares as columns;
 * bench-sweep.csv one row per kind of work and thread count.
 */
public final class BenchTables {

    /** bench.csv columns before the phase shares. */
    public static final List<String> SCALE_COLUMNS = List.of("scale", "persons", "persons_end", "months",
            "person_months", "runs", "setup_s", "wall_s", "cpu_s", "gc_s", "person_months_per_s", "step_person_months_per_s",
            "heap_after_start_mb", "heap_after_start_bytes_per_person", "agent_array_bytes_per_person", "peak_heap_mb",
            "peak_heap_bytes_per_person");
    /** bench-sweep.csv columns. */
    public static final List<String> SWEEP_COLUMNS = List.of("kind", "threads", "units", "unit", "wall_s",
            "units_per_minute", "speedup");

    private BenchTables() {}

    /** The CSV column of a phase's share: {@code share_labour_market}. */
    public static String shareColumn(String phase) {
        return "share_" + phase.replace(' ', '_');
    }

    /** Every bench.csv column. */
    public static List<String> csvHeader() {
        List<String> h = new ArrayList<>(SCALE_COLUMNS);
        for (String p : BeltModel.PHASES) h.add(shareColumn(p));
        return h;
    }

    public static List<String> csvRow(ScaleResult r) {
        List<String> c = new ArrayList<>();
        c.add(String.valueOf(r.scale()));
        c.add(String.valueOf(r.persons()));
        c.add(String.valueOf(r.personsAtEnd()));
        c.add(String.valueOf(r.months()));
        c.add(String.valueOf(r.personMonths()));
        c.add(String.valueOf(r.repeats()));
        c.add(f("%.3f", r.setupSeconds()));
        c.add(f("%.3f", r.wallSeconds()));
        c.add(Double.isNaN(r.cpuSeconds()) ? "NA" : f("%.3f", r.cpuSeconds()));
        c.add(f("%.3f", r.gcSeconds()));
        c.add(f("%.0f", r.personMonthsPerSecond()));
        c.add(f("%.0f", r.stepPersonMonthsPerSecond()));
        c.add(f("%.1f", r.heapAfterStartBytes() / 1048576.0));
        c.add(f("%.1f", r.heapAfterStartPerPerson()));
        c.add(f("%.1f", r.agentBytesPerPerson()));
        c.add(f("%.1f", r.peakHeapBytes() / 1048576.0));
        c.add(f("%.1f", r.peakHeapPerPerson()));
        for (String p : BeltModel.PHASES) c.add(f("%.4f", r.phaseShare(p)));
        return c;
    }

    /** bench.csv: header and one row per scale. */
    public static String csv(List<ScaleResult> results) {
        List<List<String>> rows = new ArrayList<>();
        for (ScaleResult r : results) rows.add(csvRow(r));
        return csv(csvHeader(), rows);
    }

    /** bench-sweep.csv. */
    public static String sweepCsv(List<SweepResult> results) {
        List<List<String>> rows = new ArrayList<>();
        for (SweepResult r : results) {
            rows.add(List.of(r.kind(), String.valueOf(r.threads()), String.valueOf(r.units()), r.unitLabel(),
                    f("%.3f", r.wallSeconds()), f("%.2f", r.unitsPerMinute()), f("%.3f", r.speedup())));
        }
        return csv(SWEEP_COLUMNS, rows);
    }

    /** bench-checkpoint.csv columns. */
    public static final List<String> CHECKPOINT_COLUMNS = List.of("codec", "chosen", "scale", "months", "persons",
            "bytes", "bytes_per_person", "write_s", "read_s", "repeats", "same_state");

    /** bench-checkpoint.csv: one row per scale and codec. */
    public static String checkpointCsv(List<CheckpointResult> results) {
        List<List<String>> rows = new ArrayList<>();
        for (CheckpointResult r : results) {
            rows.add(List.of(r.codec(), String.valueOf(r.chosen()), String.valueOf(r.scale()), String.valueOf(r.months()),
                    String.valueOf(r.persons()), String.valueOf(r.bytes()), f("%.2f", r.bytesPerPerson()),
                    f("%.3f", r.writeSeconds()), f("%.3f", r.readSeconds()), String.valueOf(r.repeats()),
                    String.valueOf(r.sameState())));
        }
        return csv(CHECKPOINT_COLUMNS, rows);
    }

    // ---- terminal tables -----------------------------------------------------------------------

    public static final List<String> TABLE_HEADER = List.of("scale", "persons", "months", "wall s", "CPU s", "setup s",
            "person-months/s", "heap after start, after GC", "B/person", "peak heap", "B/person", "GC s");

    public static List<List<String>> tableRows(List<ScaleResult> results) {
        List<List<String>> rows = new ArrayList<>();
        for (ScaleResult r : results) {
            rows.add(List.of("1:" + r.scale(), f("%,d", r.persons()), String.valueOf(r.months()),
                    f("%.1f", r.wallSeconds()), Double.isNaN(r.cpuSeconds()) ? "n/a" : f("%.1f", r.cpuSeconds()),
                    f("%.1f", r.setupSeconds()),
                    f("%.2fM", r.personMonthsPerSecond() / 1e6), mb(r.heapAfterStartBytes()),
                    f("%.0f", r.heapAfterStartPerPerson()), mb(r.peakHeapBytes()), f("%.0f", r.peakHeapPerPerson()),
                    f("%.1f", r.gcSeconds())));
        }
        return rows;
    }

    /** Phase shares: scale, then one column per phase, in percent of the phases' time. */
    public static List<String> phaseHeader() {
        List<String> h = new ArrayList<>();
        h.add("scale");
        h.addAll(BeltModel.PHASES);
        return h;
    }

    public static List<List<String>> phaseRows(List<ScaleResult> results) {
        List<List<String>> rows = new ArrayList<>();
        for (ScaleResult r : results) {
            List<String> c = new ArrayList<>();
            c.add("1:" + r.scale());
            for (String p : BeltModel.PHASES) c.add(f("%.1f%%", 100 * r.phaseShare(p)));
            rows.add(c);
        }
        return rows;
    }

    public static final List<String> SWEEP_HEADER = List.of("work", "threads", "units", "wall s", "units/min",
            "speed-up");

    public static List<List<String>> sweepRows(List<SweepResult> results) {
        List<List<String>> rows = new ArrayList<>();
        for (SweepResult r : results) {
            rows.add(List.of(r.kind(), String.valueOf(r.threads()), String.valueOf(r.units()),
                    f("%.1f", r.wallSeconds()), f("%.1f", r.unitsPerMinute()), f("%.2fx", r.speedup())));
        }
        return rows;
    }

    public static final List<String> CHECKPOINT_HEADER = List.of("codec", "scale", "persons", "bytes", "B/person",
            "write s", "read s", "same state");

    public static List<List<String>> checkpointRows(List<CheckpointResult> results) {
        List<List<String>> rows = new ArrayList<>();
        for (CheckpointResult r : results) {
            rows.add(List.of(r.codec() + (r.chosen() ? " (chosen)" : ""), "1:" + r.scale(), f("%,d", r.persons()),
                    f("%,d", r.bytes()), f("%.1f", r.bytesPerPerson()), f("%.2f", r.writeSeconds()),
                    f("%.2f", r.readSeconds()), r.sameState() ? "yes" : "NO"));
        }
        return rows;
    }

    // ---- plumbing ------------------------------------------------------------------------------

    static String mb(long bytes) {
        return bytes >= 1L << 30 ? f("%.2f GiB", bytes / (double) (1L << 30)) : f("%.0f MiB", bytes / 1048576.0);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    static String csv(List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        Csv.append(sb, header);
        for (List<String> r : rows) Csv.append(sb, r);
        return sb.toString();
    }
}
