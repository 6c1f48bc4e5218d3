package org.sxbelt.experiment.sweep;

import java.util.List;

/**
 * A parsed, validated experiment file (format in {@code scenarios/experiments/README.md}).
 *
 * @param name         the experiment's name (= the file name without .toml); the output folder's name
 * @param description  free text
 * @param source       where it was read from (a path), for messages and the manifest
 * @param text         the file's content, kept in the manifest so that merge can rebuild the design
 * @param scenarios    scenario names or paths, as written, in order
 * @param replications runs per design point
 * @param months       months to simulate, or null for each scenario's run.months
 * @param scale        run.scale, or null for each scenario's own
 * @param seed         base seed: replicate r runs with seed + r at every design point
 * @param indicators   indicators kept, in file order
 * @param levels       levels kept (belt, prefecture, county, town)
 * @param type         the design
 * @param points       lhs: number of points
 * @param trajectories morris: number of trajectories r
 * @param grid         morris: grid levels p
 * @param samples      sobol: base sample size N
 * @param factors      the varied parameters, in file order
 * @param branchFrom   the month index (0 = 2015-01) after which every design point branches from one shared
 *                     history per replicate ({@link Histories}), or null to simulate every run in full
 */
public record Experiment(String name, String description, String source, String text, List<String> scenarios,
                         int replications, Integer months, Integer scale, long seed, List<String> indicators,
                         List<String> levels, DesignType type, int points, int trajectories, int grid, int samples,
                         List<Factor> factors, Integer branchFrom) {

    public Experiment {
        scenarios = List.copyOf(scenarios);
        indicators = List.copyOf(indicators);
        levels = List.copyOf(levels);
        factors = List.copyOf(factors);
    }

    /** The seed of replicate r (0-based): the same at every design point (common random numbers). */
    public long seedOf(int replicate) {
        return seed + replicate;
    }
}
