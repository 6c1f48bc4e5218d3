package org.sxbelt.experiment.sweep;

import org.sxbelt.output.AtomicFiles;
import org.sxbelt.output.TidyCsvWriter;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * results.csv: every run's kept rows in one tidy file,
 * {@code run,point,replicate,seed,scenario,<factor keys...>,month,level,unit,indicator,value},
 * runs in (point, replicate) order and each run's rows in its file's order. Built from the
 * {@code runs/} files alone, so a merged folder gives the same bytes as an unsharded sweep.
 */
public final class Results {

    private Results() {}

    /** The header line (no line end). */
    public static String header(Design design) {
        return "run,point,replicate,seed," + "scenario" + design.factorHeader() + "," + TidyCsvWriter.HEADER;
    }

    /** Ids of the design's runs that have no {@code runs/<id>.csv} in the folder, in run order. */
    public static List<String> missing(Path folder, Design design) {
        Set<String> done = RunFiles.finished(folder);
        List<String> missing = new ArrayList<>();
        for (Design.Run r : design.runs()) if (!done.contains(r.id())) missing.add(r.id());
        return missing;
    }

    /** Writes {@code results.csv} atomically; every run must be present. */
    public static Path write(Path folder, Design design) throws IOException {
        List<String> missing = missing(folder, design);
        if (!missing.isEmpty()) {
            throw new ExperimentException(folder + ": " + missing.size() + " of " + design.runs().size()
                    + " runs missing (" + preview(missing) + "): cannot write " + RunFiles.RESULTS);
        }
        Path target = folder.resolve(RunFiles.RESULTS);
        Path temp = AtomicFiles.tempFileFor(target);
        try {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp),
                    StandardCharsets.UTF_8), 1 << 20)) {
                out.write(header(design));
                out.write('\n');
                List<Design.Point> points = design.points();
                for (Design.Run r : design.runs()) {
                    String prefix = r.id() + "," + r.point() + "," + r.replicate() + "," + r.seed() + ","
                            + design.pointFields(points.get(r.point())) + ",";
                    Path file = RunFiles.runFile(folder, r.id());
                    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        String head = in.readLine();
                        if (!TidyCsvWriter.HEADER.equals(head)) {
                            throw new ExperimentException(file + ": not a run file: expected the header "
                                    + TidyCsvWriter.HEADER + ", found " + head);
                        }
                        for (String line; (line = in.readLine()) != null; ) {
                            if (line.isEmpty()) continue;
                            out.write(prefix);
                            out.write(line);
                            out.write('\n');
                        }
                    }
                }
            }
            AtomicFiles.commit(temp, target);
        } catch (IOException | RuntimeException e) {
            AtomicFiles.deleteQuietly(temp);
            throw e;
        }
        return target;
    }

    static String preview(List<String> ids) {
        int n = Math.min(5, ids.size());
        return String.join(", ", ids.subList(0, n)) + (ids.size() > n ? ", ..." : "");
    }
}
