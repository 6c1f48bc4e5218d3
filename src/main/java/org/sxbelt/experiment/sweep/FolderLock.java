package org.sxbelt.experiment.sweep;

import org.sxbelt.output.AtomicFiles;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One sweep (or merge) at a time per experiment folder: {@code <folder>/.sweep.lock} holds the holder's
 * pid, its process start time and when it took the lock. It is created atomically ({@code CREATE_NEW})
 * and held with an operating-system file lock for as long as the sweep runs; {@link #close()} removes it.
 *
 * <p>A lock file whose process is no longer running (killed, out of memory, power cut) is stale: the
 * next sweep takes it over and says so. A live holder makes the next sweep stop with one line naming its
 * pid and start time. A process counts as the holder only when its pid is alive and, where the system
 * tells, it started when the lock file says (so a recycled pid does not keep a stale lock).
 */
public final class FolderLock implements AutoCloseable {

    public static final String FILE = ".sweep.lock";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final Instant taken;
    private boolean closed;

    private FolderLock(Path file, FileChannel channel, FileLock lock, Instant taken) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.taken = taken;
    }

    /** When this lock was taken: leftovers older than that are no one's. */
    public Instant taken() { return taken; }

    /** Takes the folder's lock; an {@link ExperimentException} naming the holder if another live process has it. */
    public static FolderLock acquire(Path folder, Consumer<String> say) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(FILE);
        for (int attempt = 0; ; attempt++) {
            FileChannel ch;
            boolean fresh;
            try {
                ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.READ);
                fresh = true;
            } catch (FileAlreadyExistsException e) {
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    throw new ExperimentException(file + " exists and is not a regular file: remove it to sweep into " + folder);
                }
                try {
                    ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
                } catch (java.nio.file.NoSuchFileException gone) {
                    continue; // its holder just removed it
                }
                fresh = false;
            }
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null; // held by this very process
            } catch (IOException e) {
                ch.close();
                throw e;
            }
            if (l == null) {
                Holder h = Holder.read(ch);
                ch.close();
                throw busy(folder, h);
            }
            if (!fresh) {
                Holder h = Holder.read(ch);
                if (h == null && attempt < 20) {
                    // being written by a sweep that has just created it, or left empty by a crash at that instant
                    l.release();
                    ch.close();
                    sleep(50);
                    continue;
                }
                if (h != null && h.alive()) {
                    l.release();
                    ch.close();
                    throw busy(folder, h);
                }
                if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) { // removed while we opened it
                    l.release();
                    ch.close();
                    continue;
                }
                if (say != null) {
                    say.accept(h == null ? "Taking over the empty lock file " + file + " (left by a process that died)"
                            : "Taking over the lock of " + folder + " from pid " + h.pid + " (started " + h.takenAt
                            + "), which is no longer running");
                }
                ch.truncate(0);
            }
            Instant now = Instant.now();
            ProcessHandle me = ProcessHandle.current();
            String text = "pid=" + me.pid() + "\nprocess_start=" + me.info().startInstant().map(FolderLock::time).orElse("")
                    + "\nlocked_at=" + time(now) + "\n";
            ch.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(true);
            return new FolderLock(file, ch, l, now);
        }
    }

    private static ExperimentException busy(Path folder, Holder h) {
        String who = h == null ? "another process" : "process " + h.pid + " (lock taken at " + h.takenAt + ")";
        return new ExperimentException(folder + " is in use by another sweep or merge: " + who
                + " holds " + FILE + "; wait for it to finish, or use another --out");
    }

    /** The lock file's content. */
    record Holder(long pid, String processStart, String takenAt) {
        static Holder read(FileChannel ch) throws IOException {
            long size = ch.size();
            if (size == 0 || size > 4096) return null;
            ByteBuffer b = ByteBuffer.allocate((int) size);
            while (b.hasRemaining() && ch.read(b, b.position()) > 0) { /* fill */ }
            String text = new String(b.array(), 0, b.position(), StandardCharsets.UTF_8);
            Long pid = null;
            String start = "", at = "?";
            for (String line : text.split("\n")) {
                if (line.startsWith("pid=")) {
                    try {
                        pid = Long.parseLong(line.substring(4).strip());
                    } catch (NumberFormatException ignored) {
                        // stays null
                    }
                } else if (line.startsWith("process_start=")) {
                    start = line.substring(14).strip();
                } else if (line.startsWith("locked_at=")) {
                    at = line.substring(10).strip();
                }
            }
            return pid == null ? null : new Holder(pid, start, at);
        }

        boolean alive() {
            return FolderLock.alive(pid, processStart);
        }
    }

    /** Is process {@code pid} running, and (when both are known) did it start at {@code start}? */
    static boolean alive(long pid, String start) {
        Optional<ProcessHandle> p = ProcessHandle.of(pid);
        if (p.isEmpty() || !p.get().isAlive()) return false;
        if (start == null || start.isEmpty()) return true;
        Optional<Instant> s = p.get().info().startInstant();
        return s.isEmpty() || time(s.get()).equals(start);
    }

    static String time(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.MILLIS));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Removes what killed sweeps and merges left in {@code folder}: hidden temporary files
     * ({@code .*.tmp}) in it, in {@code runs/} and in {@code histories/}, and hidden staging folders ({@code .*.partial-*}), when
     * older than this lock (so only those of dead processes: a live one would hold the lock). Returns how
     * many were removed.
     */
    public int removeLeftovers(Path folder) {
        int n = 0;
        for (Path dir : new Path[] {folder, folder.resolve(RunFiles.RUNS), folder.resolve(Histories.FOLDER)}) {
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) continue;
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, ".*")) {
                for (Path p : ds) {
                    String name = p.getFileName().toString();
                    boolean tmp = name.endsWith(".tmp") && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
                    boolean partial = name.contains(".partial-") && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
                    if (!tmp && !partial) continue;
                    FileTime t = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
                    if (!t.toInstant().isBefore(taken)) continue;
                    if (tmp) AtomicFiles.deleteQuietly(p);
                    else AtomicFiles.deleteRecursivelyQuietly(p);
                    n++;
                }
            } catch (IOException e) {
                // best effort: a leftover that cannot be listed stays
            }
        }
        return n;
    }

    /** Removes the lock file and releases the lock. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        AtomicFiles.deleteQuietly(file);
        try {
            lock.release();
        } catch (IOException | RuntimeException ignored) {
            // closing the channel releases it too
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to do
        }
    }
}
