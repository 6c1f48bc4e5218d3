package org.sxbelt.cli;

import com.beust.jcommander.Parameter;
import org.sxbelt.params.Scenario;
import org.sxbelt.scenario.ScenarioLoader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code --set key=value}, repeatable: parameter overrides on top of the scenario. */
final class ParamOverrides extends OptionGroup<ParamOverrides> {

    @Parameter(names = "--set", splitter = NoSplitter.class, description = "Override any parameter, "
            + "e.g. --set policy.subsidyMonths=24; repeatable. Values are checked against the parameter's "
            + "allowed range.")
    @OptionHelp(arg = "<key=value>", byDefault = "none")
    List<String> sets = new ArrayList<>();

    /** The {@code key=value} pairs, in order; checks their form only. A key given twice is an error naming it. */
    Map<String, String> overrides() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String s : sets) {
            int eq = s.indexOf('=');
            if (eq <= 0) throw new CliException("--set " + s + ": expected key=value, e.g. --set policy.subsidyMonths=24");
            String key = s.substring(0, eq).strip();
            String value = s.substring(eq + 1).strip();
            if (key.isEmpty()) throw new CliException("--set " + s + ": the key is empty");
            String before = map.put(key, value);
            if (before != null) {
                throw new CliException("--set " + key + " is given twice (" + key + "=" + before + " and " + key + "="
                        + value + "): give each key once");
            }
        }
        return map;
    }

    /** The scenario with the overrides applied; keys and values are checked against the schema there. */
    Scenario applyTo(Scenario sc) {
        Map<String, String> overrides = overrides();
        return overrides.isEmpty() ? sc : ScenarioLoader.override(sc, overrides, "--set");
    }
}
