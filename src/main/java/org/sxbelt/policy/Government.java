package org.sxbelt.policy;

import org.sxbelt.model.BeltModel;
import org.sxbelt.scenario.TimedEvent;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.List;

/**
 * The policy phase: first the scenario's timed events due this month change parameters (a subsidy
 * ending, a shock, a quota), then each programme acts on the belt.
 */
public final class Government implements Steppable {

    private static final long serialVersionUID = 1L;
    private final List<TimedEvent> events;
    private final List<Programme> programmes;
    private final EcoPosts ecoPosts = new EcoPosts();
    private int nextEvent;

    public Government(List<TimedEvent> events) {
        this.events = events;
        this.programmes = List.of(new ParkBuilding(), new RoadProgramme(), new Resettlement(),
                new WorkshopProgramme(), new TrainingProgramme(), ecoPosts, new OrganisedTransfer());
    }

    @Override
    public void step(SimState state) {
        BeltModel m = (BeltModel) state;
        while (nextEvent < events.size() && events.get(nextEvent).month() <= m.month()) {
            TimedEvent e = events.get(nextEvent++);
            m.params().set(e.param(), e.value());
            m.policyEvent(e);
        }
        for (Programme p : programmes) p.run(m);
    }

    public int ecoPostsHeld() { return ecoPosts.held(); }
}
