package org.sxbelt.experiment.spark;

import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.UnsupportedFileSystemException;
import org.sxbelt.output.AtomicFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A folder on a Hadoop file system, and how a file is published into it atomically: readers see the
 * previous file or the whole new one, never part of it.
 *
 * <ul>
 *   <li>On a file system with a rename (HDFS, viewfs, webhdfs, ABFS, ...): the bytes go to a hidden temporary
 *   file next to the target ({@code .<name>.<random>.tmp}), which is then renamed over it, through
 *   {@link FileContext} with {@code OVERWRITE} (one atomic step on HDFS), else delete and rename.</li>
 *   <li>On an object store (S3A, GCS, OSS, COS, OBS), where a rename is a copy: the bytes are written to the
 *   final key, and the object appears there whole when the stream closes (S3A's single PUT, or the commit of
 *   its multipart upload; likewise the others), so readers never see a partial object.</li>
 * </ul>
 * Hadoop's {@code sxbelt.out.commit} ({@code rename} or {@code put})
 * (Spark setting {@code spark.hadoop.sxbelt.out.commit}) overrides the choice made from the scheme.
 *
 * <p>Serializable: tasks publish their run files through it on the executors.
 */
final class HadoopTarget implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Hadoop configuration key: {@code rename} or {@code put}. */
    static final String COMMIT = "sxbelt.out.commit";
    private static final Set<String> OBJECT_STORES = Set.of("s3a", "s3", "s3n", "gs", "oss", "cosn", "obs");

    private final String folder;
    private final HadoopConf conf;
    private final boolean put;
    private transient FileSystem fs;

    /** The folder {@code folder} (a URI, without a trailing slash). */
    HadoopTarget(String folder, HadoopConf conf) {
        this.folder = folder;
        this.conf = conf;
        String mode = conf.value().getTrimmed(COMMIT, "");
        String scheme = String.valueOf(URI.create(folder).getScheme()).toLowerCase(Locale.ROOT);
        if (!mode.isEmpty() && !mode.equals("rename") && !mode.equals("put")) {
            throw new IllegalArgumentException(COMMIT + " = " + mode + ": expected rename or put");
        }
        this.put = mode.isEmpty() ? OBJECT_STORES.contains(scheme) : mode.equals("put");
    }

    /** The folder's URI. */
    String uri() {
        return folder;
    }

    /** The folder {@code rel} inside this one. */
    HadoopTarget sub(String rel) {
        return rel.isEmpty() ? this : new HadoopTarget(folder + "/" + rel, conf);
    }

    /** Whether files are written to their final key (an object store) rather than renamed there. */
    boolean writesInPlace() {
        return put;
    }

    FileSystem fs() throws IOException {
        if (fs == null) fs = FileSystem.get(URI.create(folder), conf.value());
        return fs;
    }

    /** The file or folder {@code rel} ({@code /}-separated) of this folder. */
    org.apache.hadoop.fs.Path path(String rel) {
        return rel.isEmpty() ? new org.apache.hadoop.fs.Path(folder) : new org.apache.hadoop.fs.Path(folder + "/" + rel);
    }

    /** Publishes the local file {@code from} as {@code rel}, atomically for readers, replacing what is there. */
    void put(Path from, String rel) throws IOException {
        org.apache.hadoop.fs.Path target = path(rel);
        if (put) {
            try (FSDataOutputStream out = fs().create(target, true)) {
                Files.copy(from, out);
            }
            return;
        }
        org.apache.hadoop.fs.Path temp = new org.apache.hadoop.fs.Path(target.getParent(), "." + target.getName() + "."
                + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36) + ".tmp");
        try {
            try (FSDataOutputStream out = fs().create(temp, false)) {
                Files.copy(from, out);
            }
            rename(temp, target);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    private void rename(org.apache.hadoop.fs.Path temp, org.apache.hadoop.fs.Path target) throws IOException {
        FileContext context;
        try {
            context = FileContext.getFileContext(fs().getUri(), conf.value());
        } catch (UnsupportedFileSystemException e) {
            context = null; // no AbstractFileSystem for this scheme: FileSystem's rename below
        }
        if (context != null) {
            context.rename(temp, target, Options.Rename.OVERWRITE);
            return;
        }
        if (fs().rename(temp, target)) return;
        // a rename that does not replace: the target is gone for a moment, never partial
        fs().delete(target, false);
        if (!fs().rename(temp, target)) throw new IOException("cannot rename " + temp + " to " + target);
    }

    /** Copies {@code rel} to the local file {@code to}, atomically (a hidden temporary file moved over it). */
    void get(String rel, Path to) throws IOException {
        Path temp = AtomicFiles.tempFileFor(to);
        try {
            try (InputStream in = fs().open(path(rel))) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            AtomicFiles.commit(temp, to);
        } finally {
            AtomicFiles.deleteQuietly(temp);
        }
    }

    /** Removes the file or folder {@code rel} (a folder with what it holds), if it is there. */
    void delete(String rel) throws IOException {
        fs().delete(path(rel), true);
    }

    private void deleteQuietly(org.apache.hadoop.fs.Path p) {
        try {
            fs().delete(p, false);
        } catch (IOException | RuntimeException ignored) {
            // best effort: a leftover is hidden, and the next sweep's copy skips it
        }
    }
}
