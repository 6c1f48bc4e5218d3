package org.sxbelt.experiment;

import org.sxbelt.experiment.stats.Csv;

import org.sxbelt.agents.Industry;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.geo.County;
import org.sxbelt.model.Indicator;
import org.sxbelt.model.Level;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.SimMonthFormat;

import java.io.IOException;
import java.io.StringReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads calibration target files: CSV with the header {@value #HEADER}, one stylised fact a row.
 *
 * <ul>
 *   <li>{@code kind}: {@code fitted} (in the calibration loss), {@code tested} (never in the loss: out of
 *       sample) or {@code input} (a figure the model is given or that holds by construction: shown, never
 *       counted as evidence); see {@link CalibrationTargetKind}.</li>
 *   <li>{@code statistic}: one of {@link Statistic} (mean, value, sum, change, growth, ratio, parameter).</li>
 *   <li>{@code indicator}: an indicator of ODD §8 ({@code jobs_park}); several joined by {@code +} are
 *       summed ({@code jobs_textiles+jobs_garments}); for {@code ratio}, numerator and denominator
 *       are separated by {@code /} ({@code wage_work_female/wage_work_female+wage_work_male}); for
 *       {@code parameter}, a parameter key.</li>
 *   <li>{@code level}: belt, prefecture, county (residence indicators) or town (workplace
 *       indicators); empty for a parameter.</li>
 *   <li>{@code unit}: {@code belt}, a prefecture name, or county/town ids; several joined by
 *       {@code +} are summed ({@code cele+yutian+minfeng}). Sums (of indicators or units) are only
 *       allowed for counts, flows and money, never for shares or other ratio indicators.</li>
 *   <li>{@code month_from}, {@code month_to}: {@code YYYY-MM}, both included; equal for {@code value}
 *       and {@code parameter}.</li>
 *   <li>{@code target_low}, {@code target_high}: the source's range in the indicator's own unit (equal for
 *       a single figure); one of them may be empty for an open range ("over 10,000").</li>
 *   <li>{@code tolerance}: for a single figure only, its relative half-width in [0, 1] (0.1 unless the
 *       source says otherwise); must be 0 for a range, which is the source's own.</li>
 *   <li>{@code source}: where the figure stands in the sources (document, part, section or line).</li>
 *   <li>{@code why}: one phrase on why the fact has its kind (may be empty).</li>
 * </ul>
 * Fields may be quoted ("...") to hold commas. Every problem is a {@link TargetFileException}
 * naming the file, line and column.
 */
public final class CalibrationTargets {

    public static final String RESOURCE = "/calibration/targets.csv";
    public static final String HEADER =
            "id,kind,fact,statistic,indicator,level,unit,month_from,month_to,target_low,target_high,tolerance,source,why";
    private static final List<String> COLUMNS = List.of(HEADER.split(","));
    private static final Pattern ID = Pattern.compile("[a-z0-9_]+");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    /** Largest month a run can reach (run.months is at most 600). */
    private static final int LAST_MONTH = (int) ParamSchema.MONTHS.max() - 1;

    private static volatile Set<String> defaultUnitIds;

    private CalibrationTargets() {}

    /** The built-in targets ({@value #RESOURCE}). */
    public static List<CalibrationTarget> loadDefault() {
        String label = "classpath:" + RESOURCE;
        try (InputStream in = CalibrationTargets.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new TargetFileException(label + ": missing from the classpath");
            return parse(label, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new TargetFileException(label + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** A target file on disk. */
    public static List<CalibrationTarget> load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new TargetFileException(file + ": no such file", e);
        } catch (IOException e) {
            throw new TargetFileException(file + ": cannot read: " + e.getMessage(), e);
        }
        return parse(file.toString(), text);
    }

    /** Parses and checks the text of a target file; {@code label} names it in messages. */
    public static List<CalibrationTarget> parse(String label, String text) {
        return parse(label, text, defaultUnitIds());
    }

    /** {@link #parse(String, String)} against another set of county/town ids. */
    static List<CalibrationTarget> parse(String label, String text, Set<String> unitIds) {
        try (Csv.RowReader in = new Csv.RowReader(new StringReader(text))) {
            Csv.Row header = in.next();
            if (header == null) throw new TargetFileException(label + " line 1: empty file; expected the header " + HEADER);
            if (!header.text().strip().equals(HEADER)) {
                throw new TargetFileException(label + " line " + header.line() + ": the header must be " + HEADER
                        + ", got " + header.text().strip());
            }
            List<CalibrationTarget> targets = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (Csv.Row row; (row = in.next()) != null; ) {
                CalibrationTarget t = new TargetRow(label, row, unitIds).parse();
                if (!ids.add(t.id())) {
                    throw new TargetFileException(where(label, row.line(), 1) + ": duplicate id " + t.id());
                }
                targets.add(t);
            }
            if (targets.isEmpty()) throw new TargetFileException(label + ": no targets after the header");
            return List.copyOf(targets);
        } catch (Csv.MalformedException e) {
            throw new TargetFileException(label + " line " + e.line() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new TargetFileException(label + ": cannot read: " + e.getMessage(), e); // not thrown by a StringReader
        }
    }

    /** Months a run needs to compute every target: the largest month_to + 1 (at least 1). */
    public static int monthsNeeded(List<CalibrationTarget> targets) {
        int m = 1;
        for (CalibrationTarget t : targets) m = Math.max(m, t.monthsNeeded());
        return m;
    }

    private static String where(String label, long line, int column) {
        return label + " line " + line + ", column " + column + " (" + COLUMNS.get(column - 1) + ")";
    }

    private static Set<String> defaultUnitIds() {
        Set<String> s = defaultUnitIds;
        if (s == null) {
            Set<String> ids = new HashSet<>();
            for (County c : BeltGeography.loadDefault().counties()) ids.add(c.id());
            defaultUnitIds = s = Set.copyOf(ids);
        }
        return s;
    }

    // ---- what the model emits ------------------------------------------------------------------

    /** Where an indicator is recorded below prefecture level, and whether values may be added. */
    private record Kind(Set<Level> levels, boolean additive) {}

    private static final Map<String, Kind> INDICATORS = indicators();

    private static Map<String, Kind> indicators() {
        Map<String, Kind> m = new LinkedHashMap<>();
        for (Indicator i : Indicator.all()) {
            Level local = i.workplace() ? Level.TOWN : Level.COUNTY;
            m.put(i.name(), new Kind(EnumSet.of(Level.BELT, Level.PREFECTURE, local), i.denominator() == null));
        }
        // cluster and public-cost indicators written by the Observer only (ODD §8.3)
        for (Industry k : Industry.values()) {
            m.put("location_quotient_" + k.id(), new Kind(EnumSet.of(Level.TOWN), false));
            m.put("herfindahl_" + k.id(), new Kind(EnumSet.of(Level.BELT), false));
            m.put("ellison_glaeser_" + k.id(), new Kind(EnumSet.of(Level.BELT), false));
        }
        m.put("herfindahl_jobs_towns", new Kind(EnumSet.of(Level.BELT), false));
        m.put("ellison_glaeser_mean", new Kind(EnumSet.of(Level.BELT), false));
        m.put("public_spending", new Kind(EnumSet.of(Level.BELT), true));
        m.put("public_spending_cumulative", new Kind(EnumSet.of(Level.BELT), true));
        m.put("cost_per_local_job_year", new Kind(EnumSet.of(Level.BELT), false));
        m.put("survival_after_support_12m", new Kind(EnumSet.of(Level.BELT), false));
        m.put("relocated_persons", new Kind(EnumSet.of(Level.BELT), true));
        m.put("relocated_income_per_capita", new Kind(EnumSet.of(Level.BELT), false));
        return m;
    }

    // ---- one row -------------------------------------------------------------------------------

    private static final class TargetRow {
        private final String label;
        private final int line;
        private final List<String> f;
        private final Set<String> unitIds;

        TargetRow(String label, Csv.Row row, Set<String> unitIds) {
            this.label = label;
            this.line = Math.toIntExact(row.line());
            this.f = row.fields();
            this.unitIds = unitIds;
        }

        private TargetFileException error(int column, String message) {
            return new TargetFileException(where(label, line, column) + ": " + message);
        }

        CalibrationTarget parse() {
            if (f.size() != COLUMNS.size()) {
                throw new TargetFileException(label + " line " + line + ": " + f.size() + " fields, expected "
                        + COLUMNS.size() + " (" + HEADER + "); quote fields that contain commas");
            }
            String id = f.get(0).strip();
            if (!ID.matcher(id).matches()) throw error(1, "id \"" + id + "\" must be lower-case letters, digits and _");
            String kindText = f.get(1).strip();
            CalibrationTargetKind kind = CalibrationTargetKind.byId(kindText);
            if (kind == null) {
                throw error(2, "unknown kind \"" + kindText + "\"; expected one of " + CalibrationTargetKind.allowed());
            }
            String fact = f.get(2).strip();
            if (fact.isEmpty()) throw error(3, "the fact is empty");
            String statText = f.get(3).strip();
            Statistic stat = Statistic.byId(statText);
            if (stat == null) {
                throw error(4, "unknown statistic \"" + statText + "\"; expected one of "
                        + String.join(", ", Arrays.stream(Statistic.values()).map(Statistic::id).toList()));
            }
            int from = month(8);
            int to = month(9);
            if (to < from) throw error(9, "month_to " + f.get(8).strip() + " is before month_from " + f.get(7).strip());
            if ((stat == Statistic.VALUE || stat == Statistic.PARAMETER) && from != to) {
                throw error(9, "statistic " + stat.id() + " reads one month: month_to must equal month_from");
            }
            if ((stat == Statistic.CHANGE || stat == Statistic.GROWTH) && from == to) {
                throw error(9, "statistic " + stat.id() + " compares two months: month_to must be after month_from");
            }
            double low = bound(10, Double.NEGATIVE_INFINITY);
            double high = bound(11, Double.POSITIVE_INFINITY);
            if (Double.isInfinite(low) && Double.isInfinite(high)) throw error(10, "target_low and target_high are both empty");
            if (high < low) throw error(11, "target_high " + f.get(10).strip() + " is below target_low " + f.get(9).strip());
            double tol = number(12);
            if (tol < 0 || tol > 1) throw error(12, "tolerance " + f.get(11).strip() + " must be in [0, 1]");
            if (tol != 0 && low != high) {
                throw error(12, "tolerance " + f.get(11).strip() + " widens a single figure only (target_low = "
                        + "target_high); a range is the source's own, so its tolerance is 0");
            }
            String source = f.get(12).strip();
            if (source.isEmpty()) throw error(13, "the source is empty: name the document and section of the figure");
            String why = f.get(13).strip();

            String indicator = f.get(4).strip();
            String levelText = f.get(5).strip();
            String unitText = f.get(6).strip();
            if (stat == Statistic.PARAMETER) {
                if (ParamSchema.byKey(indicator) == null) throw error(5, "unknown parameter key \"" + indicator + "\"");
                if (!levelText.isEmpty()) throw error(6, "must be empty for a parameter statistic");
                if (!unitText.isEmpty()) throw error(7, "must be empty for a parameter statistic");
                return new CalibrationTarget(id, kind, fact, stat, List.of(indicator), List.of(), null, List.of(), from,
                        to, low, high, tol, source, why, line);
            }
            Level level = level(levelText);
            List<String> units = units(level, unitText);
            String[] parts = indicator.split("/", -1);
            if (parts.length > 2) throw error(5, "more than one '/' in \"" + indicator + "\"");
            if (stat == Statistic.RATIO && parts.length != 2) {
                throw error(5, "statistic ratio needs numerator/denominator, got \"" + indicator + "\"");
            }
            if (stat != Statistic.RATIO && parts.length == 2) {
                throw error(5, "'/' is only allowed with statistic ratio, got \"" + indicator + "\" with " + stat.id());
            }
            List<String> num = terms(parts[0], level, units.size());
            List<String> den = parts.length == 2 ? terms(parts[1], level, units.size()) : List.of();
            return new CalibrationTarget(id, kind, fact, stat, num, den, level, units, from, to, low, high, tol, source,
                    why, line);
        }

        private int month(int column) {
            String s = f.get(column - 1).strip();
            Integer m = SimMonthFormat.parse(s);
            if (m == null) throw error(column, "\"" + s + "\" is not a month YYYY-MM");
            if (m < 0 || m > LAST_MONTH) {
                throw error(column, s + " is outside the simulated months " + SimMonthFormat.format(0) + ".."
                        + SimMonthFormat.format(LAST_MONTH));
            }
            return m;
        }

        private double number(int column) {
            String s = f.get(column - 1).strip();
            if (!NUMBER.matcher(s).matches()) throw error(column, "\"" + s + "\" is not a number");
            return Double.parseDouble(s);
        }

        private double bound(int column, double none) {
            return f.get(column - 1).isBlank() ? none : number(column);
        }

        private Level level(String s) {
            for (Level l : Level.values()) if (l.label().equals(s)) return l;
            throw error(6, "unknown level \"" + s + "\"; expected belt, prefecture, county or town");
        }

        private List<String> units(Level level, String s) {
            if (level == Level.BELT) {
                if (!s.isEmpty() && !s.equals("belt")) throw error(7, "the unit of level belt is belt, got \"" + s + "\"");
                return List.of("belt");
            }
            if (s.isEmpty()) throw error(7, "the unit is empty");
            List<String> units = List.of(s.split("\\+", -1)).stream().map(String::strip).toList();
            Set<String> seen = new HashSet<>();
            for (String u : units) {
                boolean known = level == Level.PREFECTURE ? BeltGeography.PREFECTURES.contains(u) : unitIds.contains(u);
                if (!known) {
                    String expected = level == Level.PREFECTURE
                            ? "a prefecture (" + String.join(", ", BeltGeography.PREFECTURES.stream().sorted().toList()) + ")"
                            : "a county id of geo/counties.csv";
                    throw error(7, "unknown " + level.label() + " \"" + u + "\"; expected " + expected);
                }
                if (!seen.add(u)) throw error(7, "unit " + u + " given twice");
            }
            return units;
        }

        private List<String> terms(String s, Level level, int unitCount) {
            List<String> names = List.of(s.split("\\+", -1)).stream().map(String::strip).toList();
            for (String n : names) {
                Kind k = INDICATORS.get(n);
                if (k == null) {
                    throw error(5, "unknown indicator \"" + n + "\"" + (n.isEmpty() ? " (empty)" : "")
                            + "; see ODD §8 for the indicators the model writes");
                }
                if (!k.levels().contains(level)) {
                    throw error(6, "indicator " + n + " is not recorded at level " + level.label() + " (levels: "
                            + String.join(", ", k.levels().stream().map(Level::label).toList()) + ")");
                }
                if (!k.additive() && (names.size() > 1 || unitCount > 1)) {
                    throw error(5, "indicator " + n + " is a share or ratio and cannot be summed over indicators or"
                            + " units; use statistic ratio with the counts it is made of");
                }
            }
            if (new HashSet<>(names).size() != names.size()) throw error(5, "an indicator is given twice in \"" + s + "\"");
            return names;
        }
    }
}
