package org.sxbelt.scenario;

import java.util.regex.Pattern;

/** What a scenario name may look like: it is also a file name, so letters, digits, '-', '_' and '.'. */
final class ScenarioNames {

    /** The implicit root of every inheritance chain: the schema defaults, no events. */
    static final String DEFAULTS = "defaults";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private ScenarioNames() {}

    static boolean isValid(String name) {
        return name != null && NAME.matcher(name).matches() && !name.endsWith(".toml");
    }
}
