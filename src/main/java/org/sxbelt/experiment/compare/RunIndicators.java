package org.sxbelt.experiment.compare;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import org.sxbelt.experiment.stats.Csv;
import org.sxbelt.experiment.stats.ExperimentDataException;
import org.sxbelt.output.TidyCsvWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The indicators of one run folder written by {@code run}: {@code indicators.csv}
 * ({@code month,level,unit,indicator,value}) held as one array per series (NaN for NA or a month without
 * a value), and the run's label from {@code manifest.json} (scenario and seed) when it has one.
 */
public final class RunIndicators {

    public static final String FILE_NAME = "indicators.csv";
    public static final String MANIFEST = "manifest.json";

    /** One series: an indicator at one place (level and unit), or the belt ({@code belt}, {@code belt}). */
    public record Series(String level, String unit, String indicator) {
        public boolean belt() { return level.equals("belt") && unit.equals("belt"); }
    }

    private final Path dir;
    private final String label;
    private final List<String> months;
    private final Map<Series, double[]> data;

    private RunIndicators(Path dir, String label, List<String> months, Map<Series, double[]> data) {
        this.dir = dir;
        this.label = label;
        this.months = List.copyOf(months);
        this.data = data;
    }

    /** Reads a run folder; a problem is an {@link ExperimentDataException} naming the file (and line). */
    public static RunIndicators read(Path dir) {
        if (!Files.exists(dir)) throw new ExperimentDataException("run folder " + dir + " not found");
        if (!Files.isDirectory(dir)) throw new ExperimentDataException(dir + " is not a folder: expected a run folder "
                + "with " + FILE_NAME + " (as written by 'sxbelt run')");
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) throw new ExperimentDataException(file + " not found (a run folder written by "
                + "'sxbelt run' has " + FILE_NAME + ", firm_events.csv and manifest.json)");
        List<String> months = new ArrayList<>();
        Map<String, Integer> monthIndex = new HashMap<>();
        Map<Series, Column> cells = new LinkedHashMap<>();
        try (Csv.RowReader in = new Csv.RowReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            Csv.Row head = in.next();
            if (head == null || !TidyCsvWriter.HEADER.equals(head.text())) {
                throw new ExperimentDataException(file + ": expected the header " + TidyCsvWriter.HEADER + ", found "
                        + (head == null ? "an empty file" : head.text()));
            }
            for (Csv.Row r; (r = in.next()) != null; ) {
                String where = file + " line " + r.line() + ": ";
                if (r.size() != 5) throw new ExperimentDataException(where + r.size() + " fields, expected 5");
                String month = r.get(0);
                if (!month.matches("\\d{4}-\\d{2}")) throw new ExperimentDataException(where + "month '" + month
                        + "' is not YYYY-MM");
                Integer m = monthIndex.get(month);
                if (m == null) {
                    if (!months.isEmpty() && month.compareTo(months.get(months.size() - 1)) < 0) {
                        throw new ExperimentDataException(where + "month " + month + " after " + months.get(months.size() - 1));
                    }
                    m = months.size();
                    monthIndex.put(month, m);
                    months.add(month);
                }
                double v = value(r.get(4), where);
                Series s = new Series(r.get(1), r.get(2), r.get(3));
                if (!cells.computeIfAbsent(s, k -> new Column()).put(m, v)) {
                    throw new ExperimentDataException(where + "a second value for " + s.indicator() + " at " + s.level()
                            + " " + s.unit() + " in " + month);
                }
            }
        } catch (Csv.MalformedException e) {
            throw new ExperimentDataException(file + " line " + e.line() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ExperimentDataException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (months.isEmpty()) throw new ExperimentDataException(file + " has no rows");
        Map<Series, double[]> data = new LinkedHashMap<>();
        for (Map.Entry<Series, Column> e : cells.entrySet()) data.put(e.getKey(), e.getValue().values(months.size()));
        return new RunIndicators(dir, label(dir), months, data);
    }

    /** One series' values as read, month by month (the file is in month order). */
    private static final class Column {
        private double[] values = new double[16];
        private int last = -1;

        /** False when the month already has a value. */
        boolean put(int month, double v) {
            if (month <= last) return false;
            if (month >= values.length) values = Arrays.copyOf(values, Math.max(month + 1, 2 * values.length));
            Arrays.fill(values, last + 1, month, Double.NaN);
            values[month] = v;
            last = month;
            return true;
        }

        double[] values(int months) {
            double[] a = Arrays.copyOf(values, months);
            Arrays.fill(a, last + 1, months, Double.NaN);
            return a;
        }
    }

    private static double value(String s, String where) {
        if (s.equals("NA")) return Double.NaN;
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new ExperimentDataException(where + "value '" + s + "' is not a number or NA");
        }
    }

    /** "scenario, seed N" from the manifest, else the folder's name. */
    private static String label(Path dir) {
        String name = dir.toAbsolutePath().normalize().getFileName() == null ? dir.toString()
                : dir.toAbsolutePath().normalize().getFileName().toString();
        try {
            JsonElement e = JsonParser.parseString(Files.readString(dir.resolve(MANIFEST), StandardCharsets.UTF_8));
            if (e.isJsonObject()) {
                JsonObject o = e.getAsJsonObject();
                String scenario = o.has("scenario") && o.get("scenario").isJsonObject()
                        && o.getAsJsonObject("scenario").has("name") ? o.getAsJsonObject("scenario").get("name").getAsString() : null;
                String seed = o.has("seed") && o.get("seed").isJsonPrimitive() ? o.get("seed").getAsString() : null;
                if (scenario != null) return name + " (" + scenario + (seed != null ? ", seed " + seed : "") + ")";
            }
        } catch (NoSuchFileException ignored) {
            // no manifest: the folder's name will do
        } catch (IOException | JsonParseException | IllegalStateException | UnsupportedOperationException ignored) {
            // an unreadable manifest does not stop a comparison of the indicators
        }
        return name;
    }

    public Path dir() { return dir; }

    /** The folder's name with the scenario and seed of its manifest. */
    public String label() { return label; }

    /** Months in order (YYYY-MM). */
    public List<String> months() { return months; }

    /** Every series, in file order. */
    public List<Series> series() { return new ArrayList<>(data.keySet()); }

    /** The values of a series by month ({@link #months()}), or null when the run has none. */
    public double[] values(Series s) {
        double[] a = data.get(s);
        return a == null ? null : a.clone();
    }

    /** The value of a series in a month, NaN when absent. */
    public double value(Series s, String month) {
        double[] a = data.get(s);
        int m = months.indexOf(month);
        return a == null || m < 0 ? Double.NaN : a[m];
    }
}
