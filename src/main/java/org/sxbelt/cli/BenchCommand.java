package org.sxbelt.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import com.beust.jcommander.ParametersDelegate;
import org.sxbelt.experiment.bench.Bench;
import org.sxbelt.experiment.bench.BenchTables;
import org.sxbelt.experiment.bench.Machine;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.output.AtomicFiles;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.Scenario;
import org.sxbelt.params.SimMonthFormat;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code sxbelt bench}: the model's speed and memory at several scales, and the parallel scaling of a sweep. */
@Parameters(commandNames = "bench", separators = "= ", commandDescription = "Benchmark the model: run the full "
        + "belt scenario at each scale (coarsest first, one at a time in this JVM, no output files: it measures the "
        + "model, not CSV writing) and print, per scale, simulated persons, months, wall time, person-months per "
        + "second, the heap after start (after a full GC) and the peak heap, per person, and the share of each "
        + "monthly phase; then the speed-up of a sweep of small runs (and of two reference loops) from 1 to more "
        + "threads; with --checkpoint, the size and speed of checkpoint files. Writes bench.csv, bench-sweep.csv and "
        + "bench-machine.txt (and bench-checkpoint.csv) to --out. A 1:1 run needs a heap of about 3 GB or more: "
        + "./sxbelt gives it 5 GB at --scales ..,1, or set SXBELT_HEAP=10g. See docs/PERFORMANCE.md.")
public final class BenchCommand implements Command {

    static final int MAX_REPEAT = 100;
    static final int MAX_SWEEP_RUNS = 10_000;
    public static final String CSV = "bench.csv";
    public static final String SWEEP_CSV = "bench-sweep.csv";
    public static final String MACHINE = "bench-machine.txt";
    public static final String CHECKPOINT_CSV = "bench-checkpoint.csv";

    @Parameter(names = "--scales", description = "Comma-separated scales (real persons per simulated person), each "
            + "a whole number in [1, 1000]; run coarsest first.")
    @OptionHelp(arg = "<int,...>", byDefault = "1000,100,10,1")
    String scales = "1000,100,10,1";

    @Parameter(names = "--months", description = "Months per run, from 2015-01; a whole number in [1, 600].")
    @OptionHelp(arg = "<int>", byDefault = "192 (2015-01 .. 2030-12)")
    String months = "192";

    @ParametersDelegate
    final ScenarioOption scenario = new ScenarioOption().help("--scenario", "Scenario: the name of a built-in "
            + "scenario or the path of a scenario TOML file (its run.months and run.scale are overridden).", "baseline");

    @ParametersDelegate
    final SeedOption seed = new SeedOption(1).help("--seed", "Model seed of every run; a whole number in "
            + "[0, 2147483647].", "1");

    @Parameter(names = "--repeat", description = "Runs per scale (and per sweep thread count); the median by wall "
            + "time is reported. A whole number in [1, " + MAX_REPEAT + "].")
    @OptionHelp(arg = "<int>", byDefault = "1")
    String repeat = "1";

    @ParametersDelegate
    final ThreadsOption threads = new ThreadsOption(1).help("--threads", "Worker threads inside each scale's run "
            + "(passes over persons; the results do not depend on it); a whole number in [1, " + ThreadsOption.MAX
            + "].", "1");

    @Parameter(names = "--sweep-threads", description = "Thread counts for the scaling measurement (a sweep of "
            + "small runs, a CPU loop and a memory stream, each with 1, 2, ... threads), comma-separated; 'none' to "
            + "skip it.")
    @OptionHelp(arg = "<int,...|none>", byDefault = "1,2")
    String sweepThreads = "1,2";

    // The scaling sweep's defaults are one generation of the documented calibration (ODD 10.4: 12 candidates x 3
    // replications at 1:300, 2015-01..2023-12), the batch a two-thread machine runs between two barriers.
    @Parameter(names = "--sweep-runs", description = "Runs in the scaling sweep; a whole number in [1, "
            + MAX_SWEEP_RUNS + "].")
    @OptionHelp(arg = "<int>", byDefault = "36")
    String sweepRuns = "36";

    @Parameter(names = "--sweep-scale", description = "Scale of the sweep's runs; a whole number in [1, 1000].")
    @OptionHelp(arg = "<int>", byDefault = "300")
    String sweepScale = "300";

    @Parameter(names = "--sweep-months", description = "Months of the sweep's runs; a whole number in [1, 600].")
    @OptionHelp(arg = "<int>", byDefault = "108")
    String sweepMonths = "108";

    @Parameter(names = "--checkpoint", description = "Also measure the checkpoint codecs: at each scale, simulate "
            + "from 2015-01 to the end of this month (YYYY-MM), then write that state to a checkpoint file and read it "
            + "back with each codec (Java serialisation of the model; a dedicated format of its primitive arrays; "
            + "GZIP levels), --repeat times each (median), and print bytes, bytes per person, write and read "
            + "seconds; writes bench-checkpoint.csv. 'none' to skip.")
    @OptionHelp(arg = "<YYYY-MM|none>", byDefault = "none")
    String checkpoint = "none";

    @Parameter(names = "--no-warm-up", description = "Skip the untimed warm-up run at the coarsest scale (JIT "
            + "compilation then counts in the first timed run).")
    @OptionHelp(byDefault = "off (warm up first)")
    boolean noWarmUp;

    @ParametersDelegate
    final OutputOptions out = new OutputOptions("output/bench")
            .help("--out", "Folder that receives bench.csv, bench-sweep.csv and bench-machine.txt; created if missing.",
                    "output/bench")
            .help("--quiet", "No progress lines on stderr.", "off (one line per run)");

    @Override
    public int call(PrintStream stdout, PrintStream stderr) throws Exception {
        // 1. Options.
        List<Integer> scaleList = wholeNumbers("--scales", scales, (int) ParamSchema.SCALE.min(),
                (int) ParamSchema.SCALE.max(), " (real persons per simulated person)");
        int monthCount = OptionValues.wholeNumber("--months", months, (int) ParamSchema.MONTHS.min(),
                (int) ParamSchema.MONTHS.max());
        long seedValue = seed.value();
        int repeats = OptionValues.wholeNumber("--repeat", repeat, 1, MAX_REPEAT);
        int runThreads = threads.count();
        List<Integer> threadList = sweepThreads.strip().equalsIgnoreCase("none") ? List.of()
                : wholeNumbers("--sweep-threads", sweepThreads, 1, ThreadsOption.MAX, "");
        int runs = OptionValues.wholeNumber("--sweep-runs", sweepRuns, 1, MAX_SWEEP_RUNS);
        int sScale = OptionValues.wholeNumber("--sweep-scale", sweepScale, (int) ParamSchema.SCALE.min(),
                (int) ParamSchema.SCALE.max());
        int sMonths = OptionValues.wholeNumber("--sweep-months", sweepMonths, (int) ParamSchema.MONTHS.min(),
                (int) ParamSchema.MONTHS.max());
        int checkpointMonths = checkpointMonths(checkpoint);
        Path outDir = out.folder();
        boolean quiet = out.quiet();

        // 2. Enough heap for the finest scale? Say so now rather than die of OutOfMemoryError later.
        String heap = heapProblem(scaleList, Runtime.getRuntime().maxMemory());
        if (heap != null) throw new CliException(heap);

        // 3. Scenario and geography.
        Scenario sc = scenario.load();
        BeltGeography geography = BeltGeography.loadDefault();

        // 4. The machine, then the runs, each printed as it ends.
        Machine machine = Machine.current();
        stdout.println("Machine");
        stdout.print(machine.text().lines().map(l -> "  " + l + "\n").reduce("", String::concat));
        stdout.printf(Locale.ROOT, "%nBenchmark: scenario %s, seed %d, %d months from 2015-01, scales %s, no output "
                        + "sinks (the model only), %d run%s per scale, %d thread%s per run%s%n%n", sc.name(), seedValue,
                monthCount, scaleList.stream().sorted((a, b) -> b - a).map(s -> "1:" + s).toList(), repeats,
                repeats == 1 ? "" : "s (median)", runThreads, runThreads == 1 ? "" : "s",
                noWarmUp ? ", no warm-up" : ", after an untimed warm-up run");
        stdout.flush();
        Bench.Options options = Bench.Options.builder(sc).seed(seedValue).months(monthCount).scales(scaleList)
                .repeat(repeats).threads(runThreads).warmUp(!noWarmUp)
                .sweepThreads(threadList).sweepRuns(runs).sweepScale(sScale).sweepMonths(sMonths).checkpointMonths(checkpointMonths).tempRoot(outDir)
                .progress(quiet ? null : line -> stderr.println("bench: " + line)).build();
        Bench.Report report = new Bench(options, geography).run(r -> {
            if (!quiet) stderr.printf(Locale.ROOT, "bench: scale %d done: %.1f s, %.2fM person-months/s%n", r.scale(),
                    r.wallSeconds(), r.personMonthsPerSecond() / 1e6);
        });

        // 5. Files, then the tables.
        Path csv = outDir.resolve(CSV);
        Path sweepCsv = outDir.resolve(SWEEP_CSV);
        Path machineTxt = outDir.resolve(MACHINE);
        Path checkpointCsv = outDir.resolve(CHECKPOINT_CSV);
        try {
            Files.createDirectories(outDir);
            AtomicFiles.writeString(csv, BenchTables.csv(report.scales()));
            AtomicFiles.writeString(sweepCsv, BenchTables.sweepCsv(report.scaling()));
            if (!report.checkpoints().isEmpty()) {
                AtomicFiles.writeString(checkpointCsv, BenchTables.checkpointCsv(report.checkpoints()));
            }
            AtomicFiles.writeString(machineTxt, machine.text() + "command: bench " + commandLine() + "\n");
        } catch (IOException e) {
            throw new CliException("--out " + out.given() + ": cannot write the benchmark files: " + e);
        }
        print(stdout, report);
        stdout.printf(Locale.ROOT, "%nWritten: %s, %s, %s%s%n", csv, sweepCsv, machineTxt,
                report.checkpoints().isEmpty() ? "" : ", " + checkpointCsv);
        return Main.OK;
    }

    /** The tables of a report, as the command prints them. */
    static void print(PrintStream stdout, Bench.Report report) {
        stdout.println("Speed and memory per scale (wall time includes setup; heap after start = the model's state)");
        stdout.print(TextTable.render(BenchTables.TABLE_HEADER, BenchTables.tableRows(report.scales())));
        stdout.println();
        stdout.println("Share of the monthly phases' time");
        stdout.print(TextTable.render(BenchTables.phaseHeader(), BenchTables.phaseRows(report.scales())));
        if (!report.scaling().isEmpty()) {
            stdout.println();
            Bench.Options o = report.options();
            stdout.printf(Locale.ROOT, "Parallel scaling (model sweep: %d runs of %s at scale %d, %d months, through "
                    + "the sweep runner)%n", o.sweepRuns(), o.scenario().name(), o.sweepScale(), o.sweepMonths());
            stdout.print(TextTable.render(BenchTables.SWEEP_HEADER, BenchTables.sweepRows(report.scaling())));
        }
        if (!report.checkpoints().isEmpty()) {
            stdout.println();
            stdout.printf(Locale.ROOT, "Checkpoints (state after %s; file size with header; median of %d write and read%s)%n",
                    SimMonthFormat.format(report.options().checkpointMonths() - 1), report.options().repeat(),
                    report.options().repeat() == 1 ? "" : "s");
            stdout.print(TextTable.render(BenchTables.CHECKPOINT_HEADER, BenchTables.checkpointRows(report.checkpoints())));
        }
    }

    /** Months to simulate before the checkpoint measurement ({@code --checkpoint YYYY-MM}), or 0 for none. */
    static int checkpointMonths(String text) {
        if (text.strip().equalsIgnoreCase("none")) return 0;
        Integer m = SimMonthFormat.parse(text);
        int last = (int) ParamSchema.MONTHS.max() - 2;
        if (m == null || m < 0 || m > last) {
            throw new CliException("--checkpoint " + text + ": expected a month (YYYY-MM) from " + SimMonthFormat.format(0)
                    + " to " + SimMonthFormat.format(last) + ", or none");
        }
        return m + 1;
    }

    /** Why this heap is too small for the finest of these scales, or null when it is large enough. */
    static String heapProblem(List<Integer> scaleList, long maxHeapBytes) {
        int finest = scaleList.stream().min(Integer::compare).orElseThrow();
        if (maxHeapBytes >= Bench.heapNeeded(finest)) return null;
        return String.format(Locale.ROOT, "scale %d needs a Java heap of at least %.1f GB but this JVM has %.1f GB: "
                        + "raise it, e.g. SXBELT_HEAP=10g ./sxbelt bench ... (or java -Xmx10g ...), or leave out "
                        + "the finest scales", finest, Bench.heapNeeded(finest) / 1e9,
                maxHeapBytes / 1e9);
    }

    private String commandLine() {
        return "--scales " + scales + " --months " + months + (scenario.given() == null ? "" : " --scenario " + scenario.given())
                + " --seed " + seed.given() + " --repeat " + repeat + " --threads " + threads.given() + " --sweep-threads " + sweepThreads
                + " --sweep-runs " + sweepRuns + " --sweep-scale " + sweepScale + " --sweep-months " + sweepMonths
                + (checkpoint.strip().equalsIgnoreCase("none") ? "" : " --checkpoint " + checkpoint)
                + (noWarmUp ? " --no-warm-up" : "");
    }

    /** A comma-separated list of whole numbers in [min, max]; the message names the range. */
    static List<Integer> wholeNumbers(String option, String text, int min, int max, String what) {
        String expected = "expected comma-separated whole numbers in [" + min + ", " + max + "]" + what;
        List<Integer> list = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String t = part.strip();
            long v;
            try {
                v = Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
            } catch (NumberFormatException e) {
                throw new CliException(option + " = " + text + ": '" + t + "' is not a whole number: " + expected);
            }
            if (v < min || v > max) {
                throw new CliException(option + " = " + text + ": " + t + " is out of range: " + expected);
            }
            if (!list.contains((int) v)) list.add((int) v);
        }
        return list;
    }
}
