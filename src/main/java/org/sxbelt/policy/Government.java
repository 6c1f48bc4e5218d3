package org.sxbelt.policy;

import org.sxbelt.model.BeltModel;
import org.sxbelt.scenario.ParkProject;
import org.sxbelt.scenario.TimedEvent;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.List;

/**
 * The scenario's timed events (applied by the clock at the very start of their month, before any
 * process reads a parameter) and the policy phase, in which each programme acts on the belt.
 */
public final class Government implements Steppable {

    private static final long serialVersionUID = 1L;
    private final List<TimedEvent> events;
    private final List<Programme> programmes;
    private final EcoPosts ecoPosts = new EcoPosts();
    private int nextEvent;

    public Government(List<TimedEvent> events, List<ParkProject> parks) {
        this.events = events;
        this.programmes = List.of(new ParkBuilding(), new ParkProjects(parks), new RoadProgramme(), new Resettlement(),
                new WorkshopProgramme(), new TrainingProgramme(), ecoPosts, new OrganisedTransfer());
    }

    /** Applies the events due by this month (month index, 0 = 2015-01). */
    public void applyEvents(BeltModel m, int month) {
        while (nextEvent < events.size() && events.get(nextEvent).month() <= month) {
            TimedEvent e = events.get(nextEvent++);
            m.params().set(e.param(), e.value());
            m.policyEvent(e);
        }
    }

    @Override
    public void step(SimState state) {
        BeltModel m = (BeltModel) state;
        for (Programme p : programmes) p.run(m);
    }

    public int ecoPostsHeld() { return ecoPosts.held(); }
}
