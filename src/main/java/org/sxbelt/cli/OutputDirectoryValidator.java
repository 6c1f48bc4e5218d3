package org.sxbelt.cli;

import org.sxbelt.experiment.sweep.RemoteFolder;

import java.io.IOException;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Checks an output folder option before any work is done, so that a mistake costs no run time:
 * the path must be a folder or creatable as one (no regular file on the way), and writable.
 */
public final class OutputDirectoryValidator {

    private OutputDirectoryValidator() {}

    /**
     * Returns the folder as a path; does not create it.
     *
     * @param option the option's name for messages, e.g. {@code --out}
     * @throws CliException naming the option and the path when it cannot be used
     */
    public static Path check(String option, String dir) {
        if (dir == null || dir.isBlank()) throw new CliException(option + " is empty: expected a folder");
        String scheme = RemoteFolder.scheme(dir);
        if (scheme != null) {
            // Path.of would take hdfs://host/x for a relative folder "hdfs:/host/x"
            throw new CliException(option + " " + dir + " is a URI (" + scheme + "://): this command writes to a local folder");
        }
        Path path;
        try {
            path = RemoteFolder.URI_START.matcher(dir).find() ? Path.of(java.net.URI.create(dir)) : Path.of(dir);
        } catch (InvalidPathException e) {
            throw new CliException(option + " " + dir + " is not a valid path: " + e.getReason());
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            throw new CliException(option + " " + dir + " is not a valid file:// URI: " + e.getMessage());
        }
        Path abs = path.toAbsolutePath().normalize();
        if (Files.exists(abs)) {
            if (!Files.isDirectory(abs)) {
                throw new CliException(option + " " + dir + " is a file, not a folder");
            }
            if (!Files.isWritable(abs)) {
                throw new CliException(option + " " + dir + " is not writable");
            }
            probe(option, dir, abs, null);
            return path;
        }
        // Walk up to the nearest existing ancestor: it must be a writable folder for mkdir -p to work.
        for (Path p = abs.getParent(); p != null; p = p.getParent()) {
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.exists(p)) continue;
            boolean folder = Files.isDirectory(p), writable = Files.isWritable(p);
            // removed meanwhile (another command's check of the same new folder removing what it made): look further up
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) continue;
            if (!folder) throw new CliException(option + " " + dir + " cannot be created: " + p + " is a file, not a folder");
            if (!writable) throw new CliException(option + " " + dir + " cannot be created: " + p + " is not writable");
            break;
        }
        probe(option, dir, abs, highestMissing(abs));
        return path;
    }

    /**
     * Permission bits can say yes where the file system says no (root on a read-only or virtual
     * file system), so the check really creates the folder and a file in it, then removes what it
     * made: nothing is left behind, and a run never starts only to fail when it writes.
     *
     * @param createdTop the highest folder this check creates, or null if the folder exists
     */
    private static void probe(String option, String dir, Path abs, Path createdTop) {
        for (int attempt = 1; ; attempt++) {
            try {
                if (createdTop != null) Files.createDirectories(abs);
                Path probe = Files.createTempFile(abs, ".write-check", ".tmp");
                Files.delete(probe);
                return;
            } catch (java.nio.file.NoSuchFileException | java.nio.file.FileAlreadyExistsException e) {
                // Two commands started at once on the same new --out: the other one's check removed the folder
                // it had made between our look and our probe (no such file), or between createDirectories' mkdir
                // and its look (already exists, not a folder). Make it again (as ours), a few times, then give up.
                if (attempt == RACE_ATTEMPTS) throw new CliException(option + " " + dir + " cannot be written: " + reason(e));
            } catch (IOException | UnsupportedOperationException e) {
                throw new CliException(option + " " + dir + " cannot be written: " + reason(e));
            } finally {
                if (createdTop != null) removeCreated(abs, createdTop);
            }
            createdTop = highestMissing(abs);
        }
    }

    /** The highest folder of {@code abs}'s path that does not exist ({@code abs} itself if its parent does). */
    private static Path highestMissing(Path abs) {
        Path top = abs;
        while (top.getParent() != null && !Files.exists(top.getParent())) top = top.getParent();
        return top;
    }

    private static final int RACE_ATTEMPTS = 20;

    private static void removeCreated(Path from, Path top) {
        for (Path p = from; p != null; p = p.getParent()) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                return; // not empty or not ours: stop
            }
            if (p.equals(top)) return;
        }
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(Locale.ROOT)
                + (m == null ? "" : " (" + m + ")");
    }
}
