package org.sxbelt.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import org.sxbelt.experiment.compare.RunComparison;
import org.sxbelt.experiment.compare.RunIndicators;
import org.sxbelt.experiment.report.ComparisonReport;
import org.sxbelt.experiment.stats.ExperimentDataException;
import org.sxbelt.params.NumberText;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code sxbelt compare RUN_A RUN_B}: two run folders side by side. */
@Parameters(commandNames = "compare", separators = "= ", commandDescription = "Compare two run folders written by "
        + "'run': compare <run A> <run B> [options]. Over the months both have, the difference B - A of every belt-wide "
        + "indicator by month, the first month where the runs differ (any indicator, any level; values compared "
        + "exactly), and at the last month the counties that differ most. Prints the summary and writes "
        + RunComparison.SUMMARY_FILE + ", " + RunComparison.BELT_FILE + ", " + RunComparison.COUNTY_FILE + " and "
        + ComparisonReport.FILE_NAME + " (a chart of both runs for each indicator that differs).")
public final class CompareCommand implements Command {

    /** Indicators listed on the terminal (the files have all). */
    static final int SHOWN = 10;

    @Parameter(description = "<run A> <run B>")
    List<String> runs = new ArrayList<>();

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
        if (runs.size() != 2) throw new CliException("'compare' needs two run folders, got " + runs.size()
                + ": usage: " + Help.PROGRAM + " compare <run A> <run B> [options]");
        Path a = SweepCommand.path("run folder", runs.get(0));
        Path b = SweepCommand.path("run folder", runs.get(1));
        List<String> chosen = null;
        if (indicators != null) {
            chosen = new ArrayList<>();
            for (String s : indicators.split(",", -1)) {
                if (s.isBlank()) throw new CliException("--indicators " + indicators + ": an empty name; expected names such as a,b,c");
                chosen.add(s.strip());
            }
        }
        String folder = out != null ? out : "output/compare-" + name(a) + "-vs-" + name(b);
        Path dir = OutputDirectoryValidator.check("--out", folder);
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
