package org.sxbelt.experiment.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sweep's or a calibration's folder on a file system that is not a local path ({@code --out hdfs://...},
 * {@code s3a://...}), opened by an engine that can write there ({@link SweepEngine#remote}). The core code
 * writes with java.nio, so it works in a local copy of the folder ({@link #local()}, filled from the remote
 * one first, so that a sweep resumes from what an earlier one left there); the engine keeps the remote folder
 * in step with it: the runs as they finish, the rest when a batch of runs starts and at {@link #publish()}.
 */
public interface RemoteFolder extends AutoCloseable {

    /** {@code scheme://} at the start of an {@code --out}: a URI, not a path. */
    Pattern URI_START = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://");

    /**
     * The scheme of {@code out} when it is a URI naming another file system than the local one ({@code hdfs},
     * {@code s3a}, ...), else null (a path, or a {@code file://} URI).
     */
    static String scheme(String out) {
        if (out == null) return null;
        Matcher m = URI_START.matcher(out);
        if (!m.find() || m.group(1).equalsIgnoreCase("file")) return null;
        return m.group(1);
    }

    /** The local folder to use as {@code --out}: it holds the folder's copy under the same name. */
    Path local();

    /** Makes the remote folder what its local copy is now (files written, changed and removed). */
    void publish() throws IOException;

    /** {@code text} with the local copy's path written as the remote folder's URI (for messages). */
    String shown(String text);

    /** Removes the local copy and gives the remote folder back to other sweeps. */
    @Override
    void close();
}
