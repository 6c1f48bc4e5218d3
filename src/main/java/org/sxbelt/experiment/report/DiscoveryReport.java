package org.sxbelt.experiment.report;

import org.sxbelt.experiment.discovery.Discovery;
import org.sxbelt.experiment.discovery.OutcomeCondition;
import org.sxbelt.experiment.discovery.SweepCases;
import org.sxbelt.output.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of a scenario discovery over an experiment folder: the trajectory, the chosen box and the
 * resampling check as CSV ({@link Discovery}) and the coverage-density trade-off as PNG
 * ({@link TradeoffChart}), all or nothing.
 */
public final class DiscoveryReport {

    public static final String CHART_FILE = "discovery-tradeoff.png";

    /** What was found and the files written (in the order written). */
    public record Written(Discovery discovery, List<Path> files) {}

    private DiscoveryReport() {}

    /**
     * Loads the folder, runs the discovery and writes its four files into {@code out} (the experiment
     * folder when null; created if missing). Nothing is written when anything fails.
     *
     * @param factors the factors to use, or null for every factor of the design
     */
    public static Written write(Path folder, OutcomeCondition condition, List<String> factors, Discovery.Options options,
                                Path out) throws IOException {
        ExperimentFolder f = ExperimentFolder.load(folder);
        SweepCases cases = SweepCases.of(f.design(), f.results(), condition, factors, folder.toString(),
                f.resultsFile().getFileName().toString());
        Discovery d = Discovery.of(condition, cases, options);
        Path dir = out != null ? out : folder;
        String title = "PRIM trade-off: " + condition.text() + " (" + cases.month() + ")";
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(dir.resolve(Discovery.TRAJECTORY_FILE), d.trajectoryCsv().getBytes(StandardCharsets.UTF_8));
        files.put(dir.resolve(Discovery.BOX_FILE), d.boxCsv().getBytes(StandardCharsets.UTF_8));
        files.put(dir.resolve(Discovery.RESAMPLING_FILE), d.resamplingCsv().getBytes(StandardCharsets.UTF_8));
        files.put(dir.resolve(CHART_FILE), TradeoffChart.png(title, d.trajectory(), d.chosen()));
        boolean created = !Files.exists(dir);
        Map<Path, Path> temps = new LinkedHashMap<>();
        boolean done = false;
        try {
            Files.createDirectories(dir);
            for (Map.Entry<Path, byte[]> e : files.entrySet()) {
                Path temp = AtomicFiles.tempFileFor(e.getKey());
                temps.put(e.getKey(), temp);
                Files.write(temp, e.getValue());
            }
            for (Map.Entry<Path, Path> e : temps.entrySet()) AtomicFiles.commit(e.getValue(), e.getKey());
            done = true;
        } finally {
            for (Path temp : temps.values()) AtomicFiles.deleteQuietly(temp);
            if (!done && created) AtomicFiles.deleteRecursivelyQuietly(dir);
        }
        return new Written(d, new ArrayList<>(files.keySet()));
    }
}
