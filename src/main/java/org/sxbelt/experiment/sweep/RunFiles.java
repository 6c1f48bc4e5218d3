package org.sxbelt.experiment.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The files of an experiment folder. */
public final class RunFiles {

    public static final String DESIGN = "design.csv";
    public static final String MANIFEST = "manifest.json";
    public static final String RESULTS = "results.csv";
    public static final String RUNS = "runs";
    public static final String ERROR_SUFFIX = ".error.txt";

    private RunFiles() {}

    public static Path runFile(Path folder, String id) {
        return folder.resolve(RUNS).resolve(id + ".csv");
    }

    public static Path errorFile(Path folder, String id) {
        return folder.resolve(RUNS).resolve(id + ERROR_SUFFIX);
    }

    /** Ids of the finished runs: {@code runs/<id>.csv} (hidden temporary files excluded). */
    public static Set<String> finished(Path folder) {
        return list(folder, ".csv");
    }

    /** Ids of the failed runs: {@code runs/<id>.error.txt}. */
    public static Set<String> failed(Path folder) {
        return list(folder, ERROR_SUFFIX);
    }

    private static Set<String> list(Path folder, String suffix) {
        Path dir = folder.resolve(RUNS);
        Set<String> ids = new TreeSet<>();
        if (!Files.isDirectory(dir)) return ids;
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(p -> {
                String n = p.getFileName().toString();
                if (!n.startsWith(".") && n.endsWith(suffix) && Files.isRegularFile(p)) {
                    ids.add(n.substring(0, n.length() - suffix.length()));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        return ids;
    }
}
