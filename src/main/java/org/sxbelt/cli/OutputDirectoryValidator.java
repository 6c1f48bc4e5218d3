package org.sxbelt.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

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
        Path path;
        try {
            path = Path.of(dir);
        } catch (InvalidPathException e) {
            throw new CliException(option + " " + dir + " is not a valid path: " + e.getReason());
        }
        Path abs = path.toAbsolutePath().normalize();
        if (Files.exists(abs)) {
            if (!Files.isDirectory(abs)) {
                throw new CliException(option + " " + dir + " is a file, not a folder");
            }
            if (!Files.isWritable(abs)) {
                throw new CliException(option + " " + dir + " is not writable");
            }
            return path;
        }
        // Walk up to the nearest existing ancestor: it must be a writable folder for mkdir -p to work.
        for (Path p = abs.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) || Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new CliException(option + " " + dir + " cannot be created: " + p + " is a file, not a folder");
                }
                if (!Files.isWritable(p)) {
                    throw new CliException(option + " " + dir + " cannot be created: " + p + " is not writable");
                }
                break;
            }
        }
        return path;
    }
}
