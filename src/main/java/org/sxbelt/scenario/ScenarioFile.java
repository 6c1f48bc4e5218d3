package org.sxbelt.scenario;

import org.sxbelt.params.Param;
import org.sxbelt.params.ParkProject;
import org.sxbelt.params.TimedEvent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One scenario file as written and validated, before inheritance: what it declares itself, the
 * parameter values it overrides (in file order), its own timed events and its park projects.
 *
 * @param extendsName the parent's name as written, or {@code "defaults"} when the file has no {@code extends}
 * @param extendsLine line of the {@code extends} key, 0 when absent
 * @param source      where in the source documents the policy comes from, or null
 */
record ScenarioFile(String name, String description, String source, String extendsName, int extendsLine,
                    Map<Param, Double> params, List<Event> events, List<ParkProject> parks) {

    /** A timed event with the free-text reason given for it (null when none) and its line. */
    record Event(TimedEvent event, String reason, int line) {}

    ScenarioFile {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        events = List.copyOf(events);
        parks = List.copyOf(parks);
    }
}
