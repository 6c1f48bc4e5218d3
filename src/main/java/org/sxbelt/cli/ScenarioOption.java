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
        return load("--scenario", scenario);
    }

    /**
     * Loads the scenario an option names (a built-in name or a TOML file), checking the text as
     * {@code --scenario} does; a file that is missing or a folder is one line naming {@code option}.
     */
    static Scenario load(String option, String text) {
        if (text.isBlank()) throw new CliException(option + " is empty: expected a scenario name or file");
        if (looksLikePath(text)) {
            Path path = Path.of(text);
            if (!Files.exists(path)) throw new CliException(option + ": scenario file " + text + " not found");
            if (Files.isDirectory(path)) {
                throw new CliException(option + ": " + text + " is a folder, not a scenario file");
            }
        }
        try {
            return ScenarioLoader.resolve(text);
        } catch (org.sxbelt.scenario.ScenarioException e) {
            if (option.equals("--scenario")) throw e; // its messages already say which scenario
            throw new CliException(option + ": " + e.getMessage(), e);
        }
    }

    private static boolean looksLikePath(String s) {
        return s.contains("/") || s.contains("\\") || s.toLowerCase(Locale.ROOT).endsWith(".toml");
    }
}
