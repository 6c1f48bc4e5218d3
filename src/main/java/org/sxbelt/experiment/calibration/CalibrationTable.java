package org.sxbelt.experiment.calibration;

import org.sxbelt.experiment.stats.Csv;
import org.sxbelt.params.NumberText;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code calibration.csv}: one row per evaluation, in the order the search asked for them: its number,
 * generation, loss, the parameter values run, their unit coordinates (exact, so that a resumed search
 * replays the same steps) and each reported target's scaled error ({@link CalibrationLoss#scaledError}),
 * fitted targets first. One row per evaluation, one column per quantity: it loads with one
 * {@code read.csv} or {@code pandas.read_csv}.
 */
public final class CalibrationTable {

    public static final String FILE_NAME = "calibration.csv";

    /** One evaluation. */
    public record Row(int evaluation, int generation, double loss, double[] values, double[] unit, double[] errors) {
        public Row {
            values = values.clone();
            unit = unit.clone();
            errors = errors.clone();
        }

        @Override
        public double[] values() { return values.clone(); }

        @Override
        public double[] unit() { return unit.clone(); }

        @Override
        public double[] errors() { return errors.clone(); }
    }

    private CalibrationTable() {}

    static List<String> header(List<FreeParameter> free, List<String> targetIds) {
        List<String> h = new ArrayList<>(List.of("evaluation", "generation", "loss"));
        for (FreeParameter f : free) h.add(f.key());
        for (FreeParameter f : free) h.add("unit." + f.key());
        for (String id : targetIds) h.add("error." + id);
        return h;
    }

    static String text(List<FreeParameter> free, List<String> targetIds, List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        Csv.append(sb, header(free, targetIds));
        for (Row r : rows) {
            List<String> f = new ArrayList<>();
            f.add(Integer.toString(r.evaluation()));
            f.add(Integer.toString(r.generation()));
            f.add(Double.toString(r.loss()));
            for (double v : r.values()) f.add(NumberText.exact(v));
            for (double u : r.unit()) f.add(Double.toString(u));
            for (double e : r.errors()) f.add(Double.toString(e));
            Csv.append(sb, f);
        }
        return sb.toString();
    }

    /** The rows of an earlier run of the same calibration; a file of another header is refused. */
    static List<Row> read(Path file, List<FreeParameter> free, List<String> targetIds) throws IOException {
        List<Row> rows = new ArrayList<>();
        int n = free.size();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); Csv.RowReader reader = new Csv.RowReader(in)) {
            Csv.Row header = reader.next();
            if (header == null || !header.fields().equals(header(free, targetIds))) {
                throw new CalibrationException(file + ": its columns are not this calibration's (other parameters or "
                        + "targets): use --force to start over, or another --out");
            }
            for (Csv.Row r = reader.next(); r != null; r = reader.next()) {
                List<String> f = r.fields();
                if (f.size() != 3 + 2 * n + targetIds.size()) {
                    throw new CalibrationException(file + " line " + r.line() + ": " + f.size() + " fields, expected "
                            + (3 + 2 * n + targetIds.size()) + ": use --force to start over");
                }
                try {
                    double[] values = new double[n], unit = new double[n], errors = new double[targetIds.size()];
                    for (int j = 0; j < n; j++) {
                        values[j] = Double.parseDouble(f.get(3 + j));
                        unit[j] = Double.parseDouble(f.get(3 + n + j));
                    }
                    for (int k = 0; k < errors.length; k++) errors[k] = Double.parseDouble(f.get(3 + 2 * n + k));
                    rows.add(new Row(Integer.parseInt(f.get(0)), Integer.parseInt(f.get(1)), Double.parseDouble(f.get(2)),
                            values, unit, errors));
                } catch (NumberFormatException e) {
                    throw new CalibrationException(file + " line " + r.line() + ": not a number (" + e.getMessage()
                            + "): use --force to start over");
                }
            }
        } catch (Csv.MalformedException e) {
            throw new CalibrationException(file + " line " + e.line() + ": " + e.getMessage() + ": use --force to start over");
        }
        return rows;
    }
}
