package org.sxbelt.policy;

import org.sxbelt.agents.Village;
import org.sxbelt.model.BeltModel;
import org.sxbelt.model.Programme;

import java.util.Comparator;
import java.util.List;

import static org.sxbelt.params.ParamSchema.RESETTLEMENT_SHARE;

/**
 * Relocation of the most remote villages to sites next to their county town (易地扶贫搬迁): the
 * households gain a short commute to the park and lease most of their old land to cooperatives.
 * Proceeds a few villages a month until the policy share is reached.
 */
public final class Resettlement implements Programme {

    static final double NEW_SITE_KM = 3;
    private static final double PER_MONTH = 0.02;
    private List<Village> byRemoteness;

    @Override
    public void run(BeltModel m) {
        double share = m.params().get(RESETTLEMENT_SHARE);
        if (share <= 0) return;
        if (byRemoteness == null) {
            byRemoteness = m.belt().villages().stream().filter(v -> !v.isUrbanWard())
                    .sorted(Comparator.comparingDouble(Village::getKmToTown).reversed()
                            .thenComparingInt(Village::getIndex)).toList();
        }
        int target = (int) Math.round(share * byRemoteness.size());
        int perMonth = Math.max(1, (int) Math.round(PER_MONTH * byRemoteness.size()));
        int done = 0;
        for (int i = 0; i < target && done < perMonth; i++) {
            Village v = byRemoteness.get(i);
            if (!v.isResettled()) {
                v.resettleNear(NEW_SITE_KM);
                done++;
            }
        }
    }
}
