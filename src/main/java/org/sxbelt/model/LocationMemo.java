package org.sxbelt.model;

import org.sxbelt.agents.Industry;
import org.sxbelt.agents.SourceRegion;
import org.sxbelt.agents.Town;
import org.sxbelt.params.ParamValues;

import java.util.Arrays;

/**
 * The logit weights exp(utility) relocating firms give each town, remembered per industry and town: a
 * hundred candidate firms a month weigh thirty towns, while a month's openings change a few towns. An
 * entry is reused only while the town is unchanged ({@link Town#changes}), the counts are the same
 * ({@link TownClusters#generation}), and so are the month and the parameter values, so each weight is
 * the one {@link LocationUtility#of} gives afresh. The counterpart pairing, which depends on the firm's
 * origin, is added at each call for the paired towns.
 */
final class LocationMemo implements java.io.Serializable {

    private static final int INDUSTRIES = Industry.count();

    private long[] townChanges = new long[0];
    private long[] generation = new long[0];
    private long[] version = new long[0];
    private int[] month = new int[0];
    private double[] ofTown = new double[0];
    private double[] weight = new double[0];

    /** exp({@link LocationUtility#of}) of town {@code t} for a firm of industry {@code k} from {@code origin}. */
    double weight(Industry k, SourceRegion origin, Town t, TownClusters clusters, ParamValues p, Conditions c) {
        int i = t.index() * INDUSTRIES + k.ordinal();
        if (i >= weight.length) grow((t.index() + 1) * INDUSTRIES);
        if (townChanges[i] != t.changes() || generation[i] != clusters.generation() || version[i] != p.version()
                || month[i] != c.month()) {
            ofTown[i] = LocationUtility.ofTown(k, t, clusters, p, c);
            weight[i] = Math.exp(ofTown[i]); // an unpaired firm's: withPairing adds 0.0, which leaves exp unchanged
            townChanges[i] = t.changes();
            generation[i] = clusters.generation();
            version[i] = p.version();
            month[i] = c.month();
        }
        return LocationUtility.paired(origin, t) ? Math.exp(LocationUtility.withPairing(ofTown[i], origin, t, p, c)) : weight[i];
    }

    private void grow(int n) {
        int from = weight.length;
        townChanges = Arrays.copyOf(townChanges, n);
        generation = Arrays.copyOf(generation, n);
        version = Arrays.copyOf(version, n);
        month = Arrays.copyOf(month, n);
        Arrays.fill(month, from, n, Integer.MIN_VALUE);
        ofTown = Arrays.copyOf(ofTown, n);
        weight = Arrays.copyOf(weight, n);
    }
}
