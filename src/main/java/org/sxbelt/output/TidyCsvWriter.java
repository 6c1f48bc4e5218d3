package org.sxbelt.output;

import org.sxbelt.model.IndicatorSink;
import org.sxbelt.model.Level;
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
 *   <li>value: see {@link #formatValue(double)}.</li>
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
        file.printRow(monthLabel(month), level.label(), unit == null ? "belt" : unit, indicator, formatValue(value));
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

    // ---- number formatting shared by the CSV writers --------------------------------------------

    /**
     * Deterministic, locale-independent number text:
     * <ul>
     *   <li>NaN as {@code NA}, infinities as {@code Inf} / {@code -Inf} (what R reads);</li>
     *   <li>whole numbers without decimals ({@code 12}, {@code -3}, {@code 0} also for -0.0);</li>
     *   <li>otherwise at most 6 decimals, rounded half-even, trailing zeros dropped
     *       ({@code 1234.5678912 -> 1234.567891}); values below 1 in magnitude keep 6 significant
     *       digits instead so that small shares and rates do not collapse to 0
     *       ({@code 0.000012345678 -> 0.0000123457}). Never scientific notation.</li>
     * </ul>
     * Rounding starts from the shortest decimal that identifies the double ({@link Double#toString}),
     * so e.g. 0.1 prints as {@code 0.1}, never {@code 0.1000000000000000055511}.
     */
    public static String formatValue(double v) {
        if (Double.isNaN(v)) return "NA";
        if (Double.isInfinite(v)) return v > 0 ? "Inf" : "-Inf";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        BigDecimal d = BigDecimal.valueOf(v);
        d = Math.abs(v) >= 1 ? d.setScale(6, RoundingMode.HALF_EVEN) : d.round(SIX_SIGNIFICANT);
        if (d.signum() == 0) return "0";
        return d.stripTrailingZeros().toPlainString();
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
