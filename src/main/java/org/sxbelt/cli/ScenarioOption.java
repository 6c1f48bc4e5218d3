package org.sxbelt.cli;

import com.beust.jcommander.Parameter;
import org.sxbelt.params.Scenario;
import org.sxbelt.scenario.ScenarioLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** {@code --scenario}: which scenario a command runs, by built-in name or file. */
final class ScenarioOption extends OptionGroup<ScenarioOption> {

    @Parameter(names = "--scenario", description = "Scenario to run: the name of a built-in scenario "
            + "(see the scenarios folder) or the path of a scenario TOML file.")
    @OptionHelp(arg = "<name|path>", byDefault = "the embedded default scenario")
    String scenario;

    /** The text given, or null when the option was left out. */
    String given() {
        return scenario;
    }

    /** Loads the named or given scenario; a path that does not exist is reported here, naming it. */
    Scenario load() {
        if (scenario == null) return ScenarioLoader.loadDefault();
        if (scenario.isBlank()) throw new CliException("--scenario is empty: expected a scenario name or file");
        if (looksLikePath(scenario)) {
            Path path = Path.of(scenario);
            if (!Files.exists(path)) throw new CliException("--scenario: scenario file " + scenario + " not found");
            if (Files.isDirectory(path)) {
                throw new CliException("--scenario: " + scenario + " is a folder, not a scenario file");
            }
        }
        return ScenarioLoader.resolve(scenario);
    }

    private static boolean looksLikePath(String s) {
        return s.contains("/") || s.contains("\\") || s.toLowerCase(Locale.ROOT).endsWith(".toml");
    }
}
