package org.sxbelt.experiment.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.sxbelt.experiment.sweep.ExperimentException;
import org.sxbelt.experiment.sweep.FolderLock;
import org.sxbelt.experiment.sweep.RemoteFolder;
import org.sxbelt.experiment.sweep.RunCheck;
import org.sxbelt.experiment.sweep.RunFiles;
import org.sxbelt.output.AtomicFiles;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code --out hdfs://...} (or any Hadoop file system URI): the folder {@code <out>/<name>} through Hadoop's
 * FileSystem API, worked in as a local copy under {@code java.io.tmpdir} ({@code sxbelt-out-*}).
 *
 * <p>On opening, it takes the folder's lock ({@code .sweep.lock}, created only if absent), removes the
 * hidden temporary files of killed sweeps and copies down every other file (design, manifest, run and
 * check files, error files, results file and its check, histories): what the sweep reads to resume. From
 * then on the remote folder follows the copy: {@link #publish()} uploads each file written or changed since
 * (through {@link HadoopTarget#put}, atomically; check files and the manifest last) and removes those the
 * sweep removed; the Spark engine publishes when a batch of runs starts (so the executors see the design and
 * the shared histories), its tasks publish their run files themselves, and the driver copies each finished
 * run down ({@link #fetched}) and writes error files through ({@link #written}, {@link #removed}). A sweep
 * killed half-way so leaves every run finished in the remote folder, and the next one resumes from there.
 *
 * <p>The lock names its holder (host, pid, time). It is removed on close and by a shutdown hook; one left by
 * a killed process on this host is taken over, one from another host must be deleted by hand.
 */
final class HadoopFolder implements RemoteFolder {

    /** What says that a local file changed since it was copied: size, modification time, file key (inode). */
    private record Stamp(long size, Instant modified, Object key) {
        static Stamp of(Path p) throws IOException {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return new Stamp(a.size(), a.lastModifiedTime().toInstant(), a.fileKey());
        }
    }

    private final String root;
    private final HadoopTarget target;
    private final Path staging;
    private final Path local;
    /** The files the remote folder has as this copy had them, by relative path. */
    private final Map<String, Stamp> known = new HashMap<>();
    private final Thread onExit;
    private boolean lockHeld;

    private HadoopFolder(String root, HadoopTarget target, Path staging, Path local) {
        this.root = root;
        this.target = target;
        this.staging = staging;
        this.local = local;
        this.onExit = new Thread(this::release, "sxbelt-remote-out");
    }

    /**
     * The folder {@code name} under {@code out}: locked, copied down; every problem (no file system for the
     * scheme, a host that does not answer, access denied, a folder in use) is one {@link ExperimentException} naming {@code --out}.
     */
    static HadoopFolder open(String out, String name, Configuration conf) throws IOException {
        String root = out.replaceAll("/+$", "");
        try {
            URI u = new URI(root);
            if (u.getScheme() == null) throw new URISyntaxException(out, "no scheme");
        } catch (URISyntaxException e) {
            throw new ExperimentException("--out " + out + " is not a valid URI: " + e.getReason());
        }
        HadoopTarget target;
        try {
            target = new HadoopTarget(root + "/" + name, new HadoopConf(conf));
        } catch (IllegalArgumentException e) { // sxbelt.out.commit's value
            throw new ExperimentException("--out " + out + ": " + e.getMessage());
        }
        try {
            target.fs().mkdirs(target.path(""));
        } catch (org.apache.hadoop.fs.UnsupportedFileSystemException e) {
            throw new ExperimentException("--out " + out + ": no Hadoop file system for the scheme " + URI.create(root).getScheme()
                    + " here (Spark brings hdfs, webhdfs and viewfs; s3a, abfs and gs need their Hadoop connector's jars, "
                    + "e.g. spark-submit --packages org.apache.hadoop:hadoop-aws:<Spark's Hadoop version>)");
        } catch (IOException | RuntimeException e) {
            // an unknown host comes as an IllegalArgumentException around an UnknownHostException
            Throwable why = e instanceof IllegalArgumentException && e.getCause() != null ? e.getCause() : e;
            // refused credentials or permissions (S3A's AccessDeniedException, HDFS's AccessControlException)
            boolean denied = why instanceof java.nio.file.AccessDeniedException
                    || why instanceof org.apache.hadoop.security.AccessControlException;
            throw new ExperimentException("--out " + out + ": " + (denied ? "access denied" : "cannot reach it")
                    + " (" + oneLine(why) + ")");
        }
        Path staging = Files.createTempDirectory("sxbelt-out-");
        HadoopFolder f = new HadoopFolder(root, target, staging, staging.resolve(name));
        try {
            Runtime.getRuntime().addShutdownHook(f.onExit);
            f.lock();
            f.copyDown();
            return f;
        } catch (IOException | RuntimeException e) {
            f.close();
            if (e instanceof ExperimentException) throw e;
            throw new ExperimentException("--out " + out + ": cannot read " + target.uri() + " (" + oneLine(e) + ")", e);
        }
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.toString() : e.getClass().getSimpleName() + ": " + e.getMessage();
        return m.lines().findFirst().orElse(m).strip();
    }

    @Override
    public Path local() {
        return staging;
    }

    /** Where a batch of runs for the local folder {@code folder} (this copy or a folder in it) is published, or null. */
    synchronized HadoopTarget target(Path folder) {
        String rel = rel(folder);
        return rel == null ? null : target.sub(rel);
    }

    // ---- the lock ----------------------------------------------------------------------------

    private void lock() throws IOException {
        org.apache.hadoop.fs.Path file = target.path(FolderLock.FILE);
        String me = host() + " " + ProcessHandle.current().pid() + " " + Instant.now();
        for (int attempt = 0; ; attempt++) {
            try (FSDataOutputStream o = target.fs().create(file, false)) {
                o.write((me + "\n").getBytes(StandardCharsets.UTF_8));
                lockHeld = true;
                return;
            } catch (FileAlreadyExistsException e) {
                String holder;
                try (InputStream in = target.fs().open(file)) {
                    holder = new String(in.readNBytes(1000), StandardCharsets.UTF_8).strip();
                } catch (java.io.FileNotFoundException gone) {
                    continue; // released meanwhile
                }
                String[] h = holder.split(" ");
                boolean deadHere = h.length >= 2 && h[0].equals(host()) && h[1].matches("\\d+")
                        && ProcessHandle.of(Long.parseLong(h[1])).map(p -> !p.isAlive()).orElse(true);
                if (!deadHere || attempt > 0) {
                    throw new ExperimentException(target.uri() + "/" + FolderLock.FILE + ": the folder is in use by another sweep "
                            + "(host " + (h.length > 0 ? h[0] : "?") + ", pid " + (h.length > 1 ? h[1] : "?") + ", since "
                            + (h.length > 2 ? h[2] : "?") + "); if it is no longer running, delete that file and run again");
                }
                target.fs().delete(file, false); // its process on this host is gone: a stale lock
            }
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName().replace(' ', '_');
        } catch (IOException e) {
            return "unknown-host";
        }
    }

    private synchronized void release() {
        if (lockHeld) {
            try {
                target.fs().delete(target.path(FolderLock.FILE), false);
            } catch (IOException | RuntimeException ignored) {
                // the next sweep names it
            }
            lockHeld = false;
        }
        AtomicFiles.deleteRecursivelyQuietly(staging);
    }

    @Override
    public void close() {
        release();
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException ignored) {
            // shutting down: the hook ran
        }
    }

    // ---- copying -----------------------------------------------------------------------------

    private synchronized void copyDown() throws IOException {
        Files.createDirectories(local);
        RemoteIterator<LocatedFileStatus> it = target.fs().listFiles(target.path(""), true);
        String prefix = target.fs().makeQualified(target.path("")).toUri().getPath() + "/";
        List<String> files = new ArrayList<>();
        Set<String> leftovers = new java.util.TreeSet<>();
        while (it.hasNext()) {
            String rel = it.next().getPath().toUri().getPath().substring(prefix.length());
            String hidden = hidden(rel);
            if (hidden == null) files.add(rel);
            else if (!hidden.equals(FolderLock.FILE)) leftovers.add(hidden);
        }
        // a killed sweep's hidden temporary files and staging folders (the lock is ours: no one is writing them)
        for (String rel : leftovers) target.delete(rel);
        for (String rel : files) {
            Path to = local.resolve(rel);
            Files.createDirectories(to.getParent());
            target.get(rel, to);
            known.put(rel, Stamp.of(to));
        }
    }

    /** The first hidden file or folder on the path {@code rel} (itself, or a folder it is in), or null. */
    private static String hidden(String rel) {
        for (int from = 0; from < rel.length(); ) {
            int end = rel.indexOf('/', from);
            if (end < 0) end = rel.length();
            if (rel.charAt(from) == '.') return rel.substring(0, end);
            from = end + 1;
        }
        return null;
    }

    /** The path of {@code p} relative to the copy's folder ({@code /}-separated), or null when it is outside it. */
    private String rel(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path base = local.toAbsolutePath().normalize();
        if (!abs.startsWith(base)) return null;
        return base.relativize(abs).toString().replace(java.io.File.separatorChar, '/');
    }

    /**
     * Uploads what was written or changed since the last look, check files and manifest.json last, then removes
     * from the remote folder what the sweep removed (a whole folder at once when it went).
     */
    @Override
    public synchronized void publish() throws IOException {
        Map<String, Stamp> now = new TreeMap<>();
        if (Files.isDirectory(local)) {
            try (Stream<Path> s = Files.walk(local)) {
                for (Path p : (Iterable<Path>) s::iterator) {
                    String rel = rel(p);
                    if (rel.isEmpty() || hidden(rel) != null || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) continue;
                    now.put(rel, Stamp.of(p));
                }
            }
        }
        List<String> upload = new ArrayList<>();
        now.forEach((rel, stamp) -> {
            if (!stamp.equals(known.get(rel))) upload.add(rel);
        });
        upload.sort(Comparator.comparingInt(HadoopFolder::order));
        for (String rel : upload) {
            target.put(local.resolve(rel), rel);
            known.put(rel, now.get(rel));
        }
        Set<String> gone = new HashSet<>(known.keySet());
        gone.removeAll(now.keySet());
        Set<String> deleted = new HashSet<>();
        for (String rel : gone.stream().sorted().toList()) {
            String top = topGone(rel);
            if (deleted.add(top)) target.delete(top);
            known.remove(rel);
        }
    }

    /** {@code rel}, or the highest of its folders that the copy no longer has. */
    private String topGone(String rel) {
        String top = rel;
        for (int i = rel.indexOf('/'); i >= 0; i = rel.indexOf('/', i + 1)) {
            String dir = rel.substring(0, i);
            if (!Files.isDirectory(local.resolve(dir))) return dir;
        }
        return top;
    }

    /** Data first, then check files (a check names its data), then manifest.json. */
    private static int order(String rel) {
        if (rel.equals(RunFiles.MANIFEST) || rel.endsWith("/" + RunFiles.MANIFEST)) return 2;
        return rel.endsWith(RunCheck.SUFFIX) ? 1 : 0;
    }

    /** A task published {@code file} (in this copy) remotely: copies it down. */
    synchronized void fetched(Path file) throws IOException {
        String rel = Objects.requireNonNull(rel(file), file::toString);
        Files.createDirectories(file.getParent());
        target.get(rel, file);
        known.put(rel, Stamp.of(file));
    }

    /** The driver wrote {@code file} (in this copy): uploads it. */
    synchronized void written(Path file) throws IOException {
        String rel = Objects.requireNonNull(rel(file), file::toString);
        target.put(file, rel);
        known.put(rel, Stamp.of(file));
    }

    /** The driver removed {@code file} (in this copy), or it was never there: removes it remotely too. */
    synchronized void removed(Path file) throws IOException {
        String rel = Objects.requireNonNull(rel(file), file::toString);
        if (known.remove(rel) != null) target.delete(rel);
    }

    @Override
    public String shown(String text) {
        return text.replace(staging.toAbsolutePath().toString(), root).replace(staging.toString(), root);
    }
}
