package org.sxbelt.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import org.sxbelt.experiment.report.ExperimentReport;
import org.sxbelt.experiment.stats.ExperimentDataException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code sxbelt report <experiment folder>}: statistics and a self-contained HTML report of a sweep. */
@Parameters(commandNames = "report", separators = "= ", commandDescription = "Summarise an experiment folder "
        + "written by 'sweep' (design.csv, results.csv, manifest.json): sxbelt report <folder> [options]. Writes "
        + "one self-contained HTML page that opens with the effects overview (a forest plot per headline "
        + "indicator: each scenario's effect against the reference with its paired 95% interval, in 2020 and at "
        + "the horizon) and county maps of the effects, then what was run, a chart per indicator (belt-wide mean "
        + "of every scenario with its 95% confidence band; one small panel per scenario when there are more than "
        + "five), the comparison of every design point with the reference "
        + "(difference of means with Welch CI and p, and the paired difference over replicates sharing seeds), "
        + "Morris or Sobol sensitivity indices when the design has them, and the manifest. Also writes "
        + "summary.csv, comparison.csv and, when applicable, morris.csv, morris-effects.csv and sobol.csv "
        + "next to the page.")
public final class ReportCommand implements Command {

    @Parameter(description = "<experiment folder>")
    List<String> folder = new ArrayList<>();

    @Parameter(names = "--reference", description = "Scenario whose design point (the first, if several) every "
            + "other point is compared with.")
    @OptionHelp(arg = "<scenario>", byDefault = "baseline (or the first design point if no point is baseline)")
    String reference;

    @Parameter(names = "--indicators", description = "Comma-separated indicators to chart, compare and analyse "
            + "(they must have belt-level values). summary.csv always has every indicator.")
    @OptionHelp(arg = "<a,b,c>", byDefault = "every indicator with belt-level values")
    String indicators;

    @Parameter(names = "--out", description = "The HTML file to write; the CSV files go into its folder, which "
            + "is created if missing.")
    @OptionHelp(arg = "<file.html>", byDefault = "<folder>/report.html")
    String out;

    @Parameter(names = "--lang", description = "Language of titles, axis labels and units: en or zh.")
    @OptionHelp(arg = "<en|zh>", byDefault = "en")
    String lang = "en";

    @Parameter(names = "--map-indicator", description = "Indicator of the county maps of each scenario's effect "
            + "(county values if the experiment kept them, else prefecture values).")
    @OptionHelp(arg = "<indicator>", byDefault = "the first headline indicator with county or prefecture values")
    String mapIndicator;

    @Override
    public int call(PrintStream stdout, PrintStream stderr) throws Exception {
        System.setProperty("java.awt.headless", "true");
        if (folder.isEmpty()) throw new CliException("report needs the experiment folder: sxbelt report <folder>");
        if (folder.size() > 1) throw new CliException("report takes one experiment folder, got: "
                + String.join(" ", folder));
        Path dir = path("experiment folder", folder.get(0));
        Path html = null;
        if (out != null) {
            if (out.isBlank()) throw new CliException("--out is empty: expected an HTML file name");
            html = path("--out", out);
            if (Files.isDirectory(html)) throw new CliException("--out " + out + " is a folder: expected an HTML file, "
                    + "e.g. " + html.resolve(ExperimentReport.FILE_NAME));
        }
        List<String> chosen = null;
        if (indicators != null) {
            chosen = new ArrayList<>();
            for (String s : indicators.split(",")) if (!s.isBlank()) chosen.add(s.strip());
            if (chosen.isEmpty()) throw new CliException("--indicators is empty: expected names such as a,b,c");
        }
        if (!lang.equals("en") && !lang.equals("zh")) throw new CliException("--lang " + lang + ": expected en or zh");
        if (mapIndicator != null && mapIndicator.isBlank()) throw new CliException("--map-indicator is empty: expected an indicator name");
        if (reference != null && reference.isBlank()) throw new CliException("--reference is empty: expected a scenario name");
        ExperimentReport.Written w;
        try {
            w = ExperimentReport.write(dir, new ExperimentReport.Options(reference, chosen, html, lang, mapIndicator));
        } catch (ExperimentDataException e) {
            throw new CliException(e.getMessage(), e);
        } catch (IOException e) {
            throw new CliException("cannot write the report " + (html != null ? html : dir.resolve(ExperimentReport.FILE_NAME))
                    + ": " + e + "; no file of the report was written or changed", e);
        }
        stdout.println("Report written to " + w.html());
        for (Path p : w.files()) if (!p.equals(w.html())) stdout.println("  " + p);
        return Main.OK;
    }

    private static Path path(String what, String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new CliException(what + " " + text + " is not a valid path: " + e.getReason());
        }
    }
}
