package org.sxbelt.experiment.sweep;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.sxbelt.output.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Combines the folders of sharded sweeps of one experiment into the first folder: checks that every
 * folder holds the same design, copies the runs the first one lacks (a run present in two folders
 * must be byte-identical), and writes results.csv, which is then the same file an unsharded sweep
 * writes. The design is rebuilt from the experiment text stored in the first folder's manifest.json.
 */
public final class Merge {

    private Merge() {}

    public static MergeOutcome merge(List<Path> folders) throws IOException {
        if (folders.isEmpty()) throw new ExperimentException("merge: no experiment folder given");
        Path target = folders.get(0);
        for (Path f : folders) {
            if (!Files.isDirectory(f)) throw new ExperimentException(f + " is not a folder (expected an experiment folder)");
            if (!Files.isRegularFile(f.resolve(RunFiles.DESIGN))) {
                throw new ExperimentException(f + " has no " + RunFiles.DESIGN + ": not an experiment folder written by sweep");
            }
        }
        Set<Path> seen = new HashSet<>();
        for (Path f : folders) {
            if (!seen.add(f.toAbsolutePath().normalize())) throw new ExperimentException(f + " is given twice");
        }
        SweepPlan design = SweepPlan.of(experimentOf(target));
        String designCsv = design.file().csv();
        for (Path f : folders) {
            String csv = Files.readString(f.resolve(RunFiles.DESIGN), StandardCharsets.UTF_8);
            if (!csv.equals(designCsv)) {
                throw new ExperimentException("designs differ: " + f.resolve(RunFiles.DESIGN) + " is not the design of "
                        + target.resolve(RunFiles.MANIFEST) + " (the folders come from different experiment files)");
            }
        }
        Set<String> ids = new HashSet<>();
        for (SweepPlan.Run r : design.runs()) ids.add(r.id());
        Files.createDirectories(target.resolve(RunFiles.RUNS));
        int present = RunFiles.finished(target).size();
        int copied = 0;
        for (Path f : folders.subList(1, folders.size())) {
            for (String id : RunFiles.finished(f)) {
                if (!ids.contains(id)) {
                    throw new ExperimentException(RunFiles.runFile(f, id) + " is not a run of the design (run ids are "
                            + design.runs().get(0).id() + " .. " + design.runs().get(design.runs().size() - 1).id() + ")");
                }
                Path from = RunFiles.runFile(f, id);
                Path to = RunFiles.runFile(target, id);
                byte[] bytes = Files.readAllBytes(from);
                if (Files.exists(to)) {
                    if (!Arrays.equals(bytes, Files.readAllBytes(to))) {
                        throw new ExperimentException("run " + id + " differs between " + to + " and " + from
                                + ": the shards were not run with the same program and experiment");
                    }
                } else {
                    AtomicFiles.write(to, bytes);
                    AtomicFiles.deleteQuietly(RunFiles.errorFile(target, id));
                    copied++;
                }
            }
        }
        List<String> missing = RunFiles.missing(target, design);
        if (!missing.isEmpty()) {
            throw new ExperimentException(missing.size() + " of " + design.runs().size() + " runs are in none of the "
                    + "folders (" + RunFiles.preview(missing) + "): run the missing shards (or sweep again into "
                    + target.getParent() + ") and merge again");
        }
        Path results = RunFiles.writeResults(target, design);
        noteInManifest(target, folders, design.runs().size());
        return new MergeOutcome(target, design.runs().size(), copied, present, results);
    }

    /** The experiment as stored in a folder's manifest.json. */
    static Experiment experimentOf(Path folder) throws IOException {
        Path m = folder.resolve(RunFiles.MANIFEST);
        if (!Files.isRegularFile(m)) throw new ExperimentException(folder + " has no " + RunFiles.MANIFEST
                + ": not an experiment folder written by sweep");
        JsonElement text;
        try {
            JsonObject root = JsonParser.parseString(Files.readString(m, StandardCharsets.UTF_8)).getAsJsonObject();
            text = root.getAsJsonObject("experiment").get("text");
        } catch (RuntimeException e) {
            throw new ExperimentException(m + ": not a sweep manifest (" + e.getMessage() + ")", e);
        }
        if (text == null || !text.isJsonPrimitive()) throw new ExperimentException(m + ": no experiment.text: not a sweep manifest");
        return ExperimentFile.parse(text.getAsString(), m + " (experiment.text)", null);
    }

    private static void noteInManifest(Path target, List<Path> folders, int runs) throws IOException {
        Path m = target.resolve(RunFiles.MANIFEST);
        JsonObject root = JsonParser.parseString(Files.readString(m, StandardCharsets.UTF_8)).getAsJsonObject();
        JsonArray from = new JsonArray();
        List<String> names = new ArrayList<>();
        for (Path f : folders) names.add(f.toString());
        names.forEach(from::add);
        root.add("merged_from", from);
        root.addProperty("runs_finished_in_folder", runs);
        root.addProperty("results", RunFiles.RESULTS);
        AtomicFiles.writeString(m, new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls()
                .create().toJson(root) + "\n");
    }
}
