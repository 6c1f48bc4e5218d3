package org.sxbelt.experiment.sweep;

import org.sxbelt.output.AtomicFiles;
import org.sxbelt.output.Fingerprint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * A run file's check file, {@code runs/<id>.check}: its data row count, byte count and SHA-256, and the
 * {@link Fingerprint} of the run (its hash and its parts). Written after the run file, so a run counts as
 * finished only when both exist and agree; a run file without one (killed between the two, or written by
 * an earlier version) is redone by a sweep and refused by merge. The run file itself is unchanged
 * ({@code month,level,unit,indicator,value}), so results.csv does not change.
 *
 * <pre>
 * # sxbelt run check of p0-r0.csv ...
 * rows=1234
 * bytes=45678
 * sha256=...
 * fingerprint=...
 * seed=5
 * months=4
 * ...
 * </pre>
 */
public record RunCheck(long rows, long bytes, String sha256, String fingerprintHash, Fingerprint fingerprint) {

    public static final String SUFFIX = ".check";
    private static final List<String> HEAD = List.of("rows", "bytes", "sha256", "fingerprint");

    /** Rows (lines after the header), bytes and SHA-256 of a file, read without following a link. */
    record Content(long rows, long bytes, String sha256, boolean endsWithNewline) {}

    static Content measure(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            return measure(in);
        }
    }

    /** {@link #measure(Path)} of what a stream gives (the text of a gzipped file, say); the caller closes it. */
    static Content measure(InputStream in) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
        long lines = 0, bytes = 0;
        int last = -1;
        byte[] buf = new byte[1 << 16];
        for (int n; (n = in.read(buf)) >= 0; ) {
            if (n == 0) continue;
            md.update(buf, 0, n);
            for (int i = 0; i < n; i++) if (buf[i] == '\n') lines++;
            bytes += n;
            last = buf[n - 1];
        }
        return new Content(Math.max(0, lines - 1), bytes, HexFormat.of().formatHex(md.digest()), last == '\n');
    }

    /** Writes the check of a finished run file (atomically); returns it. */
    static RunCheck write(Path folder, String id, Fingerprint fp) throws IOException {
        Path file = RunFiles.runFile(folder, id);
        Content c = measure(file);
        RunCheck check = new RunCheck(c.rows(), c.bytes(), c.sha256(), fp.hash(), fp);
        AtomicFiles.writeString(RunFiles.checkFile(folder, id), check.text(file.getFileName().toString()));
        return check;
    }

    String text(String runFileName) {
        return "# sxbelt run check of " + runFileName + ": data rows, bytes and SHA-256 of the file, then the fingerprint "
                + "of the run (SHA-256 of the key=value lines after it). Written after the run file; a run counts as "
                + "finished only when both agree.\n"
                + "rows=" + rows + "\nbytes=" + bytes + "\nsha256=" + sha256 + "\nfingerprint=" + fingerprintHash + "\n"
                + fingerprint.text();
    }

    /** {@link #read}, null also when the file is not a check file. */
    static RunCheck readOrNull(Path checkFile) throws IOException {
        try {
            return read(checkFile);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Reads a check file; null if absent; an IllegalArgumentException if it is not one. */
    static RunCheck read(Path checkFile) throws IOException {
        if (!Files.exists(checkFile, LinkOption.NOFOLLOW_LINKS)) return null;
        if (!Files.isRegularFile(checkFile, LinkOption.NOFOLLOW_LINKS)) throw new IllegalArgumentException("not a regular file");
        if (Files.size(checkFile) > 1 << 20) throw new IllegalArgumentException("larger than 1 MB");
        String text;
        try (InputStream in = Files.newInputStream(checkFile, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        }
        if (!text.endsWith("\n")) throw new IllegalArgumentException("cut short");
        List<String> lines = new ArrayList<>(List.of(text.split("\n")));
        lines.removeIf(l -> l.startsWith("#"));
        if (lines.size() < HEAD.size()) throw new IllegalArgumentException("cut short");
        String[] head = new String[HEAD.size()];
        for (int i = 0; i < HEAD.size(); i++) {
            String l = lines.get(i);
            if (!l.startsWith(HEAD.get(i) + "=")) throw new IllegalArgumentException("no " + HEAD.get(i) + " line");
            head[i] = l.substring(HEAD.get(i).length() + 1);
        }
        Fingerprint fp = Fingerprint.parse(lines.subList(HEAD.size(), lines.size()));
        try {
            return new RunCheck(Long.parseLong(head[0]), Long.parseLong(head[1]), head[2], head[3], fp);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("rows or bytes not a number");
        }
    }

    /** What a run's files are: good, missing, damaged (with a reason) or made differently (with what changed). */
    record Status(Kind kind, String reason, RunCheck check) {
        enum Kind { GOOD, MISSING, DAMAGED, DIFFERENT }

        boolean good() { return kind == Kind.GOOD; }
    }

    /**
     * The state of run {@code id} whose run file was removed once the folder's results held its rows
     * ({@link ResultsCheck}): GOOD when its check file is there, sound, and has the fingerprint expected
     * (null: not compared); MISSING without a check file; DAMAGED with a damaged one; DIFFERENT with
     * another fingerprint. The caller knows the results file is intact.
     */
    static Status packed(Path folder, String id, Fingerprint expected) throws IOException {
        Path checkFile = RunFiles.checkFile(folder, id);
        RunCheck check;
        try {
            check = read(checkFile);
        } catch (IllegalArgumentException e) {
            return new Status(Status.Kind.DAMAGED, "has a damaged check file " + checkFile.getFileName() + " (" + e.getMessage() + ")", null);
        }
        if (check == null) return new Status(Status.Kind.MISSING, null, null);
        if (!check.fingerprintHash().equals(check.fingerprint().hash())) {
            return new Status(Status.Kind.DAMAGED, "has a check file whose fingerprint does not match its parts", check);
        }
        if (expected != null && !expected.hash().equals(check.fingerprintHash())) {
            Fingerprint.Difference d = expected.firstDifference(check.fingerprint());
            return new Status(Status.Kind.DIFFERENT, d == null ? "another fingerprint" : d.describe(), check);
        }
        return new Status(Status.Kind.GOOD, null, check);
    }

    /**
     * The state of run {@code id} in {@code folder}; {@code expected} (null: not compared) is the fingerprint
     * the run must have. Never reads more of the run file than its bytes, never shows its content.
     */
    static Status status(Path folder, String id, Fingerprint expected) throws IOException {
        Path file = RunFiles.runFile(folder, id);
        Path checkFile = RunFiles.checkFile(folder, id);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return new Status(Status.Kind.MISSING, null, null);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return new Status(Status.Kind.DAMAGED, "is not a regular file (a link or a folder)", null);
        }
        RunCheck check;
        try {
            check = read(checkFile);
        } catch (IllegalArgumentException e) {
            return new Status(Status.Kind.DAMAGED, "has a damaged check file " + checkFile.getFileName() + " (" + e.getMessage() + ")", null);
        }
        if (check == null) {
            return new Status(Status.Kind.DAMAGED, "has no check file " + checkFile.getFileName()
                    + " (the run was killed before it, or an earlier version wrote it)", null);
        }
        if (!check.fingerprintHash().equals(check.fingerprint().hash())) {
            return new Status(Status.Kind.DAMAGED, "has a check file whose fingerprint does not match its parts", check);
        }
        Content c = measure(file);
        if (c.bytes() == 0) return new Status(Status.Kind.DAMAGED, "is empty (0 bytes, expected " + check.bytes() + ")", check);
        if (c.bytes() != check.bytes()) {
            return new Status(Status.Kind.DAMAGED, String.format(Locale.ROOT, "has %d bytes and %d rows, its check says %d bytes and %d rows%s",
                    c.bytes(), c.rows(), check.bytes(), check.rows(), c.bytes() < check.bytes() ? " (cut short)" : ""), check);
        }
        if (!c.sha256().equals(check.sha256()) || c.rows() != check.rows() || !c.endsWithNewline()) {
            return new Status(Status.Kind.DAMAGED, "does not match its checksum (changed after it was written)", check);
        }
        if (expected != null && !expected.hash().equals(check.fingerprintHash())) {
            Fingerprint.Difference d = expected.firstDifference(check.fingerprint());
            return new Status(Status.Kind.DIFFERENT, d == null ? "another fingerprint" : d.describe(), check);
        }
        return new Status(Status.Kind.GOOD, null, check);
    }
}
