package org.sxbelt.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

/**
 * One run's output folder, written all-or-nothing.
 *
 * <p>Files are written into a hidden staging folder {@code <out>/.<name>.partial-<pid>-<random>} next to
 * the final folder (pid: the writing process). {@link #commit()} renames it to {@code <out>/<name>}; when a folder of that name
 * already exists (a re-run), the old one is first renamed aside to {@code .<name>.old-<random>}, the
 * new one renamed in, and only then the old one deleted. Every step is a rename on one file system,
 * so at any instant {@code <out>/<name>} is either absent, the complete old run or the complete new
 * run; leftovers of a crash are hidden dot-folders.
 *
 * <p>Closing without committing ({@code try}-with-resources after an exception) aborts: the staging
 * folder is deleted. A JVM shutdown (Ctrl-C, {@code System.exit}) before commit also deletes it. A
 * killed process (SIGKILL, out of memory) cannot: {@link #create} removes the {@code .*.partial-<pid>-*}
 * and {@code .*.old-<pid>-*} folders in {@code <out>} whose process is no longer running, so only dead
 * owners' leftovers go (a live run's staging folder is never touched).
 */
public final class RunOutput implements AutoCloseable {

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+=@-]*");
    /** A hidden staging or set-aside folder: {@code .<name>.partial-<pid>-<random>} or {@code .<name>.old-<pid>-<random>}. */
    static final Pattern LEFTOVER = Pattern.compile("\\..+\\.(?:partial|old)-(\\d{1,19})-[0-9a-z]+");

    private final Path outDir;
    private final String name;
    private final Path staging;
    private final Path finalDir;
    private final Thread shutdownHook;
    private boolean done;
    private boolean committed;
    private int removedLeftovers;

    private RunOutput(Path outDir, String name, Path staging) {
        this.outDir = outDir;
        this.name = name;
        this.staging = staging;
        this.finalDir = outDir.resolve(name);
        this.shutdownHook = new Thread(() -> AtomicFiles.deleteRecursivelyQuietly(staging), "sxbelt-abort-" + name);
        try {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        } catch (IllegalStateException ignored) {
            // already shutting down
        }
    }

    /**
     * Creates {@code outDir} if needed and a fresh staging folder in it.
     *
     * @throws IllegalArgumentException if {@code name} is not a plain folder name (see {@link #checkName})
     * @throws IOException if the folder cannot be created (not a directory, not writable, ...)
     */
    public static RunOutput create(Path outDir, String name) throws IOException {
        String problem = checkName(name);
        if (problem != null) throw new IllegalArgumentException(problem);
        Path out = outDir.toAbsolutePath().normalize();
        Files.createDirectories(out);
        int removed = removeLeftovers(out);
        Path staging = AtomicFiles.createUniqueDirectory(out, "." + name + ".partial-" + ProcessHandle.current().pid() + "-");
        RunOutput o = new RunOutput(out, name, staging);
        o.removedLeftovers = removed;
        return o;
    }

    /** How many leftover folders of dead runs {@link #create} removed. */
    public int removedLeftovers() { return removedLeftovers; }

    /** Removes the staging and set-aside folders in {@code out} of processes no longer running; returns how many. */
    static int removeLeftovers(Path out) {
        int n = 0;
        try (java.nio.file.DirectoryStream<Path> ds = Files.newDirectoryStream(out, ".*")) {
            for (Path p : ds) {
                java.util.regex.Matcher m = LEFTOVER.matcher(p.getFileName().toString());
                if (!m.matches() || !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) continue;
                long pid;
                try {
                    pid = Long.parseLong(m.group(1));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) continue;
                AtomicFiles.deleteRecursivelyQuietly(p);
                n++;
            }
        } catch (IOException | RuntimeException e) {
            // best effort: leftovers that cannot be listed stay
        }
        return n;
    }

    /** Default run folder name: {@code <scenario>-seed<seed>}, with characters unsafe in file names replaced by '_'. */
    public static String defaultName(String scenarioName, long seed) {
        String s = scenarioName == null || scenarioName.isBlank() ? "run" : scenarioName;
        s = s.replaceAll("[^A-Za-z0-9._+=@-]", "_");
        if (!Character.isLetterOrDigit(s.charAt(0))) s = "run" + s;
        return s + "-seed" + seed;
    }

    /**
     * Why {@code name} cannot be a run folder name, or null if it can: a single path element of
     * letters, digits and {@code . _ + = @ -}, starting with a letter or digit (hidden dot-names
     * are reserved for staging folders).
     */
    public static String checkName(String name) {
        if (name == null || name.isEmpty()) return "the run folder name is empty";
        if (name.length() > 200) return "the run folder name is longer than 200 characters";
        if (!SAFE_NAME.matcher(name).matches()) {
            return "'" + name + "' is not a plain folder name: use letters, digits and . _ + = @ -,"
                    + " starting with a letter or digit";
        }
        return null;
    }

    /** The staging folder files are written to until {@link #commit()}. */
    public Path stagingDir() { return staging; }

    /** Where the run ends up after {@link #commit()}. */
    public Path finalDir() { return finalDir; }

    public Path outDir() { return outDir; }

    public String name() { return name; }

    /** A file in the staging folder. */
    public Path file(String fileName) {
        if (fileName.contains("/") || fileName.contains("\\")) {
            throw new IllegalArgumentException("not a plain file name: " + fileName);
        }
        return staging.resolve(fileName);
    }

    public boolean isCommitted() { return committed; }

    /** Moves the finished staging folder into place as {@code <out>/<name>}, replacing an earlier run. */
    public Path commit() throws IOException {
        if (done) throw new IllegalStateException("run output already committed or aborted: " + finalDir);
        Path old = null;
        if (Files.exists(finalDir, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(finalDir, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(finalDir + " exists and is not a folder; not replacing it");
            }
            old = AtomicFiles.createUniqueDirectory(outDir, "." + name + ".old-" + ProcessHandle.current().pid() + "-");
            // The placeholder is an empty directory: rename(2) replaces it atomically.
            rename(finalDir, old);
        }
        try {
            rename(staging, finalDir);
        } catch (IOException | RuntimeException e) {
            if (old != null) {
                try {
                    rename(old, finalDir);
                } catch (IOException | RuntimeException restore) {
                    e.addSuppressed(restore);
                }
            }
            throw e;
        }
        done = true;
        committed = true;
        removeHook();
        if (old != null) AtomicFiles.deleteRecursivelyQuietly(old);
        return finalDir;
    }

    /** Deletes the staging folder; {@code <out>/<name>} is untouched. Idempotent; no-op after commit. */
    public void abort() {
        if (done) return;
        done = true;
        removeHook();
        AtomicFiles.deleteRecursivelyQuietly(staging);
    }

    /** Aborts unless committed. */
    @Override
    public void close() {
        abort();
    }

    private void removeHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException ignored) {
            // shutting down: the hook runs and deletes only a staging folder that no longer exists
        }
    }

    private static void rename(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // Same parent directory, so this cannot happen on any real file system; keep a clear message.
            throw new IOException("cannot rename " + from + " to " + to + " atomically: " + e.getMessage(), e);
        }
    }
}
