package org.sxbelt.scenario;

import org.sxbelt.params.Param;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.ParamValues;
import org.sxbelt.params.ParkProject;
import org.sxbelt.params.Scenario;
import org.sxbelt.params.TimedEvent;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads scenario files (TOML, format in {@code scenarios/README.md}) into validated
 * {@link Scenario}s: resolves {@code extends} chains down to the schema defaults, merges timed
 * events, and applies text overrides from the command line or sweeps. Every problem is a
 * {@link ScenarioException} with a one-line message; nothing is returned for an invalid file.
 */
public final class ScenarioLoader {

    /** Name of the embedded default scenario. */
    public static final String DEFAULT_SCENARIO = "baseline";
    /** Classpath file listing the built-in scenario names, one per line. */
    public static final String INDEX_RESOURCE = ScenarioSource.RESOURCE_DIR + "index.txt";
    /** Folder, relative to the working directory, searched by {@link #resolve(String)}. */
    public static final String SCENARIO_DIR = "scenarios";

    private ScenarioLoader() {}

    // ---- loading -----------------------------------------------------------------------------

    /** Loads a scenario file; its parent is looked for next to it, then built in. */
    public static Scenario load(Path file) {
        return load(ScenarioSource.file(file), new ArrayList<>());
    }

    /** Loads the built-in scenario {@code /scenarios/<name>.toml} from the classpath. */
    public static Scenario loadResource(String name) {
        if (ScenarioNames.DEFAULTS.equals(name)) return Scenario.defaults();
        ScenarioSource src = ScenarioSource.resource(name);
        if (src == null) {
            throw new ScenarioException("no built-in scenario named \"" + name + "\""
                    + KeySuggester.didYouMean(name, listBuiltIn()) + builtInList());
        }
        return load(src, new ArrayList<>());
    }

    /** The embedded default scenario ({@value #DEFAULT_SCENARIO}). */
    public static Scenario loadDefault() {
        return loadResource(DEFAULT_SCENARIO);
    }

    /**
     * A scenario given on the command line: a path when it ends with ".toml" or contains a path
     * separator; otherwise a name, looked up as {@code scenarios/<name>.toml} under the working
     * directory, then built in. "defaults" is the schema defaults.
     */
    public static Scenario resolve(String nameOrPath) {
        return resolve(nameOrPath, Path.of(""));
    }

    /** {@link #resolve(String)} against another working directory. */
    static Scenario resolve(String nameOrPath, Path workingDir) {
        if (nameOrPath == null || nameOrPath.isBlank()) throw new ScenarioException("no scenario given");
        String s = nameOrPath.trim();
        if (s.endsWith(".toml") || s.contains("/") || s.contains("\\") || s.contains(File.separator)) {
            return load(workingDir.resolve(s));
        }
        if (ScenarioNames.DEFAULTS.equals(s)) return Scenario.defaults();
        Path local = workingDir.resolve(SCENARIO_DIR).resolve(s + ".toml");
        if (ScenarioNames.isValid(s) && Files.isRegularFile(local)) return load(local);
        if (ScenarioSource.resource(s) != null) return loadResource(s);

        Set<String> known = new LinkedHashSet<>(list(workingDir.resolve(SCENARIO_DIR)));
        known.addAll(listBuiltIn());
        throw new ScenarioException("no scenario named \"" + s + "\": not found as " + local + " or built in"
                + KeySuggester.didYouMean(s, known)
                + (known.isEmpty() ? "" : " (known: " + String.join(", ", known) + ")"));
    }

    private static Scenario load(ScenarioSource src, List<ScenarioSource> chain) {
        ScenarioFile f = ScenarioFileParser.parse(src);
        chain.add(src);

        Scenario parent;
        if (ScenarioNames.DEFAULTS.equals(f.extendsName())) {
            parent = Scenario.defaults();
        } else {
            ScenarioSource ps = src.parent(f.extendsName());
            if (ps == null) {
                throw ScenarioException.at(src.label(), f.extendsLine(), "extends \"" + f.extendsName()
                        + "\": no scenario named " + f.extendsName() + " next to the file or built in"
                        + KeySuggester.didYouMean(f.extendsName(), siblingsAndBuiltIn(src)));
            }
            if (chain.stream().anyMatch(c -> c.identity().equals(ps.identity()))) {
                String cycle = Stream.concat(chain.stream(), Stream.of(ps)).map(ScenarioSource::label)
                        .collect(Collectors.joining(" -> "));
                throw ScenarioException.at(src.label(), f.extendsLine(), "extends \"" + f.extendsName()
                        + "\": inheritance cycle " + cycle);
            }
            parent = load(ps, chain);
        }
        return merge(parent, f, src.label());
    }

    /**
     * The child's values on top of the parent's; child events replace parent events of the same
     * month and key; child park projects replace parent projects of the same name (m2 = 0 cancels one).
     */
    private static Scenario merge(Scenario parent, ScenarioFile f, String origin) {
        ParamValues params = parent.params().copy();
        f.params().forEach(params::set);

        List<TimedEvent> events = overlay(parent.events(),
                f.events().stream().map(ScenarioFile.Event::event).toList(), ScenarioLoader::slot);
        List<ParkProject> parks = overlay(parent.parks(), f.parks(), ParkProject::name).stream()
                .filter(pp -> pp.m2() > 0).toList();
        return new Scenario(f.name(), f.description(), f.extendsName(), origin, params, events, parks);
    }

    /** The parent's entries that no child entry replaces (same key), then the child's, in order. */
    private static <T> List<T> overlay(List<T> parent, List<T> child, Function<T, String> key) {
        Set<String> replaced = new HashSet<>();
        for (T c : child) replaced.add(key.apply(c));
        List<T> out = new ArrayList<>();
        for (T e : parent) if (!replaced.contains(key.apply(e))) out.add(e);
        out.addAll(child);
        return out;
    }

    private static String slot(TimedEvent e) {
        return e.month() + "|" + e.param().key();
    }

    // ---- overrides ---------------------------------------------------------------------------

    /**
     * A copy of {@code s} with parameter values given as text (e.g. from {@code --set key=value}
     * or a sweep), checked exactly like values in a file. Messages start with {@code originLabel}.
     * The scenario's timed events are kept: an event still sets its key at its month.
     */
    public static Scenario override(Scenario s, Map<String, String> keyToValueText, String originLabel) {
        if (keyToValueText == null || keyToValueText.isEmpty()) return s;
        String label = originLabel == null || originLabel.isBlank() ? "override" : originLabel;
        ParamValues params = s.params().copy();
        for (Map.Entry<String, String> e : keyToValueText.entrySet()) {
            String key = e.getKey() == null ? "" : e.getKey().trim();
            Param p = ParamSchema.byKey(key);
            if (p == null) {
                throw new ScenarioException(label + ": unknown key \"" + key + "\""
                        + KeySuggester.forParameter(key));
            }
            try {
                params.set(p, ParamValueReader.fromText(p, e.getValue()));
            } catch (ParamValueReader.InvalidValueException ex) {
                throw new ScenarioException(label + ": " + ex.getMessage());
            }
        }
        return s.withParams(params);
    }

    // ---- listing -----------------------------------------------------------------------------

    /** Names of the {@code *.toml} files in a folder, sorted; empty when the folder does not exist. */
    public static List<String> list(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".toml"))
                    .map(n -> n.substring(0, n.length() - 5))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ScenarioException(dir + ": cannot list scenarios: " + e, e);
        }
    }

    /**
     * Names of the built-in scenarios, in the order of {@code /scenarios/index.txt} (one name per
     * line, '#' starts a comment). Without an index, the classpath folder is listed if it is a
     * plain folder (IDE runs); otherwise the list is empty.
     */
    public static List<String> listBuiltIn() {
        URL index = ScenarioLoader.class.getResource(INDEX_RESOURCE);
        if (index != null) {
            try (InputStream in = index.openStream();
                 BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                Set<String> names = new LinkedHashSet<>();
                for (String line; (line = r.readLine()) != null; ) {
                    int hash = line.indexOf('#');
                    String n = (hash >= 0 ? line.substring(0, hash) : line).trim();
                    if (n.endsWith(".toml")) n = n.substring(0, n.length() - 5);
                    if (!n.isEmpty()) names.add(n);
                }
                return List.copyOf(names);
            } catch (IOException e) {
                throw new ScenarioException("classpath:" + INDEX_RESOURCE + ": cannot read: " + e, e);
            }
        }
        URL dir = ScenarioLoader.class.getResource(ScenarioSource.RESOURCE_DIR);
        if (dir != null && "file".equals(dir.getProtocol())) {
            try {
                return list(Path.of(dir.toURI()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                return List.of();
            }
        }
        return List.of();
    }

    private static String builtInList() {
        List<String> names = listBuiltIn();
        return names.isEmpty() ? "" : " (built in: " + String.join(", ", names) + ")";
    }

    private static Set<String> siblingsAndBuiltIn(ScenarioSource src) {
        Set<String> names = new LinkedHashSet<>();
        if (src.folder() != null) names.addAll(list(src.folder()));
        names.addAll(listBuiltIn());
        return names;
    }
}
