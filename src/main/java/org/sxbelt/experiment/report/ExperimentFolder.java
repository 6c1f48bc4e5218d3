package org.sxbelt.experiment.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import org.sxbelt.experiment.stats.DesignFile;
import org.sxbelt.experiment.stats.ExperimentDataException;
import org.sxbelt.experiment.stats.ResultsFile;
import org.sxbelt.experiment.stats.ResultsFormat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The files of an experiment folder written by {@code sweep}: {@code design.csv}, {@code results.csv}
 * (or {@code results.csv.gz}) and
 * {@code manifest.json}. Every problem is an {@link ExperimentDataException} naming the file.
 */
public record ExperimentFolder(Path dir, DesignFile design, ResultsFile results, JsonElement manifest) {

    public static final String MANIFEST = "manifest.json";

    public static ExperimentFolder load(Path dir) {
        if (!Files.exists(dir)) throw new ExperimentDataException("experiment folder " + dir + " not found");
        if (!Files.isDirectory(dir)) throw new ExperimentDataException(dir + " is not a folder: expected an "
                + "experiment folder with design.csv, results.csv and manifest.json");
        for (String f : new String[] {DesignFile.FILE_NAME, MANIFEST}) {
            if (!Files.isRegularFile(dir.resolve(f))) {
                throw new ExperimentDataException(dir.resolve(f) + " not found (an experiment folder has "
                        + "design.csv, results.csv or results.csv.gz, and manifest.json, as written by 'sxbelt sweep')");
            }
        }
        Path resultsFile = ResultsFormat.find(dir);
        JsonElement manifest = readManifest(dir.resolve(MANIFEST));
        DesignFile design = DesignFile.read(dir.resolve(DesignFile.FILE_NAME));
        ResultsFile results = ResultsFile.read(resultsFile);
        for (int p : results.points()) {
            if (design.point(p) == null) {
                throw new ExperimentDataException(resultsFile + ": point " + p
                        + " is not in " + dir.resolve(DesignFile.FILE_NAME));
            }
        }
        return new ExperimentFolder(dir, design, results, manifest);
    }

    private static JsonElement readManifest(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            JsonElement e = JsonParser.parseString(text);
            if (e == null || e.isJsonNull()) throw new ExperimentDataException(file + " is empty");
            return e;
        } catch (NoSuchFileException e) {
            throw new ExperimentDataException(file + " not found");
        } catch (JsonParseException e) {
            String m = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
            throw new ExperimentDataException(file + " is not valid JSON: " + m);
        } catch (IOException e) {
            throw new ExperimentDataException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The folder's results file (results.csv or results.csv.gz), for messages. */
    public Path resultsFile() {
        for (Path p : ResultsFormat.present(dir)) return p;
        return dir.resolve(ResultsFile.FILE_NAME);
    }

    /** The manifest pretty-printed. */
    public String manifestText() {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls()
                .serializeSpecialFloatingPointValues().create().toJson(manifest);
    }
}
