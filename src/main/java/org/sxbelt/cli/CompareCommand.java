package org.sxbelt.cli;

import com.beust.jcommander.JCommander;
import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import org.sxbelt.experiment.compare.RunComparison;
import org.sxbelt.experiment.compare.RunIndicators;
import org.sxbelt.experiment.report.ComparisonReport;
import org.sxbelt.experiment.stats.ExperimentDataException;
import org.sxbelt.params.NumberText;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.Scenario;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code sxbelt compare RUN_A RUN_B}: two run folders side by side. */
@Parameters(commandNames = "compare", separators = "= ", commandDescription = "Compare two run folders written by "
        + "'run': compare <run A> <run B> [options], or run two scenarios with the same seed first: compare --scenarios "
        + "<A,B> [--seed --months --scale] (the run folders go into --out). Over the months both have, the difference B - A of every belt-wide "
        + "indicator by month, the first month where the runs differ (any indicator, any level; values compared "
        + "exactly), and at the last month the counties that differ most. Prints the summary and writes "
        + RunComparison.SUMMARY_FILE + ", " + RunComparison.BELT_FILE + ", " + RunComparison.COUNTY_FILE + " and "
        + ComparisonReport.FILE_NAME + " (a chart of both runs for each indicator that differs).")
public final class CompareCommand implements Command {

    /** Indicators listed on the terminal (the files have all). */
    static final int SHOWN = 10;

    @Parameter(description = "<run A> <run B>")
    List<String> runs = new ArrayList<>();

    @Parameter(names = "--scenarios", description = "Instead of two run folders: run these two scenarios (names or "
            + "files) with the same seed into --out first, as 'run' would, then compare them.")
    @OptionHelp(arg = "<A,B>", byDefault = "none (compare the two folders given)")
    String scenarios;

    @Parameter(names = "--seed", description = "With --scenarios: the seed of both runs.")
    @OptionHelp(arg = "<long>", byDefault = "the scenarios' run.seed (they must agree)")
    String seed;

    @Parameter(names = "--months", description = "With --scenarios: months to simulate (as run --months).")
    @OptionHelp(arg = "<int>", byDefault = "the scenarios' run.months")
    String months;

    @Parameter(names = "--scale", description = "With --scenarios: real persons per agent (as run --scale).")
    @OptionHelp(arg = "<int>", byDefault = "the scenarios' run.scale (100)")
    String scale;

    @Parameter(names = "--indicators", description = "Comma-separated belt-wide indicators to chart.")
    @OptionHelp(arg = "<a,b,c>", byDefault = "every belt-wide indicator that differs")
    String indicators;

    @Parameter(names = "--out", description = "Folder that receives the four files; created if missing.")
    @OptionHelp(arg = "<dir>", byDefault = "output/compare-<A>-vs-<B> (the folders' names)")
    String out;

    @Override
    public int call(PrintStream stdout, PrintStream stderr) throws Exception {
        System.setProperty("java.awt.headless", "true");
        for (String a : runs) {
            if (a.startsWith("-")) throw new CliException("unknown option " + a + " for 'compare' (see '" + Help.PROGRAM
                    + " compare --help')");
        }
        List<String> named = scenarios == null ? null : scenarioNames();
        if (named == null) {
            if (runs.size() != 2) throw new CliException("'compare' needs two run folders, got " + runs.size()
                    + ": usage: " + Help.PROGRAM + " compare <run A> <run B> [options], or compare --scenarios A,B");
            for (String[] o : new String[][] {{"--seed", seed}, {"--months", months}, {"--scale", scale}}) {
                if (o[1] != null) throw new CliException(o[0] + " goes with --scenarios (it sets the runs compare makes)");
            }
        } else if (!runs.isEmpty()) {
            throw new CliException("give two run folders or --scenarios, not both");
        }
        List<String> chosen = null;
        if (indicators != null) {
            chosen = new ArrayList<>();
            for (String s : indicators.split(",", -1)) {
                if (s.isBlank()) throw new CliException("--indicators " + indicators + ": an empty name; expected names such as a,b,c");
                chosen.add(s.strip());
            }
        }
        List<String> names = named != null ? checkScenarios(named) : null;
        String folder = out != null ? out : names != null ? "output/compare-" + names.get(0) + "-vs-" + names.get(1)
                : "output/compare-" + name(Path.of(runs.get(0))) + "-vs-" + name(Path.of(runs.get(1)));
        Path dir = OutputDirectoryValidator.check("--out", folder);
        Path a, b;
        if (names != null) {
            a = run(named.get(0), "a-" + names.get(0), folder, stdout, stderr);
            b = run(named.get(1), "b-" + names.get(1), folder, stdout, stderr);
        } else {
            a = SweepCommand.path("run folder", runs.get(0));
            b = SweepCommand.path("run folder", runs.get(1));
        }
        ComparisonReport.Written w;
        try {
            w = ComparisonReport.write(a, b, chosen, dir);
        } catch (ExperimentDataException e) {
            throw new CliException(e.getMessage(), e);
        } catch (IOException e) {
            throw new CliException("cannot write the comparison into " + dir + ": " + e + "; none of its files was written");
        }
        stdout.print(text(w.comparison()));
        stdout.println("Files:");
        for (Path p : w.files()) stdout.println("  " + p);
        return Main.OK;
    }

    private List<String> scenarioNames() {
        List<String> n = new ArrayList<>();
        for (String x : scenarios.split(",", -1)) n.add(x.strip());
        if (n.size() != 2 || n.get(0).isEmpty() || n.get(1).isEmpty()) {
            throw new CliException("--scenarios " + scenarios + ": expected two scenarios, e.g. --scenarios baseline,export-shock");
        }
        if (n.get(0).equals(n.get(1))) throw new CliException("--scenarios " + scenarios + ": the same scenario twice");
        return n;
    }

    /**
     * Loads both scenarios and checks they agree on the seed (unless --seed sets it), so that a mistake
     * in the second costs no run of the first; returns their names.
     */
    private List<String> checkScenarios(List<String> named) {
        List<String> names = new ArrayList<>();
        List<Integer> seeds = new ArrayList<>();
        for (String n : named) {
            ScenarioOption o = new ScenarioOption();
            o.scenario = n;
            Scenario sc = o.load();
            names.add(sc.name());
            seeds.add(sc.params().getInt(ParamSchema.SEED));
        }
        if (seed == null && !seeds.get(0).equals(seeds.get(1))) {
            throw new CliException("--scenarios: " + named.get(0) + " has run.seed " + seeds.get(0) + ", " + named.get(1)
                    + " " + seeds.get(1) + ": give --seed so that both runs use the same");
        }
        return names;
    }

    /** One scenario run by 'run' itself (same checks, same files) into {@code folder}/{@code name}. */
    private Path run(String scenarioText, String name, String folder, PrintStream stdout, PrintStream stderr)
            throws Exception {
        List<String> args = new ArrayList<>(List.of("--scenario", scenarioText, "--out", folder, "--quiet", "--name", name));
        if (seed != null) args.addAll(List.of("--seed", seed));
        if (months != null) args.addAll(List.of("--months", months));
        if (scale != null) args.addAll(List.of("--scale", scale));
        RunCommand run = new RunCommand();
        JCommander.newBuilder().addObject(run).build().parse(args.toArray(new String[0]));
        int code = run.call(stdout, stderr);
        if (code != Main.OK) throw new CliException("compare: the run of " + scenarioText + " ended with status " + code);
        return Path.of(folder).resolve(name);
    }

    private static String name(Path p) {
        Path n = p.toAbsolutePath().normalize().getFileName();
        return n == null ? "run" : n.toString();
    }

    /** The terminal summary: what was compared, where the runs part, the largest differences and their counties. */
    static String text(RunComparison c) {
        StringBuilder sb = new StringBuilder();
        List<String> months = c.months();
        String end = months.get(months.size() - 1);
        sb.append("A: ").append(c.a().label()).append('\n').append("B: ").append(c.b().label()).append('\n');
        sb.append(String.format(Locale.ROOT, "%d common months, %s to %s; differences are B - A%n", months.size(),
                months.get(0), end));
        if (c.firstDifference() == null) {
            sb.append("The runs are identical: every indicator at every level, in every common month.\n");
        } else {
            RunIndicators.Series s = c.firstDifferent();
            sb.append(String.format(Locale.ROOT, "First difference: %s (%s at %s%s); %d of %d belt-wide indicators differ%n",
                    c.firstDifference(), s.indicator(), s.level(), s.belt() ? "" : " " + s.unit(), c.differing().size(),
                    c.belt().size()));
        }
        if (!c.inOnlyOne().isEmpty()) sb.append("In one run only (not compared): ").append(c.inOnlyOne().size())
                .append(" series, e.g. ").append(c.inOnlyOne().get(0)).append('\n');
        List<RunComparison.Indicator> d = c.differing();
        if (!d.isEmpty()) {
            sb.append(String.format(Locale.ROOT, "%nLargest relative differences in %s%s:%n", end,
                    d.size() > SHOWN ? " (" + SHOWN + " of " + d.size() + ")" : ""));
            List<List<String>> rows = new ArrayList<>();
            for (RunComparison.Indicator i : d.subList(0, Math.min(SHOWN, d.size()))) {
                rows.add(List.of(i.indicator(), i.firstDifference(), NumberText.forPeople(i.a()), NumberText.forPeople(i.b()),
                        NumberText.forPeople(i.difference()), percent(i.relative())));
            }
            sb.append(TextTable.render(List.of("indicator", "first", "A", "B", "B - A", "relative"), rows));
            for (RunComparison.Indicator i : d.subList(0, Math.min(3, d.size()))) {
                List<String> parts = new ArrayList<>();
                for (RunComparison.CountyEffect e : c.counties(i.indicator(), 3)) {
                    if (e.a() == e.b()) continue;
                    parts.add(e.county() + " " + NumberText.forPeople(e.difference()));
                }
                if (!parts.isEmpty()) sb.append("  counties, ").append(i.indicator()).append(": ")
                        .append(String.join(", ", parts)).append('\n');
            }
        }
        sb.append('\n');
        return sb.toString();
    }

    private static String percent(double r) {
        return Double.isNaN(r) ? "NA" : String.format(Locale.ROOT, "%+.1f%%", 100 * r);
    }
}
