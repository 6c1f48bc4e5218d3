package org.sxbelt.policy;

import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Town;
import org.sxbelt.model.BeltModel;
import org.sxbelt.model.Programme;
import org.sxbelt.params.ParkProject;

import java.util.ArrayList;
import java.util.List;

import static org.sxbelt.params.ParamSchema.COUNTERPART_AID;

/**
 * The scenario's named park projects (a counterpart province's parks in its paired counties, a
 * prefecture's park fund, a park dedicated to one industry), built in equal monthly parts over
 * their span and split among their county towns by population. Counterpart-funded projects follow
 * the aid intensity, at most as planned. Space is built and paid for as in {@link ParkBuilding}.
 */
public final class ParkProjects implements Programme {

    private final List<ParkProject> projects;
    /** For each project, its towns; resolved on first use, against the model's own geography. */
    private List<List<Town>> towns;

    public ParkProjects(List<ParkProject> projects) {
        this.projects = projects;
    }

    @Override
    public void run(BeltModel m) {
        if (projects.isEmpty()) return;
        if (towns == null) towns = resolve(m);
        int month = m.month();
        double aid = Math.min(1, m.level(COUNTERPART_AID));
        for (int i = 0; i < projects.size(); i++) {
            ParkProject pp = projects.get(i);
            if (month < pp.from() || month > pp.to()) continue;
            double m2 = pp.m2() / pp.months() * (pp.counterpart() ? aid : 1);
            if (m2 <= 0) continue;
            build(m, pp, towns.get(i), m2);
        }
    }

    private static void build(BeltModel m, ParkProject pp, List<Town> where, double m2) {
        double population = 0;
        for (Town t : where) population += t.getPopulation();
        Industry k = pp.isDedicated() ? Industry.byId(pp.industry()) : null;
        for (Town t : where) ParkBuilding.build(m, t, k, m2 * t.getPopulation() / population);
    }

    private List<List<Town>> resolve(BeltModel m) {
        List<List<Town>> out = new ArrayList<>();
        for (ParkProject pp : projects) {
            List<Town> where = new ArrayList<>();
            for (Town t : m.belt().towns()) {
                if (pp.places().contains(t.id()) || pp.places().contains(t.getPrefecture())) where.add(t);
            }
            if (where.isEmpty()) {
                throw new IllegalArgumentException("park project \"" + pp.name() + "\": no town of this belt is in "
                        + pp.places());
            }
            out.add(where);
        }
        return out;
    }
}
