package org.sxbelt.policy;

import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Town;
import org.sxbelt.model.BeltModel;
import org.sxbelt.model.Flow;
import org.sxbelt.model.Programme;

import static org.sxbelt.params.ParamSchema.COUNTERPART_AID;
import static org.sxbelt.params.ParamSchema.PARK_COST_PER_M2;
import static org.sxbelt.params.ParamSchema.PARK_SPACE_PER_MONTH;

/**
 * Counterpart aid builds standard factory space in every county town's park, in proportion to the
 * county's population (aid budgets follow the people they serve).
 */
public final class ParkBuilding implements Programme {

    @Override
    public void run(BeltModel m) {
        double per100k = m.params().get(PARK_SPACE_PER_MONTH) * m.params().get(COUNTERPART_AID);
        if (per100k <= 0) return;
        for (Town t : m.belt().towns()) build(m, t, null, per100k * t.getPopulation() / 100_000.0);
    }

    /** Builds {@code m2} of factory space in {@code t} (kept for industry {@code k}, or open if null) and books its cost. */
    static void build(BeltModel m, Town t, Industry k, double m2) {
        t.addSpace(k, m2);
        m.accounts().add(t.index(), Flow.SPEND_PARK_BUILDING, m2 * m.params().get(PARK_COST_PER_M2));
    }
}
