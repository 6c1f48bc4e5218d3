package org.sxbelt.experiment.sweep;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.sxbelt.experiment.stats.ResultsFormat;
import org.sxbelt.output.AtomicFiles;
import org.sxbelt.output.Fingerprint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Combines the folders of sharded sweeps of one experiment into the first folder, all or nothing:
 * <ol>
 *   <li>takes every folder's {@link FolderLock} (no sweep may write into them meanwhile);</li>
 *   <li>checks that every folder holds the same design and the same fingerprint (manifest.json's
 *       {@code fingerprint}: seed, months, scale, indicators, levels, each scenario's parameters, events
 *       and parks, the model version), naming the first difference;</li>
 *   <li>verifies every run file of every folder against its check (rows, bytes, SHA-256) and its
 *       fingerprint against the design and its folder's; a damaged or foreign run is refused, naming it;
 *       only regular files are read, links are neither followed nor copied and no content is shown;</li>
 *   <li>copies the runs the first folder lacks into a hidden staging folder there, verifies the copies,
 *       writes results.csv into it and only then moves them in; on any failure the staging folder is
 *       removed and the first folder is as it was.</li>
 * </ol>
 * results.csv is then the same file an unsharded sweep writes. The design is rebuilt from the experiment
 * text stored in the first folder's manifest.json.
 */
public final class Merge {

    private Merge() {}

    public static MergeOutcome merge(List<Path> folders) throws IOException {
        return merge(folders, ResultsFormat.CSV, false);
    }

    /**
     * Merges into the first folder, writing the results file in {@code format} (a CSV format); unless
     * {@code keepRuns}, the first folder then keeps only the check files of its runs, their rows being in
     * the results file (the other folders are never changed). Runs whose run files were removed so (in
     * any folder, while its results file matches its results.check) are restored from its results file
     * and checked against their checks.
     */
    public static MergeOutcome merge(List<Path> folders, ResultsFormat format, boolean keepRuns) throws IOException {
        if (format == null) format = ResultsFormat.CSV;
        if (!format.isCsv()) throw new IllegalArgumentException("merge writes csv or csv.gz, not " + format.label());
        if (folders.isEmpty()) throw new ExperimentException("merge: no experiment folder given");
        Path target = folders.get(0);
        for (Path f : folders) {
            if (!Files.isDirectory(f)) throw new ExperimentException(f + " is not a folder (expected an experiment folder)");
            for (String name : new String[] {RunFiles.DESIGN, RunFiles.MANIFEST}) {
                Path p = f.resolve(name);
                if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                    throw new ExperimentException(f + " has no " + name + ": not an experiment folder written by sweep");
                }
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) throw notRegular(p);
            }
            Path runs = f.resolve(RunFiles.RUNS);
            if (Files.exists(runs, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(runs, LinkOption.NOFOLLOW_LINKS)) {
                throw notRegular(runs);
            }
        }
        Set<Path> seen = new HashSet<>();
        for (Path f : folders) {
            if (!seen.add(f.toAbsolutePath().normalize())) throw new ExperimentException(f + " is given twice");
        }
        List<FolderLock> locks = new ArrayList<>();
        try {
            for (Path f : folders) {
                try {
                    locks.add(FolderLock.acquire(f, null));
                } catch (java.nio.file.FileSystemException e) {
                    if (f == target) throw e;
                    // a shard on a read-only disk: no sweep can write there either, so it needs no lock
                }
            }
            locks.get(0).removeLeftovers(target);
            return mergeLocked(folders, format, keepRuns);
        } finally {
            for (FolderLock l : locks) l.close();
        }
    }

    private static ExperimentException notRegular(Path p) {
        return new ExperimentException(p + " is a symbolic link or not a regular " + (p.getFileName().toString()
                .equals(RunFiles.RUNS) ? "folder" : "file") + ": merge reads only regular files inside the experiment folders");
    }

    private static MergeOutcome mergeLocked(List<Path> folders, ResultsFormat format, boolean keepRuns) throws IOException {
        Path target = folders.get(0);
        Experiment e = experimentOf(target);
        SweepPlan design = SweepPlan.of(e);
        for (Path f : folders) {
            if (!design.designMatches(f.resolve(RunFiles.DESIGN))) { // compared row by row
                throw new ExperimentException("designs differ: " + f.resolve(RunFiles.DESIGN) + " is not the design of "
                        + target.resolve(RunFiles.MANIFEST) + " (the folders come from different experiment files)");
            }
        }
        Fingerprint targetFp = fingerprintOf(target);
        for (Path f : folders.subList(1, folders.size())) {
            Fingerprint.Difference d = targetFp.firstDifference(fingerprintOf(f));
            if (d != null) {
                throw new ExperimentException(f + " was made with " + d.label() + " " + d.value(d.then()) + ", " + target
                        + " with " + d.value(d.now()) + ": the folders come from different experiments or model versions; "
                        + "merge refuses them");
            }
        }
        RunVerifier verifier = new RunVerifier(e, design, targetFp);

        Files.createDirectories(target.resolve(RunFiles.RUNS));
        Map<String, RunCheck> have = new HashMap<>();
        for (String id : runIds(target, design)) have.put(id, verifier.verify(target, design.run(id)));
        // the first folder's runs whose rows are only in its results file: restored into the staging folder
        Set<String> targetPacked = new HashSet<>();
        ResultsCheck targetResults = ResultsCheck.intact(target);
        if (targetResults != null) {
            for (String id : packedIds(target, design, have.keySet())) {
                have.put(id, verifier.verifyPacked(target, design.run(id)));
                targetPacked.add(id);
            }
        }
        int present = have.size();

        Path staging = AtomicFiles.createUniqueDirectory(target, ".merge.partial-" + ProcessHandle.current().pid() + "-");
        try {
            Map<String, RunCheck> staged = new HashMap<>();
            Map<String, Path> stagedFrom = new HashMap<>();
            RunFiles.restore(targetResults == null ? null : targetResults.path(target), targetPacked,
                    id -> RunCheck.readOrNull(RunFiles.checkFile(target, id)), id -> staging.resolve(id + ".csv"));
            for (Path f : folders.subList(1, folders.size())) {
                ResultsCheck theirs = ResultsCheck.intact(f);
                if (theirs != null) { // their runs kept only in their results file
                    Set<String> need = new HashSet<>();
                    Set<String> known = new HashSet<>(have.keySet());
                    known.addAll(staged.keySet());
                    known.addAll(runIds(f, design));
                    for (String id : packedIds(f, design, known)) {
                        staged.put(id, verifier.verifyPacked(f, design.run(id)));
                        stagedFrom.put(id, theirs.path(f));
                        need.add(id);
                    }
                    RunFiles.restore(theirs.path(f), need, id -> RunCheck.readOrNull(RunFiles.checkFile(f, id)),
                            id -> staging.resolve(id + ".csv"));
                    for (String id : need) copyRegular(RunFiles.checkFile(f, id), staging.resolve(id + RunCheck.SUFFIX));
                }
                for (String id : runIds(f, design)) {
                    RunCheck c = verifier.verify(f, design.run(id));
                    RunCheck there = have.containsKey(id) ? have.get(id) : staged.get(id);
                    if (there != null) {
                        if (!there.sha256().equals(c.sha256())) {
                            Path other = have.containsKey(id) ? RunFiles.runFile(target, id) : stagedFrom.get(id);
                            throw new ExperimentException("run " + id + " differs between " + other + " and "
                                    + RunFiles.runFile(f, id) + ": the shards were not run with the same program and experiment");
                        }
                        continue;
                    }
                    Path to = staging.resolve(id + ".csv");
                    copyRegular(RunFiles.runFile(f, id), to);
                    copyRegular(RunFiles.checkFile(f, id), staging.resolve(id + RunCheck.SUFFIX));
                    RunCheck.Content copy = RunCheck.measure(to);
                    if (!copy.sha256().equals(c.sha256())) {
                        throw new ExperimentException(RunFiles.runFile(f, id) + " changed while it was copied; merge again");
                    }
                    staged.put(id, c);
                    stagedFrom.put(id, RunFiles.runFile(f, id));
                }
            }
            RunFiles.Few missing = new RunFiles.Few();
            long rows = 0;
            for (int i = 0; i < design.runCount(); i++) {
                String id = design.run(i).id();
                RunCheck c = have.containsKey(id) ? have.get(id) : staged.get(id);
                if (c != null) rows += c.rows();
                else missing.add(id);
            }
            if (!missing.isEmpty()) {
                throw new ExperimentException(missing.count() + " of " + design.runCount() + " runs are in none of the "
                        + "folders (" + missing.preview(", ") + "): run the missing shards (or sweep again into "
                        + target.getParent() + ") and merge again; nothing was changed");
            }
            ResultsCheck.RunsDigest digest = new ResultsCheck.RunsDigest();
            for (int i = 0; i < design.runCount(); i++) {
                String id = design.run(i).id();
                digest.add(id, (have.containsKey(id) ? have.get(id) : staged.get(id)).sha256());
            }
            RunFiles.writeResults(staging, design, r -> have.containsKey(r.id()) && !targetPacked.contains(r.id())
                    ? RunFiles.runFile(target, r.id()) : staging.resolve(r.id() + ".csv"), rows, format);
            // Everything is verified: move it in. Each move is atomic; a run counts once its check is there,
            // and a check without its run file only once the results file holding its rows is in (with
            // --keep-runs the run files go in first, as they always did).
            if (keepRuns) moveRunsIn(staging, target, design, staged, targetPacked, true);
            AtomicFiles.deleteQuietly(target.resolve(ResultsCheck.FILE));
            Path results = target.resolve(format.fileName());
            AtomicFiles.commit(staging.resolve(format.fileName()), results);
            ResultsCheck.write(target, results, format, rows, digest.runs(), digest.hex());
            for (Path other : ResultsFormat.present(target)) {
                if (!other.equals(results)) AtomicFiles.deleteRecursively(other);
            }
            if (!keepRuns) {
                moveRunsIn(staging, target, design, staged, targetPacked, false);
                RunFiles.removeRunFiles(target, design);
            }
            noteInManifest(target, folders, design.runCount(), format, keepRuns);
            return new MergeOutcome(target, design.runCount(), staged.size(), present, results);
        } finally {
            AtomicFiles.deleteRecursivelyQuietly(staging);
        }
    }

    /** Moves the staged runs into the first folder: their checks, and their run files when {@code withRunFiles}. */
    private static void moveRunsIn(Path staging, Path target, SweepPlan design, Map<String, RunCheck> staged,
                                   Set<String> targetPacked, boolean withRunFiles) throws IOException {
        for (int i = 0; i < design.runCount(); i++) {
            SweepPlan.Run r = design.run(i);
            if (withRunFiles && targetPacked.contains(r.id())) {
                AtomicFiles.commit(staging.resolve(r.id() + ".csv"), RunFiles.runFile(target, r.id()));
                continue;
            }
            if (!staged.containsKey(r.id())) continue;
            if (withRunFiles) AtomicFiles.commit(staging.resolve(r.id() + ".csv"), RunFiles.runFile(target, r.id()));
            AtomicFiles.commit(staging.resolve(r.id() + RunCheck.SUFFIX), RunFiles.checkFile(target, r.id()));
            AtomicFiles.deleteQuietly(RunFiles.errorFile(target, r.id()));
        }
    }

    /**
     * The runs of the design with a check file and no run file in a folder, less {@code except}: in a folder
     * whose results file is intact, the runs kept only there.
     */
    private static List<String> packedIds(Path folder, SweepPlan design, Set<String> except) {
        List<String> ids = new ArrayList<>();
        for (String id : RunFiles.checked(folder)) {
            if (except.contains(id) || design.run(id) == null) continue;
            if (Files.exists(RunFiles.runFile(folder, id), LinkOption.NOFOLLOW_LINKS)) continue;
            ids.add(id);
        }
        return ids;
    }

    /**
     * The run ids in a folder's runs/, refusing links and other non-regular entries named like run or
     * check files, and run files that are not runs of the design.
     */
    private static List<String> runIds(Path folder, SweepPlan design) throws IOException {
        Path dir = folder.resolve(RunFiles.RUNS);
        List<String> ids = new ArrayList<>();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return ids;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                if (n.startsWith(".")) continue;
                boolean run = n.endsWith(".csv");
                if (!run && !n.endsWith(RunCheck.SUFFIX)) continue;
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) throw notRegular(p);
                if (!run) continue;
                String id = n.substring(0, n.length() - 4);
                if (design.run(id) == null) {
                    throw new ExperimentException(p + " is not a run of the design (run ids are " + design.run(0).id()
                            + " .. " + design.run(design.runCount() - 1).id() + ")");
                }
                ids.add(id);
            }
        }
        ids.sort(null);
        return ids;
    }

    /** Copies a regular file without following a link at its name. */
    private static void copyRegular(Path from, Path to) throws IOException {
        if (!Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS)) throw notRegular(from);
        try (InputStream in = Files.newInputStream(from, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            Files.copy(in, to);
        }
    }

    /** Checks each run's files and fingerprint against the design and the folders' fingerprint. */
    private static final class RunVerifier {
        private final Experiment e;
        private final Fingerprint folderFp;
        private final SweepPlan design;
        private final Map<String, Fingerprint> sharedSeen = new HashMap<>();

        RunVerifier(Experiment e, SweepPlan design, Fingerprint folderFp) {
            this.e = e;
            this.design = design;
            this.folderFp = folderFp;
        }

        RunCheck verify(Path folder, SweepPlan.Run r) throws IOException {
            return verify(folder, r, RunCheck.status(folder, r.id(), null), RunFiles.runFile(folder, r.id()));
        }

        /** {@link #verify} of a run kept only in its folder's (intact) results file: its check alone. */
        RunCheck verifyPacked(Path folder, SweepPlan.Run r) throws IOException {
            return verify(folder, r, RunCheck.packed(folder, r.id(), null), RunFiles.checkFile(folder, r.id()));
        }

        private RunCheck verify(Path folder, SweepPlan.Run r, RunCheck.Status st, Path file) {
            if (st.kind() != RunCheck.Status.Kind.GOOD) {
                throw new ExperimentException(file + " " + (st.reason() == null ? "is missing" : st.reason())
                        + ": merge refuses damaged run files (nothing was changed); sweep the experiment into "
                        + folder.toAbsolutePath().normalize().getParent() + " again to redo it, then merge");
            }
            Fingerprint fp = st.check().fingerprint();
            String seed = fp.get(Fingerprint.SEED);
            if (!Long.toString(r.seed()).equals(seed)) {
                throw foreign(file, "seed " + seed + ", the design says " + r.seed());
            }
            SweepPlan.Point p = design.point(r.point()); // made from its index
            for (int j = 0; j < e.factors().size(); j++) {
                Factor f = e.factors().get(j);
                String was = fp.param(f.key());
                if (!sameValue(was, f, p.value(j))) {
                    throw foreign(file, f.key() + " = " + was + ", the design says " + f.format(p.value(j)));
                }
            }
            Fingerprint shared = Sweep.shared(fp, e);
            String digest = folderFp.get("scenario." + e.scenarios().indexOf(p.scenario()));
            String want = digest == null ? null : digest.substring(digest.lastIndexOf(' ') + 1);
            if (!shared.hash().equals(want)) {
                Fingerprint ref = sharedSeen.get(p.scenario());
                Fingerprint.Difference d = ref == null ? null : ref.firstDifference(shared);
                throw foreign(file, d == null ? "another scenario or model than its folder's manifest.json says"
                        : d.label() + " " + d.value(d.then()) + " where the other runs of " + p.scenario() + " have "
                        + d.value(d.now()));
            }
            sharedSeen.putIfAbsent(p.scenario(), shared);
            return st.check();
        }

        private static boolean sameValue(String was, Factor f, double value) {
            if (was == null) return false;
            if (was.equals(f.param().format(value)) || was.equals(f.format(value))) return true;
            try {
                return Double.parseDouble(was) == value;
            } catch (NumberFormatException ex) {
                return false;
            }
        }

        private static ExperimentException foreign(Path file, String what) {
            return new ExperimentException(file + " was made with " + what + ": it is not a run of this experiment; "
                    + "merge refuses it, nothing was changed");
        }
    }

    /** A folder's fingerprint, from its manifest.json. */
    static Fingerprint fingerprintOf(Path folder) throws IOException {
        Path m = folder.resolve(RunFiles.MANIFEST);
        JsonObject parts;
        try {
            JsonObject root = JsonParser.parseString(Files.readString(m, StandardCharsets.UTF_8)).getAsJsonObject();
            JsonElement fp = root.get("fingerprint");
            parts = fp == null || !fp.isJsonObject() ? null : fp.getAsJsonObject().getAsJsonObject("parts");
        } catch (RuntimeException ex) {
            throw new ExperimentException(m + ": not a sweep manifest (" + ex.getMessage() + ")", ex);
        }
        if (parts == null) {
            throw new ExperimentException(m + " has no fingerprint: the folder was written by an earlier version of "
                    + "sxbelt; sweep its experiment into it again (with --force) before merging");
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> en : parts.entrySet()) map.put(en.getKey(), en.getValue().getAsString());
        return new Fingerprint(map);
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

    private static void noteInManifest(Path target, List<Path> folders, int runs, ResultsFormat format, boolean keepRuns)
            throws IOException {
        Path m = target.resolve(RunFiles.MANIFEST);
        JsonObject root = JsonParser.parseString(Files.readString(m, StandardCharsets.UTF_8)).getAsJsonObject();
        JsonArray from = new JsonArray();
        List<String> names = new ArrayList<>();
        for (Path f : folders) names.add(f.toString());
        names.forEach(from::add);
        root.add("merged_from", from);
        root.addProperty("runs_finished_in_folder", runs);
        root.addProperty("results", format.fileName());
        root.addProperty("results_format", format.label());
        root.addProperty("run_files", keepRuns ? "kept (--keep-runs)"
                : "removed once the results file holds their rows; runs/<id>.check stay");
        AtomicFiles.writeString(m, new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls()
                .create().toJson(root) + "\n");
    }
}
