package org.sxbelt.scenario;

import org.sxbelt.params.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the text of one scenario file comes from: a file on disk or a built-in resource
 * {@code /scenarios/<name>.toml} on the classpath. Also knows where that file's parent
 * ({@code extends = "X"}) is looked for: {@code X.toml} next to it first, then built in.
 */
final class ScenarioSource {

    /** Classpath folder of the built-in scenarios. */
    static final String RESOURCE_DIR = "/scenarios/";

    private final Path file;        // null for a built-in scenario
    private final String resource;  // null for a file

    private ScenarioSource(Path file, String resource) {
        this.file = file;
        this.resource = resource;
    }

    static ScenarioSource file(Path file) {
        return new ScenarioSource(file, null);
    }

    /** The built-in scenario with this name, or null when there is none. */
    static ScenarioSource resource(String name) {
        if (!ScenarioNames.isValid(name)) return null;
        String r = RESOURCE_DIR + name + ".toml";
        return ScenarioSource.class.getResource(r) == null ? null : new ScenarioSource(null, r);
    }

    /** How the file is named in messages and in {@link Scenario#origin()}. */
    String label() {
        return file != null ? file.toString() : "classpath:" + resource;
    }

    /** Equal for two sources that are the same file (for cycle detection). */
    String identity() {
        return file != null ? "file:" + file.toAbsolutePath().normalize() : "classpath:" + resource;
    }

    /** The name the file must declare: its file name without ".toml". */
    String stem() {
        String n = file != null ? String.valueOf(file.getFileName()) : resource.substring(RESOURCE_DIR.length());
        return n.endsWith(".toml") ? n.substring(0, n.length() - 5) : n;
    }

    /** The folder holding the file, or null for a built-in scenario. */
    Path folder() {
        return file == null ? null : file.toAbsolutePath().getParent();
    }

    /** The file's text, bounded and checked as {@link TomlInput#read} says (at most 1 MB of UTF-8). */
    String read() {
        if (file != null) return TomlInput.read(file, "scenario file", ScenarioException::new);
        try {
            URL url = ScenarioSource.class.getResource(resource);
            if (url == null) throw new ScenarioException(label() + ": not found on the classpath");
            try (InputStream in = url.openStream()) {
                return TomlInput.text(in.readNBytes(TomlInput.MAX_BYTES + 1), label(), "scenario file",
                        ScenarioException::new);
            }
        } catch (IOException e) {
            throw new ScenarioException(label() + ": cannot read: " + e, e);
        }
    }

    /** The scenario a file with {@code extends = "name"} inherits from, or null when there is none. */
    ScenarioSource parent(String name) {
        if (!ScenarioNames.isValid(name)) return null;
        if (file != null) {
            Path sibling = file.resolveSibling(name + ".toml");
            if (Files.isRegularFile(sibling)) return file(sibling);
        }
        return resource(name);
    }
}
