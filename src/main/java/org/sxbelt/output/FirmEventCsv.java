package org.sxbelt.output;

import org.sxbelt.scenario.SimMonthFormat;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The firm demography log as CSV: {@code month,firm_id,event,industry,origin,town,village,jobs,reason}.
 * month is {@code YYYY-MM}; event is {@code entry}, {@code relocation}, {@code satellite} or
 * {@code exit}; missing text fields (no village for a park firm, no reason for an entry) are empty.
 * Written to a temporary file and moved into place by {@link #close()}, like {@link TidyCsvWriter},
 * with the same quoting rules.
 */
public final class FirmEventCsv implements FirmEventSink, Closeable {

    public static final String HEADER = "month,firm_id,event,industry,origin,town,village,jobs,reason";

    private final Path target;
    private final Path temp;
    private final Writer out;
    private long rows;
    private boolean closed;

    public FirmEventCsv(Path target) throws IOException {
        this.target = target;
        this.temp = AtomicFiles.tempFileFor(target);
        try {
            this.out = new BufferedWriter(
                    new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8), 1 << 16);
            out.write(HEADER);
            out.write('\n');
        } catch (IOException | RuntimeException e) {
            AtomicFiles.deleteQuietly(temp);
            throw e;
        }
    }

    @Override
    public void firmEvent(FirmEvent e) {
        if (closed) throw new IllegalStateException("firm event CSV already closed: " + target);
        StringBuilder sb = new StringBuilder(96);
        sb.append(SimMonthFormat.format(e.month())).append(',')
                .append(e.firmId()).append(',')
                .append(e.type() == null ? "" : e.type().name().toLowerCase(Locale.ROOT)).append(',')
                .append(TidyCsvWriter.field(e.industry())).append(',')
                .append(TidyCsvWriter.field(e.origin())).append(',')
                .append(TidyCsvWriter.field(e.town())).append(',')
                .append(TidyCsvWriter.field(e.village())).append(',')
                .append(e.jobs()).append(',')
                .append(TidyCsvWriter.field(e.reason())).append('\n');
        try {
            out.write(sb.toString());
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write " + target + ": " + ex.getMessage(), ex);
        }
        rows++;
    }

    /** Data rows written so far (the header not counted). */
    public long rows() { return rows; }

    public Path target() { return target; }

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
    public void discard() {
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
