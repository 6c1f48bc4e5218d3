package org.sxbelt.experiment.sweep;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a sweep did: runs in the design and in this shard, runs found already finished, runs done now
 * and failed (id to one-line error), results.csv when every run of the design is there (else null), and
 * of the runs done now those that were there damaged ({@code redoneDamaged}) or made with another
 * fingerprint and redone under --force ({@code redoneChanged}); for a branching sweep the months of
 * simulation that sharing the histories saved ({@code monthsSaved}, as manifest.json's {@code branching}),
 * else -1.
 */
public record SweepOutcome(Path folder, int designRuns, int shardRuns, int skipped, int done, int failed,
                           Map<String, String> failures, Path results, double wallSeconds, int redoneDamaged,
                           int redoneChanged, long monthsSaved) {

    /** Runs of this shard now finished (earlier ones included). */
    public int finished() { return skipped + done; }
}
