package org.sxbelt.model;

import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Town;
import org.sxbelt.params.ParamValues;

import static org.sxbelt.params.ParamSchema.*;

/**
 * The forces that draw a firm to where its industry already is, each read from the model's state
 * ({@link TownClusters}) and each with its own weight. Counts enter as ln(1 + n / 100): the first
 * hundred workers matter most, and a town without the industry adds nothing.
 * <ul>
 *   <li>labour pooling: experienced or trained workers of the industry in the town, whom a newcomer
 *       can hire without training from scratch;</li>
 *   <li>input-output links: the town's jobs in the firm's supplier industry and in the industries it
 *       supplies (cotton, spinning and weaving, garments), and for processors of farm products the
 *       raw material grown around the town;</li>
 *   <li>learning spillovers: experienced workers of the industry show newcomers, so the learning
 *       curve is run through faster ({@link #learningSpeed}).</li>
 * </ul>
 * Congestion, the force that pushes the other way, is in {@link Congestion}.
 */
public final class AgglomerationForces {

    /** Workers per unit of the log counts. */
    static final double UNIT = 100;

    private AgglomerationForces() {}

    private static double logCount(double n) { return Math.log(1 + n / UNIT); }

    /** Logit utility of the town's pool of experienced workers of industry {@code k}. */
    public static double labourPooling(Industry k, Town t, TownClusters c, ParamValues p) {
        return p.get(LABOUR_POOLING) * logCount(c.experienced(t, k));
    }

    /** Logit utility of the town's suppliers and buyers of industry {@code k}, and of its crops for processors. */
    public static double inputOutput(Industry k, Town t, TownClusters c, ParamValues p) {
        double linked = 0;
        if (k.supplier() != null) linked += logCount(c.jobs(t, k.supplier()));
        for (int i = 0; i < Industry.count(); i++) { // by index: values() would copy the array at every call
            Industry buyer = Industry.of(i);
            if (buyer.supplier() == k) linked += logCount(c.jobs(t, buyer));
        }
        return p.get(INPUT_OUTPUT_PULL) * linked + p.get(CROP_PROXIMITY) * Math.log(k.rawMaterialPull(t.getRawMaterialBase()));
    }

    /**
     * How much faster than alone a firm of industry {@code k} in town {@code t} runs through the learning
     * curve: 1 + spillover x ln(1 + experienced / 100). It divides the learning time constant.
     */
    public static double learningSpeed(Industry k, Town t, TownClusters c, ParamValues p) {
        return 1 + p.get(LEARNING_SPILLOVER) * logCount(c.experienced(t, k));
    }
}
