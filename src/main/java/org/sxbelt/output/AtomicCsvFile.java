package org.sxbelt.output;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A CSV file that either exists complete or not at all: rows go through a buffer to a hidden
 * temporary file next to the target, {@link #close()} moves it into place atomically and
 * {@link #discard()} throws it away. The writers of each output file compose one of these.
 */
final class AtomicCsvFile implements Closeable {

    private final Path target;
    private final Path temp;
    private final Writer out;
    private long rows;
    private boolean closed;

    AtomicCsvFile(Path target, String header, int bufferChars) throws IOException {
        this.target = target;
        this.temp = AtomicFiles.tempFileFor(target);
        try {
            this.out = new BufferedWriter(
                    new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8), bufferChars);
            out.write(header);
            out.write('\n');
        } catch (IOException | RuntimeException e) {
            AtomicFiles.deleteQuietly(temp);
            throw e;
        }
    }

    /** The stream to write one row to; call {@link #endRow()} after it. */
    Writer row() {
        if (closed) throw new IllegalStateException("CSV already closed: " + target);
        return out;
    }

    void endRow() {
        try {
            out.write('\n');
        } catch (IOException e) {
            throw failed(e);
        }
        rows++;
    }

    UncheckedIOException failed(IOException e) {
        return new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }

    long rows() { return rows; }

    Path target() { return target; }

    /** Flushes and moves the finished file into place. Idempotent. */
    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        try {
            out.close();
            AtomicFiles.commit(temp, target);
        } catch (IOException | RuntimeException e) {
            AtomicFiles.deleteQuietly(temp);
            throw e;
        }
    }

    /** Throws the rows away: closes the stream and deletes the temporary file; the target is untouched. */
    void discard() {
        if (closed) return;
        closed = true;
        try {
            out.close();
        } catch (IOException ignored) {
            // being thrown away anyway
        }
        AtomicFiles.deleteQuietly(temp);
    }
}
