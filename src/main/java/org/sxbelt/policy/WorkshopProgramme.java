package org.sxbelt.policy;

import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Village;
import org.sxbelt.model.BeltModel;
import org.sxbelt.model.Flow;
import org.sxbelt.model.Programme;
import org.sxbelt.model.SuperFirm;

import java.util.List;

import static org.sxbelt.params.ParamSchema.WORKSHOPS_PER_MONTH;
import static org.sxbelt.params.ParamSchema.WORKSHOP_COST;
import static org.sxbelt.params.ParamSchema.WORKSHOP_SIZE;

/**
 * Poverty-alleviation workshops: the government builds a workshop in a village that has none
 * with room for one (poor villages twice as likely) and a local operator runs it in a light industry
 * (processors of farm products more often where the crops grow). At a coarse scale, of the
 * workshops drawn for a village, one in m is built as an agent workshop standing for m real ones
 * ({@link SuperFirm#fitting}: m no more than the village's room), so real workshops built are the same at
 * every scale.
 */
public final class WorkshopProgramme implements Programme {

    private static final int ATTEMPTS = 40;

    @Override
    public void run(BeltModel m) {
        int n = m.poisson(m.level(WORKSHOPS_PER_MONTH));
        List<Village> villages = m.belt().villages();
        double size = m.params().get(WORKSHOP_SIZE);
        for (int i = 0; i < n; i++) {
            Village v = pick(m, villages);
            if (v == null) return;
            int firms = SuperFirm.fitting(size, m.belt().scale(), v.workshopRoom());
            if (firms == 0 || !SuperFirm.kept(m.random, firms, size, m.belt().scale())) continue;
            m.firmFactory().openWorkshop(drawIndustry(m, v), v, size, firms);
            m.accounts().add(v.town().index(), Flow.SPEND_WORKSHOPS, firms * m.params().get(WORKSHOP_COST));
        }
    }

    private static Village pick(BeltModel m, List<Village> villages) {
        for (int a = 0; a < ATTEMPTS; a++) {
            Village v = villages.get(m.random.nextInt(villages.size()));
            if (!v.canHostWorkshop()) continue;
            if (!v.isPoorVillage() && m.random.nextBoolean()) continue;
            return v;
        }
        return null;
    }

    /** An industry suited to village work, processors more likely where their raw material grows. */
    static Industry drawIndustry(BeltModel m, Village v) {
        double base = v.town().getRawMaterialBase();
        double total = 0;
        for (Industry k : Industry.values()) if (k.satelliteCapable()) total += weight(k, base);
        double r = m.random.nextDouble() * total;
        for (Industry k : Industry.values()) {
            if (!k.satelliteCapable()) continue;
            r -= weight(k, base);
            if (r < 0) return k;
        }
        return Industry.GARMENTS;
    }

    private static double weight(Industry k, double rawMaterialBase) {
        return (k.relocationWeight() + k.localWeight()) * k.rawMaterialPull(rawMaterialBase);
    }
}
