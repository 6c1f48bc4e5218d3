package org.sxbelt.scenario;

import java.util.Comparator;
import java.util.List;

/**
 * A resolved scenario: parameter values after inheritance and overrides, plus timed events in
 * month order. {@code origin} says where it was read from (a path, or "classpath:...").
 */
public record Scenario(String name, String description, String extendsName, String origin,
                       Parameters params, List<TimedEvent> events) {

    public Scenario {
        events = events.stream().sorted(Comparator.comparingInt(TimedEvent::month)).toList();
    }

    /** All defaults, no events: the schema's own baseline. */
    public static Scenario defaults() {
        return new Scenario("defaults", "Schema defaults, no timed events.", null, "built-in", new Parameters(),
                List.of());
    }

    /** A copy whose parameters can be changed without touching this one. */
    public Scenario withParams(Parameters p) {
        return new Scenario(name, description, extendsName, origin, p, events);
    }
}
