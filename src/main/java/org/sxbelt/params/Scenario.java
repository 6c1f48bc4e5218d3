package org.sxbelt.params;

import java.util.Comparator;
import java.util.List;

/**
 * A resolved scenario: parameter values after inheritance and overrides, timed events in month
 * order, and park-building projects. {@code origin} says where it was read from (a path, or
 * "classpath:...").
 */
public record Scenario(String name, String description, String extendsName, String origin,
                       ParamValues params, List<TimedEvent> events, List<ParkProject> parks)
        implements java.io.Serializable {

    public Scenario {
        events = events.stream().sorted(Comparator.comparingInt(TimedEvent::month)).toList();
        parks = List.copyOf(parks);
    }

    public Scenario(String name, String description, String extendsName, String origin, ParamValues params,
                    List<TimedEvent> events) {
        this(name, description, extendsName, origin, params, events, List.of());
    }

    /** All defaults, no events: the schema's own baseline. */
    public static Scenario defaults() {
        return new Scenario("defaults", "Schema defaults, no timed events.", null, "built-in", new ParamValues(),
                List.of());
    }

    /** A copy whose parameters can be changed without touching this one. */
    public Scenario withParams(ParamValues p) {
        return new Scenario(name, description, extendsName, origin, p, events, parks);
    }
}
