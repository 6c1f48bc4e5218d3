package org.sxbelt.model;

import org.sxbelt.agents.Industry;
import org.sxbelt.agents.SourceRegion;
import org.sxbelt.agents.Town;
import org.sxbelt.params.ParamValues;

import static org.sxbelt.params.ParamSchema.*;

/**
 * What a relocating firm expects from a belt town, as a logit utility: the expected margin
 * ({@link FirmEconomics#expectedMargin}) times the logit scale, with the town's learning spillovers
 * and congestion ({@link LocalCosts}) in it; the pull of a dedicated park with room left; the pull of
 * same-industry firms already there; labour pooling and input-output links
 * ({@link AgglomerationForces}); the labour the firm could still recruit there ({@link Congestion}); and the counterpart pairing with the firm's home province.
 * {@link Relocation} draws among towns with these utilities.
 */
public final class LocationUtility {

    private LocationUtility() {}

    /** Utility of town {@code t} for a firm of industry {@code k} from {@code origin}. */
    public static double of(Industry k, SourceRegion origin, Town t, TownClusters clusters, ParamValues p, Conditions c) {
        return withPairing(ofTown(k, t, clusters, p, c), origin, t, p, c);
    }

    /** The part of the utility that does not depend on where the firm comes from. */
    static double ofTown(Industry k, Town t, TownClusters clusters, ParamValues p, Conditions c) {
        return p.get(LOCATION_LOGIT_SCALE) * clusters.expectedMargin(k, t, p, c, clusters.localCosts(k, t, p))
                + (t.hasFreeDedicatedSpace(k) ? p.get(DEDICATED_PARK_PULL) : 0)
                + p.get(AGGLOMERATION) * Math.log(1 + t.firmsIn(k))
                + clusters.poolingPull(k, t, p)
                + clusters.linkPull(k, t, p)
                + clusters.reservePull(k, t, p);
    }

    /** Does the firm come from the town's counterpart province? */
    static boolean paired(SourceRegion origin, Town t) { return origin.name().equals(t.getCounterpartProvince()); }

    /** The utility {@code ofTown} plus the pull of the counterpart pairing. */
    static double withPairing(double ofTown, SourceRegion origin, Town t, ParamValues p, Conditions c) {
        return ofTown + (paired(origin, t) ? p.get(PAIRING_BONUS) * Withdrawal.level(p, COUNTERPART_AID, c.month()) : 0);
    }
}
