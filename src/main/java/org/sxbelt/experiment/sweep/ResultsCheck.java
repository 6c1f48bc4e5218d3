package org.sxbelt.experiment.sweep;

import org.sxbelt.experiment.stats.ResultsFormat;
import org.sxbelt.output.AtomicFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The check of an experiment folder's results file, {@code results.check}: the file's name and format,
 * its data rows (of the CSV text, after decompression; of the table for results.parquet), its bytes and SHA-256 as on disk, and the runs
 * it holds (their count and a SHA-256 over each run's id and run-file SHA-256 from its
 * {@link RunCheck}, in results order). Written right after the results file; while it matches the file,
 * the runs whose run files were removed ({@code --keep-runs} not given) count as finished, their rows
 * being in the results file, from which a sweep or merge that must write the results again restores
 * their run files (checked against their checks); a results.parquet cannot give them back, so a sweep
 * that would need to stops in one line ({@code --keep-runs} keeps them for that).
 */
record ResultsCheck(String file, ResultsFormat format, long rows, long bytes, String sha256, int runs, String runsSha256) {

    static final String FILE = "results.check";

    /** Measures the results file just written and writes its check (atomically). */
    static ResultsCheck write(Path folder, Path results, ResultsFormat format, long rows, int runs, String runsSha256)
            throws IOException {
        RunCheck.Content c = RunCheck.measure(results);
        ResultsCheck check = new ResultsCheck(results.getFileName().toString(), format, rows, c.bytes(), c.sha256(),
                runs, runsSha256);
        AtomicFiles.writeString(folder.resolve(FILE), "# sxbelt results check: the results file, its format, data rows "
                + "(of its CSV text), bytes and SHA-256 on disk, the runs it holds and a SHA-256 over their ids and run-file "
                + "SHA-256s. Runs whose run files were removed count as finished while this matches the results file.\n"
                + "file=" + check.file + "\nformat=" + format.label() + "\nrows=" + rows + "\nbytes=" + c.bytes()
                + "\nsha256=" + c.sha256() + "\nruns=" + runs + "\nruns_sha256=" + runsSha256 + "\n");
        return check;
    }

    /**
     * The folder's results check when its results file is there and matches it (bytes and SHA-256); null
     * when there is none, it is damaged, or the file does not match (the runs it held then count as missing).
     */
    static ResultsCheck intact(Path folder) throws IOException {
        Path p = folder.resolve(FILE);
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.size(p) > 1 << 16) return null;
        Map<String, String> kv = new HashMap<>();
        for (String line : Files.readString(p, StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("#")) continue;
            int eq = line.indexOf('=');
            if (eq > 0) kv.put(line.substring(0, eq), line.substring(eq + 1));
        }
        ResultsCheck c;
        try {
            ResultsFormat format = ResultsFormat.parse(kv.get("format"));
            String file = kv.get("file");
            if (format == null || file == null || !file.equals(format.fileName())) return null;
            c = new ResultsCheck(file, format, Long.parseLong(kv.get("rows")), Long.parseLong(kv.get("bytes")),
                    kv.get("sha256"), Integer.parseInt(kv.get("runs")), kv.get("runs_sha256"));
        } catch (RuntimeException e) {
            return null;
        }
        Path results = folder.resolve(c.file);
        if (!Files.isRegularFile(results, LinkOption.NOFOLLOW_LINKS) || Files.size(results) != c.bytes) return null;
        RunCheck.Content now;
        try (InputStream in = Files.newInputStream(results, LinkOption.NOFOLLOW_LINKS)) {
            now = RunCheck.measure(in);
        }
        return now.sha256().equals(c.sha256) ? c : null;
    }

    /** The results file this check is about. */
    Path path(Path folder) {
        return folder.resolve(file);
    }

    /** The SHA-256 over the runs a results file holds: each run's id and run-file SHA-256, in results order. */
    static final class RunsDigest {
        private final MessageDigest md;
        private int runs;

        RunsDigest() {
            try {
                md = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new AssertionError(e);
            }
        }

        void add(String id, String runSha256) {
            md.update((id + " " + runSha256 + "\n").getBytes(StandardCharsets.UTF_8));
            runs++;
        }

        int runs() { return runs; }

        String hex() {
            try {
                return HexFormat.of().formatHex(((MessageDigest) md.clone()).digest());
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }
}
