package org.sxbelt.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import org.sxbelt.experiment.discovery.Discovery;
import org.sxbelt.experiment.discovery.DiscoveryException;
import org.sxbelt.experiment.discovery.OutcomeCondition;
import org.sxbelt.experiment.discovery.Prim;
import org.sxbelt.experiment.discovery.QuasiP;
import org.sxbelt.experiment.discovery.Step;
import org.sxbelt.experiment.report.DiscoveryReport;
import org.sxbelt.experiment.stats.ExperimentDataException;
import org.sxbelt.params.NumberText;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code sxbelt discover}: scenario discovery (PRIM) over a finished sweep. */
@Parameters(commandNames = "discover", separators = "= ", commandDescription = "Scenario discovery over an "
        + "experiment folder written by 'sweep': which ranges of the varied factors lead to an outcome? Usage: "
        + "discover <experiment folder> --condition \"<indicator> <op> <number> in <year>\" [options]. Each run is a case: "
        + "its design point's factor values, and whether the belt-wide value of the indicator in that year's last month "
        + "(or in a month YYYY-MM) meets the condition (op: > >= < <=). PRIM (Friedman and Fisher 1999, as EMA "
        + "Workbench's prim module) peels the box of all runs down, then pastes it back out. Prints and writes "
        + Discovery.TRAJECTORY_FILE + " (coverage, density, mass and restricted factors of every box on the way), "
        + Discovery.BOX_FILE + " (the chosen box's limits with one-sided binomial quasi-p-values), "
        + Discovery.RESAMPLING_FILE + " (how often PRIM on bootstrap resamples restricts each factor) and "
        + DiscoveryReport.CHART_FILE + " (the coverage-density trade-off).")
public final class DiscoverCommand implements Command {

    @Parameter(description = "<experiment folder>")
    List<String> folder = new ArrayList<>();

    @Parameter(names = "--condition", required = true, description = "The outcome of interest, e.g. \""
            + OutcomeCondition.EXAMPLE + "\": an indicator with belt-wide values in results.csv, one of > >= < <=, a "
            + "number, 'in' and a year of the horizon (its last month, December unless the horizon ends earlier) or a "
            + "month YYYY-MM.")
    @OptionHelp(arg = "<condition>", byDefault = "none: required")
    String condition;

    @Parameter(names = "--factors", description = "Comma-separated factors (columns of design.csv) PRIM may restrict.")
    @OptionHelp(arg = "<a,b,c>", byDefault = "every factor of the design")
    String factors;

    @Parameter(names = "--peel-alpha", description = "Share of the box's runs each peel cuts off, in (0, 0.5).")
    @OptionHelp(arg = "<share>", byDefault = "0.05")
    double peelAlpha = Prim.DEFAULTS.peelAlpha();

    @Parameter(names = "--paste-alpha", description = "Share each paste adds back, in (0, 0.5).")
    @OptionHelp(arg = "<share>", byDefault = "0.05")
    double pasteAlpha = Prim.DEFAULTS.pasteAlpha();

    @Parameter(names = "--min-mass", description = "Smallest share of all runs a box may hold, in (0, 1).")
    @OptionHelp(arg = "<share>", byDefault = "0.05")
    double minMass = Prim.DEFAULTS.minMass();

    @Parameter(names = "--min-density", description = "The box chosen is the last one on the trajectory with at "
            + "least this density (the densest when none has it), in [0, 1].")
    @OptionHelp(arg = "<share>", byDefault = "0.8")
    Double minDensity;

    @Parameter(names = "--box", description = "Choose this step of the trajectory instead (0 = all runs); not with "
            + "--min-density.")
    @OptionHelp(arg = "<step>", byDefault = "the rule of --min-density")
    Integer box;

    @Parameter(names = "--resamples", description = "Bootstrap resamples of the resampling check, in [0, 10000] "
            + "(0: no check).")
    @OptionHelp(arg = "<int>", byDefault = "50")
    int resamples = Discovery.DEFAULT_RESAMPLES;

    @Parameter(names = "--seed", description = "Seed of the resampling check's draws.")
    @OptionHelp(arg = "<long>", byDefault = "1")
    long seed = Discovery.DEFAULT_SEED;

    @Parameter(names = "--out", description = "Folder that receives the four files; created if missing.")
    @OptionHelp(arg = "<dir>", byDefault = "the experiment folder")
    String out;

    @Override
    public int call(PrintStream stdout, PrintStream stderr) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path dir = SweepCommand.path("experiment folder", SweepCommand.oneArgument(folder, "discover", "<experiment folder>"));
        OutcomeCondition c;
        List<String> chosen = null;
        try {
            c = OutcomeCondition.parse(condition);
        } catch (DiscoveryException e) {
            throw new CliException("--condition: " + e.getMessage());
        }
        if (factors != null) {
            chosen = new ArrayList<>();
            for (String s : factors.split(",", -1)) {
                if (s.isBlank()) throw new CliException("--factors " + factors + ": an empty name; expected names such as a,b,c");
                chosen.add(s.strip());
            }
        }
        range("--peel-alpha", peelAlpha, 0, 0.5, false);
        range("--paste-alpha", pasteAlpha, 0, 0.5, false);
        range("--min-mass", minMass, 0, 1, false);
        if (minDensity != null) range("--min-density", minDensity, 0, 1, true);
        if (box != null && minDensity != null) throw new CliException("give --box or --min-density, not both");
        if (box != null && box < 0) throw new CliException("--box " + box + ": expected a step of the trajectory, 0 or more");
        if (resamples < 0 || resamples > 10_000) throw new CliException("--resamples " + resamples
                + ": expected a whole number in [0, 10000]");
        Path outDir = out != null ? OutputDirectoryValidator.check("--out", out) : null;
        Discovery.Options options = new Discovery.Options(new Prim.Settings(peelAlpha, pasteAlpha, minMass),
                minDensity != null ? minDensity : Discovery.DEFAULT_MIN_DENSITY, box, resamples, seed);
        DiscoveryReport.Written w;
        try {
            w = DiscoveryReport.write(dir, c, chosen, options, outDir);
        } catch (ExperimentDataException | DiscoveryException e) {
            throw new CliException(e.getMessage(), e);
        } catch (IOException e) {
            throw new CliException("cannot write the discovery files into " + (outDir != null ? outDir : dir) + ": " + e
                    + "; none was written");
        }
        stdout.print(text(w.discovery(), dir));
        stdout.println("Files:");
        for (Path p : w.files()) stdout.println("  " + p);
        return Main.OK;
    }

    private static void range(String option, double v, double lo, double hi, boolean closed) {
        boolean ok = closed ? v >= lo && v <= hi : v > lo && v < hi;
        if (!ok) throw new CliException(option + " " + NumberText.exact(v) + ": expected a number in "
                + (closed ? "[" : "(") + NumberText.exact(lo) + ", " + NumberText.exact(hi) + (closed ? "]" : ")"));
    }

    /** What the terminal shows: the cases, the trajectory, the chosen box and the resampling check. */
    static String text(Discovery d, Path dir) {
        StringBuilder sb = new StringBuilder();
        var cases = d.data().cases();
        Prim.Settings s = d.trajectory().settings();
        sb.append(String.format(Locale.ROOT, "Scenario discovery (PRIM) in %s: %s (read in %s)%n", dir,
                d.condition().text(), d.data().month()));
        sb.append(String.format(Locale.ROOT, "%d runs, %d of interest (%.1f%%)%s; factors: %s%n", cases.size(),
                cases.ofInterest(), 100.0 * cases.ofInterest() / cases.size(),
                d.data().missing() > 0 ? ", " + d.data().missing() + " without a value left out" : "",
                String.join(", ", cases.factors())));
        sb.append(String.format(Locale.ROOT, "peel alpha %s, paste alpha %s, minimum mass %s%n%n",
                NumberText.exact(s.peelAlpha()), NumberText.exact(s.pasteAlpha()), NumberText.exact(s.minMass())));
        sb.append("Trajectory:\n");
        List<List<String>> rows = new ArrayList<>();
        for (Step st : d.trajectory().steps()) {
            rows.add(List.of((st.index() == d.chosen() ? "* " : "  ") + st.index(), st.phase().label(), f3(st.coverage()),
                    f3(st.density()), f3(st.mass()), Integer.toString(st.restricted().size())));
        }
        sb.append(TextTable.render(List.of("  step", "phase", "coverage", "density", "mass", "restricted"), rows));
        Step b = d.box();
        sb.append(String.format(Locale.ROOT, "%nChosen box: step %d (%s): coverage %s, density %s, mass %s%n",
                d.chosen(), d.choice(), f3(b.coverage()), f3(b.density()), f3(b.mass())));
        if (d.limits().isEmpty()) {
            sb.append("  no factor restricted (the box of all runs)\n");
        } else {
            rows = new ArrayList<>();
            for (QuasiP.Limit l : d.limits()) {
                rows.add(List.of(l.name(), NumberText.forPeople(l.lower()), NumberText.forPeople(l.upper()),
                        NumberText.forPeople(l.min()) + ".." + NumberText.forPeople(l.max()),
                        Double.isNaN(l.pLower()) ? "-" : NumberText.pValue(l.pLower()),
                        Double.isNaN(l.pUpper()) ? "-" : NumberText.pValue(l.pUpper())));
            }
            sb.append(TextTable.render(List.of("factor", "lower", "upper", "range", "qp lower", "qp upper"), rows));
        }
        if (d.resampling().resamples() > 0) {
            sb.append(String.format(Locale.ROOT, "%nResampling: PRIM on %d bootstrap resamples (seed %d); share of them "
                    + "restricting each factor in the box closest in coverage / in density to the chosen one%n",
                    d.resampling().resamples(), d.resampling().seed()));
            rows = new ArrayList<>();
            for (int j = 0; j < cases.dimensions(); j++) {
                rows.add(List.of(cases.factors().get(j), b.restricted().contains(j) ? "yes" : "no",
                        pct(d.resampling().sameCoverage()[j]), pct(d.resampling().sameDensity()[j])));
            }
            sb.append(TextTable.render(List.of("factor", "in chosen box", "same coverage", "same density"), rows));
        }
        sb.append('\n');
        return sb.toString();
    }

    private static String f3(double v) {
        return Double.isNaN(v) ? "NA" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * v);
    }
}
