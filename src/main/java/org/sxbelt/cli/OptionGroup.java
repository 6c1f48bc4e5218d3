package org.sxbelt.cli;

import java.util.HashMap;
import java.util.Map;

/**
 * Options several commands share, declared once and used through JCommander's
 * {@code @ParametersDelegate}; each group checks its own values and reports mistakes as
 * {@link CliException}. The group's {@code @Parameter} description and {@link OptionHelp} default are
 * the usual wording; a command for which an option means something a little different (runs in
 * parallel rather than threads inside a run, another default folder) words it its own way with
 * {@link #help}, and {@link Help} shows that instead.
 */
abstract class OptionGroup<G extends OptionGroup<G>> {

    /** A command's own wording of one option of the group. */
    record Wording(String description, String byDefault) {}

    private final Map<String, Wording> wording = new HashMap<>();

    /** Words {@code option} (one of the group's names) this way in the using command's help. */
    @SuppressWarnings("unchecked")
    final G help(String option, String description, String byDefault) {
        wording.put(option, new Wording(description, byDefault));
        return (G) this;
    }

    /** The using command's wording of {@code option}, or null for the group's own. */
    final Wording wording(String option) {
        return wording.get(option);
    }
}
