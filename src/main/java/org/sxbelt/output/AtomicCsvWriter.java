package org.sxbelt.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * What the CSV writers of a run have in common: one {@link AtomicCsvFile} that appears complete on
 * {@link #close()} or not at all after {@link #discard()}.
 */
abstract class AtomicCsvWriter implements Closeable {

    protected final AtomicCsvFile file;

    protected AtomicCsvWriter(Path target, String header, int bufferChars) throws IOException {
        this.file = new AtomicCsvFile(target, header, bufferChars);
    }

    /** Data rows written so far (the header not counted). */
    public long rows() { return file.rows(); }

    public Path target() { return file.target(); }

    /** Flushes and moves the finished file into place. Idempotent. */
    @Override
    public void close() throws IOException { file.close(); }

    /** Throws the rows away; the target is untouched. */
    public void discard() { file.discard(); }
}
