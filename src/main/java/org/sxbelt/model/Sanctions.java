package org.sxbelt.model;

import org.sxbelt.agents.Industry;
import org.sxbelt.params.ParamValues;

import static org.sxbelt.params.ParamSchema.SANCTIONS;
import static org.sxbelt.params.ParamSchema.SANCTIONS_BREADTH;

/**
 * Sanctions on Xinjiang products as the sources describe them widening (004 part 3 §6): first on
 * cotton and the industries that use it (textiles, garments), then beyond them to every Xinjiang
 * product. Buyers along the supply chain, not only importers, drop the belt's goods, so the loss falls
 * on all of an industry's orders from outside the belt, whether exported or sold east.
 */
public final class Sanctions {

    private Sanctions() {}

    /**
     * Share of the orders from outside the belt that industry {@code k} loses: {@code shock.sanctions}
     * for cotton-exposed industries, that times {@code shock.sanctionsBreadth} for the others.
     */
    public static double orderLoss(Industry k, ParamValues p) {
        return p.get(SANCTIONS) * (k.cottonExposed() ? 1 : p.get(SANCTIONS_BREADTH));
    }
}
