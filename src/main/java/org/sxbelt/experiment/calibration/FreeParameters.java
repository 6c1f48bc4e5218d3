package org.sxbelt.experiment.calibration;

import org.sxbelt.experiment.stats.Csv;
import org.sxbelt.params.Param;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.scenario.KeySuggester;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The free parameters of a calibration: a CSV file with the header {@value #HEADER}, one parameter per
 * row; the built-in list is {@value #RESOURCE} (docs/ODD.md §10.4 gives the reasons). Problems are one
 * line naming the file, the line and what is allowed.
 */
public final class FreeParameters {

    public static final String RESOURCE = "/calibration/free-parameters.csv";
    public static final String HEADER = "key,low,high,why";
    /** The most parameters a calibration takes: CMA-ES needs many generations per dimension. */
    public static final int MAX = 40;

    private FreeParameters() {}

    /** The built-in list. */
    public static List<FreeParameter> loadDefault() {
        try (InputStream in = FreeParameters.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return parse("classpath:" + RESOURCE, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    /** A user's file. */
    public static List<FreeParameter> load(Path file) {
        String text;
        try {
            if (Files.size(file) > 1 << 20) throw new CalibrationException(file + ": larger than 1 MB, not a parameter list");
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CalibrationException(file + ": cannot read (" + e.getClass().getSimpleName() + ")", e);
        }
        return parse(file.toString(), new StringReader(text));
    }

    static List<FreeParameter> parse(String label, Reader in) {
        List<FreeParameter> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (Csv.RowReader rows = new Csv.RowReader(in)) {
            Csv.Row header = rows.next();
            if (header == null || !String.join(",", header.fields()).equals(HEADER)) {
                throw new CalibrationException(label + " line 1: expected the header " + HEADER);
            }
            for (Csv.Row r = rows.next(); r != null; r = rows.next()) {
                String at = label + " line " + r.line();
                if (r.fields().size() != 4) throw new CalibrationException(at + ": expected 4 fields (" + HEADER + "), found " + r.fields().size());
                String key = r.fields().get(0).trim();
                Param p = ParamSchema.byKey(key);
                if (p == null) {
                    List<String> keys = ParamSchema.all().stream().map(Param::key).toList();
                    throw new CalibrationException(at + ": unknown parameter \"" + key + "\"" + KeySuggester.didYouMean(key, keys));
                }
                if (!seen.add(key)) throw new CalibrationException(at + ": " + key + " is listed twice");
                try {
                    out.add(new FreeParameter(p, number(at, "low", r.fields().get(1)), number(at, "high", r.fields().get(2)),
                            r.fields().get(3).trim()));
                } catch (IllegalArgumentException e) {
                    throw new CalibrationException(at + ": " + e.getMessage());
                }
            }
        } catch (Csv.MalformedException e) {
            throw new CalibrationException(label + " line " + e.line() + ": " + e.getMessage());
        } catch (IOException e) {
            throw new CalibrationException(label + ": cannot read (" + e.getClass().getSimpleName() + ")", e);
        }
        if (out.isEmpty()) throw new CalibrationException(label + ": no parameters (a row per parameter: " + HEADER + ")");
        if (out.size() > MAX) throw new CalibrationException(label + ": " + out.size() + " parameters, at most " + MAX);
        return List.copyOf(out);
    }

    private static double number(String at, String column, String text) {
        try {
            double v = Double.parseDouble(text.trim());
            if (Double.isFinite(v)) return v;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new CalibrationException(at + " (" + column + "): \"" + text + "\" is not a finite number");
    }
}
