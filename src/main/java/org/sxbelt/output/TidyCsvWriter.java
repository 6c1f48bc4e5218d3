package org.sxbelt.output;

import org.sxbelt.model.IndicatorSink;
import org.sxbelt.model.Level;
import org.sxbelt.params.NumberText;
import org.sxbelt.params.SimMonthFormat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;

/**
 * Streams indicator observations as a tidy CSV, one row per observation:
 * {@code month,level,unit,indicator,value}.
 *
 * <ul>
 *   <li>month: {@code YYYY-MM} ({@link SimMonthFormat#format});</li>
 *   <li>level: {@link Level#label()} ({@code belt}, {@code prefecture}, {@code county}, {@code town});</li>
 *   <li>unit: the place id, or {@code belt} when none is given;</li>
 *   <li>value: see {@link NumberText#data(double)}.</li>
 * </ul>
 *
 * Rows go through a large buffer to a hidden temporary file next to the target; {@link #close()}
 * moves it into place atomically, so the target either does not exist or is complete. Lines end
 * with {@code \n}; fields are quoted per RFC 4180 only where needed (see {@link AtomicCsvFile}).
 * Not thread-safe (the model records from one thread).
 */
public final class TidyCsvWriter extends AtomicCsvWriter implements IndicatorSink {

    public static final String HEADER = "month,level,unit,indicator,value";
    static final int BUFFER_CHARS = 1 << 20;
    private static final MathContext SIX_SIGNIFICANT = new MathContext(6, RoundingMode.HALF_EVEN);

    /** Month labels, cached: SimMonthFormat.format is far too slow to call millions of times. */
    private String[] monthLabels = new String[0];

    public TidyCsvWriter(Path target) throws IOException {
        super(target, HEADER, BUFFER_CHARS);
    }

    @Override
    public void record(int month, Level level, String unit, String indicator, double value) {
        file.printRow(monthLabel(month), level.label(), unit == null ? "belt" : unit, indicator, NumberText.data(value));
    }

    private String monthLabel(int month) {
        if (month < 0) return SimMonthFormat.format(month);
        if (month >= monthLabels.length) {
            String[] grown = new String[Math.max(month + 1, monthLabels.length * 2)];
            System.arraycopy(monthLabels, 0, grown, 0, monthLabels.length);
            monthLabels = grown;
        }
        String s = monthLabels[month];
        if (s == null) monthLabels[month] = s = SimMonthFormat.format(month);
        return s;
    }

    /**
     * One field as the run's files write it (see {@link AtomicCsvFile}), for callers that still build
     * CSV rows as text; null is empty.
     */
    public static String field(String s) {
        if (s == null || s.isEmpty()) return "";
        StringBuilder sb = new StringBuilder(s.length() + 2);
        try {
            // newRecord only decides whether an empty field is quoted, and empty is handled above
            AtomicCsvFile.FORMAT.print(s, sb, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a StringBuilder does not throw
        }
        return sb.toString();
    }
}
