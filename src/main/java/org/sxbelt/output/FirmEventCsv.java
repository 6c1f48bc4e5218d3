package org.sxbelt.output;

import org.sxbelt.model.FirmEvent;
import org.sxbelt.model.FirmEventSink;
import org.sxbelt.params.SimMonthFormat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The firm demography log as CSV: {@code month,firm_id,event,industry,origin,town,village,firms,jobs,reason}.
 * month is {@code YYYY-MM}; event is {@code entry}, {@code relocation}, {@code satellite} or
 * {@code exit}; firms is how many real firms the event stands for (one agent firm may stand for several
 * at a coarse scale; a later entry or relocation row of a firm_id already open is of real firms that joined that
 * agent firm) and jobs their real job places together; reason is the exit reason's id for an exit and the opening's note otherwise; missing text
 * fields (no village for a park firm) are empty.
 * Written to a temporary file and moved into place by {@link #close()}, like {@link TidyCsvWriter},
 * with the same quoting rules.
 */
public final class FirmEventCsv extends AtomicCsvWriter implements FirmEventSink {

    public static final String HEADER = "month,firm_id,event,industry,origin,town,village,firms,jobs,reason";

    public FirmEventCsv(Path target) throws IOException {
        super(target, HEADER, 1 << 16);
    }

    @Override
    public void firmEvent(FirmEvent e) {
        file.printRow(SimMonthFormat.format(e.month()), e.firmId(),
                e.type() == null ? null : e.type().name().toLowerCase(Locale.ROOT), e.industry(), e.origin(),
                e.town(), e.village(), e.firms(), e.jobs(),
                e.exitReason() != null ? e.exitReason().id() : e.note());
    }
}
