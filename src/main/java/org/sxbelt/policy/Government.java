package org.sxbelt.policy;

import org.sxbelt.model.Programme;
import org.sxbelt.model.Programmes;
import org.sxbelt.params.Scenario;

import java.util.List;

/**
 * The government of the belt as the sources describe it: the programmes that act in the policy phase,
 * in this order each month (park building from budgets where firms were turned away, the scenario's named park projects, roads, resettlement,
 * village workshops, training, ecological posts, organised transfer, poverty micro-credit, the
 * counterpart provinces' consumption aid, then the farm programmes: orchard improvement, farmers'
 * technical training, greenhouses, courtyard plots).
 */
public final class Government implements Programmes {

    @Override
    public List<Programme> forScenario(Scenario scenario) {
        return List.of(new ParkBuilding(), new ParkProjects(scenario.parks()), new RoadProgramme(), new Resettlement(),
                new WorkshopProgramme(), new TrainingProgramme(), new EcoPosts(), new OrganisedTransfer(), new MicroCredit(),
                new ConsumptionAid(),
                new FarmProgramme(FarmProgramme.Kind.ORCHARD), new FarmProgramme(FarmProgramme.Kind.TRAINING),
                new FarmProgramme(FarmProgramme.Kind.GREENHOUSE), new FarmProgramme(FarmProgramme.Kind.COURTYARD));
    }
}
