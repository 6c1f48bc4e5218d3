package org.sxbelt.experiment.stats;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Iterator;
import java.util.List;

/**
 * The CSV of the experiment files (RFC 4180 through Commons CSV): read row by row with the line each
 * row starts on, written with {@code \n} after each record and quotes only where needed.
 *
 * <p>Minimal quoting quotes a field holding a comma, a quote, CR or LF, as the run files' writer
 * does; Commons CSV also quotes an empty first field, a field starting with a character up to
 * {@code #} and one ending in white space. The experiment's fields (ids, names, numbers) never do,
 * so the bytes are those of the run files' writer.
 */
public final class Csv {

    /** Comma, double quote, {@code \n} between records, minimal quoting; empty lines come back as rows (skipped). */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n")
            .setQuoteMode(QuoteMode.MINIMAL).setIgnoreEmptyLines(false).get();

    private Csv() {}

    /** One row as read: its fields and the (1-based) line it starts on. */
    public record Row(long line, List<String> fields) {

        public int size() { return fields.size(); }

        public String get(int i) { return fields.get(i); }

        /** The fields joined by commas as they would be without quoting (for header messages). */
        public String text() { return String.join(",", fields); }
    }

    /** A row that is not CSV (an unclosed quote, text after a closing quote), at a known line. */
    public static final class MalformedException extends IllegalArgumentException {
        private final long line;

        MalformedException(long line, String problem, Throwable cause) {
            super(problem, cause);
            this.line = line;
        }

        /** The line the broken row starts on. */
        public long line() { return line; }
    }

    /** The rows of a text, a UTF-8 byte order mark at its start left out; close it to close the reader. */
    public static final class RowReader implements Closeable {
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;

        public RowReader(Reader in) throws IOException {
            BufferedReader b = new BufferedReader(in);
            b.mark(1);
            if (b.read() != '\uFEFF') b.reset();
            parser = FORMAT.parse(b);
            records = parser.iterator();
        }

        /**
         * The next row that is not blank, or null at the end.
         *
         * @throws MalformedException when the text is not CSV
         */
        public Row next() {
            while (true) {
                // empty lines are rows (ignoreEmptyLines off), so a row starts just after the last one ended
                long line = parser.getCurrentLineNumber() + 1;
                try {
                    if (!records.hasNext()) return null;
                } catch (UncheckedIOException e) {
                    throw new MalformedException(line, problem(e), e);
                }
                List<String> fields = records.next().toList();
                if (fields.size() == 1 && fields.get(0).isBlank()) continue;
                return new Row(line, fields);
            }
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }

    /** Commons CSV's message in the words of the old reader where it has one. */
    private static String problem(UncheckedIOException e) {
        if (!(e.getCause() instanceof CSVException c)) return e.getMessage();
        String m = c.getMessage();
        if (m.contains("EOF reached before encapsulated token finished")) return "unclosed quote";
        if (m.contains("Invalid character between encapsulated token and delimiter")) return "text after the closing quote";
        return m;
    }

    /** Appends one record and its {@code \n}. */
    public static void append(Appendable out, List<?> fields) {
        try {
            FORMAT.printRecord(out, fields.toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One record with its {@code \n}. */
    public static String line(List<?> fields) {
        StringBuilder sb = new StringBuilder();
        append(sb, fields);
        return sb.toString();
    }
}
