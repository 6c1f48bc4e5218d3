package org.sxbelt.output;

import org.sxbelt.model.DecisionTrace;
import org.sxbelt.params.SimMonthFormat;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The decision trace of sampled persons as CSV:
 * {@code month,person,household,village,county,status_before,status_after,options,chosen,reason}, one row
 * per sampled person per month in which something was decided or happened to them. month is
 * {@code YYYY-MM}; statuses are status ids; options, chosen and reason are words (numbers rounded for
 * people, e.g. {@code 1,250}), empty when there is nothing to say. Written to a temporary file and moved
 * into place by {@link #close()}, like {@link FirmEventCsv}.
 */
public final class DecisionTraceCsv extends AtomicCsvWriter implements DecisionTrace {

    public static final String HEADER = "month,person,household,village,county,status_before,status_after,options,chosen,reason";

    public DecisionTraceCsv(Path target) throws IOException {
        super(target, HEADER, 1 << 16);
    }

    @Override
    public void row(int month, int person, int household, int village, String county, String statusBefore,
                    String statusAfter, String options, String chosen, String reason) {
        file.printRow(SimMonthFormat.format(month), person, household, village, county, statusBefore, statusAfter,
                options, chosen, reason);
    }
}
