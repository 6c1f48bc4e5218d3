package org.sxbelt.policy;

import org.sxbelt.agents.Village;
import org.sxbelt.model.BeltModel;
import org.sxbelt.model.Programme;

import static org.sxbelt.params.ParamSchema.ROAD_GAIN;

/** Village roads improve a little every January; better roads make commuting cheaper. */
public final class RoadProgramme implements Programme {

    @Override
    public void run(BeltModel m) {
        if (m.conditions().monthOfYear() != 1 || m.month() == 0) return;
        double gain = m.params().get(ROAD_GAIN);
        for (Village v : m.belt().villages()) v.improveRoad(gain);
    }
}
