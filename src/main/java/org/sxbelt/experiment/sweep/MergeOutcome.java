package org.sxbelt.experiment.sweep;

import java.nio.file.Path;

/** What merge did: the target folder, the design's runs, runs copied into it and already there, results.csv. */
public record MergeOutcome(Path folder, int runs, int copied, int alreadyPresent, Path results) {}
