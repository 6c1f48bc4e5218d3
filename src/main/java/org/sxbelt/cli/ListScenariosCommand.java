package org.sxbelt.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import org.sxbelt.params.Scenario;
import org.sxbelt.scenario.ScenarioLoader;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sxbelt list-scenarios [--dir <folder>]}: one line per scenario with its name, its parent
 * ({@code extends}) and its one-line description, in aligned columns under a header. Without
 * {@code --dir} the built-in scenarios are listed in the order of the classpath
 * {@code scenarios/index.txt}; with it, the {@code *.toml} files of that folder, by name. Every
 * scenario is fully loaded (parents resolved, values checked), so a broken file is reported as the
 * loader's one-line error (exit 2) rather than listed.
 */
@Parameters(commandNames = "list-scenarios", commandDescription = "List the scenarios with what each extends "
        + "and its one-line description: the built-in ones, or the *.toml files of a folder. "
        + "Any of them can be run with run --scenario <name>.")
public final class ListScenariosCommand implements Command {

    /** Column titles, in output order. */
    static final List<String> COLUMNS = List.of("name", "extends", "description");

    @Parameter(names = "--dir", description = "List the scenario files (*.toml) in this folder instead of the "
            + "built-in scenarios; their parents are looked for next to them, then built in.")
    @OptionHelp(arg = "<folder>", byDefault = "the built-in scenarios (scenarios/index.txt in the jar)")
    String dir;

    @Override
    public int call(PrintStream out, PrintStream err) {
        List<Scenario> scenarios = dir == null ? builtIn() : inFolder(folder(dir));
        List<List<String>> rows = new ArrayList<>();
        for (Scenario s : scenarios) {
            rows.add(List.of(s.name(), s.extendsName() == null ? "" : s.extendsName(), oneLine(s.description())));
        }
        out.print(table(rows));
        return Main.OK;
    }

    /** The built-in scenarios, in index order. */
    static List<Scenario> builtIn() {
        List<String> names = ScenarioLoader.listBuiltIn();
        if (names.isEmpty()) throw new CliException("no built-in scenarios found (classpath scenarios/index.txt missing)");
        List<Scenario> list = new ArrayList<>();
        for (String n : names) list.add(ScenarioLoader.loadResource(n));
        return list;
    }

    /** The scenarios of a folder, by file name. */
    static List<Scenario> inFolder(Path folder) {
        List<String> names = ScenarioLoader.list(folder);
        if (names.isEmpty()) throw new CliException("--dir " + folder + ": no scenario files (*.toml) in the folder");
        List<Scenario> list = new ArrayList<>();
        for (String n : names) list.add(ScenarioLoader.load(folder.resolve(n + ".toml")));
        return list;
    }

    private static Path folder(String text) {
        Path p;
        try {
            p = Path.of(text);
        } catch (InvalidPathException e) {
            throw new CliException("--dir " + text + ": not a valid path: " + e.getReason());
        }
        if (!Files.exists(p)) throw new CliException("--dir " + text + ": no such folder");
        if (!Files.isDirectory(p)) throw new CliException("--dir " + text + ": not a folder");
        if (!Files.isReadable(p)) throw new CliException("--dir " + text + ": folder cannot be read");
        return p;
    }

    /** Aligned columns with a header and a rule (see {@link TextTable}). */
    static String table(List<List<String>> rows) {
        return TextTable.render(COLUMNS, rows);
    }


    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
