package org.sxbelt.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import org.sxbelt.experiment.stats.ResultsFormat;
import org.sxbelt.experiment.sweep.ExperimentException;
import org.sxbelt.experiment.sweep.Merge;
import org.sxbelt.experiment.sweep.MergeOutcome;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code sxbelt merge}: the shards of a sweep into one experiment folder and one results.csv. */
@Parameters(commandNames = "merge", commandDescription = "Combine the experiment folders of sharded sweeps (sweep "
        + "--shard K/N). Usage: merge <experiment folder> [more folders...]. The runs of the other folders are copied "
        + "into the first one (a run present twice must be identical; the designs and fingerprints must be the same; "
        + "every run file must match its check file; only regular files are read), then results.csv is written there: "
        + "the same file an unsharded sweep writes. All or nothing: on any refusal (missing, damaged or foreign runs, "
        + "another experiment or model version, a link) nothing in the first folder changes. Then, unless --keep-runs, the "
        + "first folder keeps only the check files of its runs (the rows are in the results file); the other folders are "
        + "never changed.")
public final class MergeCommand implements Command {

    @Parameter(description = "<experiment folder> [more folders...]")
    List<String> folders = new ArrayList<>();

    @Parameter(names = "--format", description = "The results file: csv (results.csv) or csv.gz (results.csv.gz, the "
            + "same text gzipped); parquet is written by 'sweep --engine spark' only.")
    @OptionHelp(arg = "<csv|csv.gz>", byDefault = "csv")
    String format;

    @Parameter(names = "--keep-runs", description = "Keep the run files in the first folder's runs/ once the results "
            + "file is written (by default only their check files stay).")
    @OptionHelp(arg = "", byDefault = "off")
    boolean keepRuns;

    @Override
    public int call(PrintStream stdout, PrintStream stderr) throws Exception {
        for (String a : folders) {
            if (a.startsWith("-")) throw new CliException("unknown option " + a + " for 'merge' (see '"
                    + Help.PROGRAM + " merge --help')");
        }
        if (folders.isEmpty()) throw new CliException("'merge' needs <experiment folder>: usage: " + Help.PROGRAM
                + " merge <experiment folder> [more folders...]");
        ResultsFormat resultsFormat = SweepCommand.resultsFormat(format, null);
        List<Path> paths = new ArrayList<>();
        for (String f : folders) paths.add(SweepCommand.path("folder", f));
        try {
            MergeOutcome s = Merge.merge(paths, resultsFormat, keepRuns);
            stdout.printf(Locale.ROOT, "%d runs: %d were in %s, %d copied from %d other folder%s; results in %s%n",
                    s.runs(), s.alreadyPresent(), s.folder(), s.copied(), paths.size() - 1, paths.size() == 2 ? "" : "s",
                    s.results());
            return Main.OK;
        } catch (ExperimentException e) {
            throw new CliException(e.getMessage(), e);
        } catch (IOException e) {
            throw new CliException("merge: " + e);
        }
    }
}
