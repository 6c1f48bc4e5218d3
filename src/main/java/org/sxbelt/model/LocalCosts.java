package org.sxbelt.model;

import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Town;
import org.sxbelt.params.ParamValues;

/**
 * The part of a firm's costs that depends on what is already in its town: how fast its workers learn
 * (learning spillovers), the premium on the base wage and the rent multiple (congestion).
 *
 * @param learningSpeed divides the learning time constant; at least 1
 * @param wagePremium   share added to the guaranteed base wage; at least 0
 * @param rentFactor    multiple of firm.rentPerM2 (the rent of a full park); positive
 */
public record LocalCosts(double learningSpeed, double wagePremium, double rentFactor) implements java.io.Serializable {

    /** A town with nothing in it yet. */
    public static final LocalCosts NONE = new LocalCosts(1, 0, 1);

    public LocalCosts {
        if (!(learningSpeed >= 1) || !(wagePremium >= 0) || !(rentFactor > 0)) {
            throw new IllegalArgumentException("local costs out of range: speed " + learningSpeed
                    + ", wage premium " + wagePremium + ", rent factor " + rentFactor);
        }
    }

    /** The costs a firm of industry {@code k} meets in town {@code t} this month. */
    public static LocalCosts of(Industry k, Town t, TownClusters c, ParamValues p) {
        return new LocalCosts(AgglomerationForces.learningSpeed(k, t, c, p), Congestion.wagePremium(t, c, p),
                Congestion.rentFactor(t, p));
    }
}
