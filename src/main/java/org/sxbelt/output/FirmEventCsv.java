package org.sxbelt.output;

import org.sxbelt.model.FirmEventSink;
import org.sxbelt.model.FirmEvent;
import org.sxbelt.params.SimMonthFormat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The firm demography log as CSV: {@code month,firm_id,event,industry,origin,town,village,jobs,reason}.
 * month is {@code YYYY-MM}; event is {@code entry}, {@code relocation}, {@code satellite} or
 * {@code exit}; reason is the exit reason's id for an exit and the opening's note otherwise; missing text
 * fields (no village for a park firm) are empty.
 * Written to a temporary file and moved into place by {@link #close()}, like {@link TidyCsvWriter},
 * with the same quoting rules.
 */
public final class FirmEventCsv extends AtomicCsvWriter implements FirmEventSink {

    public static final String HEADER = "month,firm_id,event,industry,origin,town,village,jobs,reason";

    public FirmEventCsv(Path target) throws IOException {
        super(target, HEADER, 1 << 16);
    }

    @Override
    public void firmEvent(FirmEvent e) {
        StringBuilder sb = new StringBuilder(96);
        sb.append(SimMonthFormat.format(e.month())).append(',')
                .append(e.firmId()).append(',')
                .append(e.type() == null ? "" : e.type().name().toLowerCase(Locale.ROOT)).append(',')
                .append(TidyCsvWriter.field(e.industry())).append(',')
                .append(TidyCsvWriter.field(e.origin())).append(',')
                .append(TidyCsvWriter.field(e.town())).append(',')
                .append(TidyCsvWriter.field(e.village())).append(',')
                .append(e.jobs()).append(',')
                .append(TidyCsvWriter.field(e.exitReason() != null ? e.exitReason().id() : e.note()));
        try {
            file.row().write(sb.toString());
        } catch (IOException ex) {
            throw file.failed(ex);
        }
        file.endRow();
    }

}
