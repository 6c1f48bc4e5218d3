package org.sxbelt.experiment.stats;

import org.sxbelt.output.AtomicFiles;
import org.sxbelt.output.TidyCsvWriter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * An experiment's {@code results.csv}, written from the run files and read here
 * ({@code run,point,replicate,seed,scenario,<factor columns>,month,level,unit,indicator,value}) held as
 * one array per series: a series is (point, level, unit, indicator) and its array has one value per
 * month × replicate, NaN when the value is {@code NA} or absent.
 */
public final class ResultsFile {

    public static final String FILE_NAME = "results.csv";
    /** The columns that name a run, before its scenario and factor values. */
    private static final String RUN_COLUMNS = "run,point,replicate,seed";
    /** The belt-wide series' level and unit. */
    public static final String BELT = "belt";
    private static final List<String> LEVEL_ORDER = List.of("belt", "prefecture", "county", "town");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    /** One series: an indicator at one place (or the belt) for one design point. */
    public record Series(int point, String level, String unit, String indicator) {}

    /** Series order: point, level (belt, prefecture, county, town, others), unit, indicator. */
    public static final Comparator<Series> ORDER = Comparator.comparingInt(Series::point)
            .thenComparingInt(s -> levelRank(s.level())).thenComparing(Series::level)
            .thenComparing(Series::unit).thenComparing(Series::indicator);

    private final List<String> months;
    private final int[] replicates;
    private final Map<Integer, String> scenarios;
    private final Map<Integer, Map<Integer, Long>> seeds;
    private final Map<Series, double[]> data;
    private final List<String> indicators;

    private ResultsFile(List<String> months, int[] replicates, Map<Integer, String> scenarios,
                    Map<Integer, Map<Integer, Long>> seeds, Map<Series, double[]> data) {
        this.months = List.copyOf(months);
        this.replicates = replicates;
        this.scenarios = scenarios;
        this.seeds = seeds;
        this.data = data;
        TreeSet<String> ind = new TreeSet<>();
        for (Series s : data.keySet()) ind.add(s.indicator());
        this.indicators = List.copyOf(ind);
    }

    /** One row as read: used by {@link Builder}. */
    public static final class Builder {
        private final Map<Series, Map<Long, Double>> cells = new HashMap<>();
        private final TreeSet<String> months = new TreeSet<>();
        private final TreeSet<Integer> reps = new TreeSet<>();
        private final Map<Integer, String> scenarios = new TreeMap<>();
        private final Map<Integer, Map<Integer, Long>> seeds = new TreeMap<>();
        private final Map<String, String> strings = new HashMap<>();
        private final Map<String, Integer> monthIds = new HashMap<>();
        private final List<String> monthList = new ArrayList<>();

        /** Adds one value (NaN for NA). */
        public Builder add(int point, int replicate, long seed, String scenario, String month, String level,
                           String unit, String indicator, double value) {
            Series s = new Series(point, intern(level), intern(unit), intern(indicator));
            Integer m = monthIds.get(month);
            if (m == null) {
                m = monthList.size();
                monthIds.put(month, m);
                monthList.add(month);
                months.add(month);
            }
            reps.add(replicate);
            scenarios.putIfAbsent(point, scenario);
            seeds.computeIfAbsent(point, k -> new TreeMap<>()).putIfAbsent(replicate, seed);
            Map<Long, Double> cell = cells.computeIfAbsent(s, k -> new HashMap<>());
            if (cell.put(((long) m << 32) | (replicate & 0xffffffffL), value) != null) {
                throw new IllegalArgumentException("a second value for point " + point + ", replicate " + replicate
                        + ", month " + month + ", " + level + " " + unit + ", " + indicator);
            }
            return this;
        }

        private String intern(String s) {
            return strings.computeIfAbsent(s, k -> k);
        }

        public ResultsFile build() {
            List<String> ms = new ArrayList<>(months);
            int[] rs = reps.stream().mapToInt(Integer::intValue).toArray();
            Map<Integer, Integer> repIndex = new HashMap<>();
            for (int i = 0; i < rs.length; i++) repIndex.put(rs[i], i);
            int[] monthIndex = new int[monthList.size()];
            for (int i = 0; i < monthList.size(); i++) monthIndex[i] = ms.indexOf(monthList.get(i));
            Map<Series, double[]> data = new LinkedHashMap<>();
            List<Series> keys = new ArrayList<>(cells.keySet());
            keys.sort(ORDER);
            for (Series s : keys) {
                double[] a = new double[ms.size() * rs.length];
                Arrays.fill(a, Double.NaN);
                for (Map.Entry<Long, Double> e : cells.get(s).entrySet()) {
                    int m = monthIndex[(int) (e.getKey() >>> 32)];
                    int r = repIndex.get((int) (long) e.getKey());
                    a[m * rs.length + r] = e.getValue();
                }
                data.put(s, a);
            }
            return new ResultsFile(ms, rs, scenarios, seeds, data);
        }
    }

    /** Reads {@code results.csv} (or {@code results.csv.gz}: gzipped when the name ends in .gz); problems name the file and line. */
    public static ResultsFile read(Path file) {
        return DataFile.read(file, (name, in) -> {
            Csv.Row header = in.next();
            if (header == null) throw new ExperimentDataException(name + " is empty");
            List<String> cols = header.fields();
            String[] needed = {"point", "replicate", "seed", "scenario", "month", "level", "unit", "indicator", "value"};
            int[] at = new int[needed.length];
            for (int i = 0; i < needed.length; i++) {
                at[i] = cols.indexOf(needed[i]);
                if (at[i] < 0) throw new ExperimentDataException(name + " line " + header.line() + ": no column '"
                        + needed[i] + "' (expected " + RUN_COLUMNS + ",scenario,<factors>," + TidyCsvWriter.HEADER + ")");
            }
            Builder b = new Builder();
            for (Csv.Row f; (f = in.next()) != null; ) {
                String where = name + " line " + f.line() + ": ";
                if (f.size() != cols.size()) throw new ExperimentDataException(where + f.size()
                        + " fields, the header has " + cols.size());
                int point = (int) whole(f.get(at[0]), "point", where);
                int rep = (int) whole(f.get(at[1]), "replicate", where);
                long seed = whole(f.get(at[2]), "seed", where);
                String month = f.get(at[4]).strip();
                if (!MONTH.matcher(month).matches()) throw new ExperimentDataException(where + "month '" + month
                        + "' is not YYYY-MM");
                String v = f.get(at[8]).strip();
                double value;
                if (v.equals("NA") || v.isEmpty()) {
                    value = Double.NaN;
                } else {
                    try {
                        value = Double.parseDouble(v);
                    } catch (NumberFormatException e) {
                        throw new ExperimentDataException(where + "value '" + v + "' is not a number or NA");
                    }
                }
                try {
                    b.add(point, rep, seed, f.get(at[3]), month, f.get(at[5]).strip(), f.get(at[6]).strip(),
                            f.get(at[7]).strip(), value);
                } catch (IllegalArgumentException e) {
                    throw new ExperimentDataException(where + e.getMessage());
                }
            }
            ResultsFile r = b.build();
            if (r.data.isEmpty()) throw new ExperimentDataException(name + " has no rows");
            return r;
        });
    }

    /** One run's share of results.csv: the run's columns and its run file (rows {@value TidyCsvWriter#HEADER}). */
    public record RunRows(String id, int point, int replicate, long seed, Path file) {}

    /**
     * Writes results.csv atomically to {@code target}: every run's rows in the order given, each prefixed
     * with the run's columns and its point's scenario and factor values from {@code design}. Built from
     * the run files alone, so a merged folder gives the same bytes as an unsharded sweep.
     */
    public static void write(Path target, DesignFile design, List<RunRows> runs) throws IOException {
        write(target, design.factors(), runs, design::point);
    }

    /**
     * {@link #write(Path, DesignFile, List)} with the design given point by point ({@code point} gives
     * the design row of a point id), so that a large design is never held whole; the runs are read in
     * the order given, one at a time.
     */
    public static void write(Path target, List<String> factors, Iterable<RunRows> runs,
                             java.util.function.IntFunction<DesignFile.Point> point) throws IOException {
        write(target, factors, runs, point, ResultsFormat.CSV);
    }

    /**
     * {@link #write(Path, List, Iterable, java.util.function.IntFunction)} in a CSV format: the same text,
     * gzipped for {@link ResultsFormat#CSV_GZ}.
     */
    public static void write(Path target, List<String> factors, Iterable<RunRows> runs,
                             java.util.function.IntFunction<DesignFile.Point> point, ResultsFormat format) throws IOException {
        if (!format.isCsv()) throw new IllegalArgumentException("results in " + format.label() + " are not written here");
        Path temp = AtomicFiles.tempFileFor(target);
        try {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(format.wrap(Files.newOutputStream(temp)),
                    StandardCharsets.UTF_8), 1 << 20)) {
                List<String> head = new ArrayList<>(List.of(RUN_COLUMNS.split(",")));
                head.add("scenario");
                head.addAll(factors);
                head.addAll(List.of(TidyCsvWriter.HEADER.split(",")));
                Csv.append(out, head);
                for (RunRows r : runs) {
                    DesignFile.Point p = point.apply(r.point());
                    List<String> row = new ArrayList<>(List.of(r.id(), Integer.toString(r.point()),
                            Integer.toString(r.replicate()), Long.toString(r.seed()), p.scenario()));
                    row.addAll(p.values());
                    int prefix = row.size();
                    copyRows(r.file(), row, prefix, out);
                }
            }
            AtomicFiles.commit(temp, target);
        } catch (IOException | RuntimeException e) {
            AtomicFiles.deleteQuietly(temp);
            throw e;
        }
    }

    /** Writes each row of a run file after the run's prefix fields ({@code row}'s first {@code prefix}). */
    private static void copyRows(Path file, List<String> row, int prefix, Writer out) throws IOException {
        try (Csv.RowReader in = new Csv.RowReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            Csv.Row head = in.next();
            if (head == null || !TidyCsvWriter.HEADER.equals(head.text())) {
                throw new ExperimentDataException(file + ": not a run file: expected the header "
                        + TidyCsvWriter.HEADER + ", found " + (head == null ? null : head.text()));
            }
            for (Csv.Row f; (f = in.next()) != null; ) {
                row.subList(prefix, row.size()).clear();
                row.addAll(f.fields());
                Csv.append(out, row);
            }
        } catch (Csv.MalformedException e) {
            throw new ExperimentDataException(file + " line " + e.line() + ": " + e.getMessage(), e);
        }
    }

    private static long whole(String s, String column, String where) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw new ExperimentDataException(where + column + " '" + s + "' is not a whole number");
        }
    }

    static int levelRank(String level) {
        int i = LEVEL_ORDER.indexOf(level);
        return i < 0 ? LEVEL_ORDER.size() : i;
    }

    /** Months in order (YYYY-MM). */
    public List<String> months() { return months; }

    /** Replicate ids in increasing order. */
    public int[] replicates() { return replicates.clone(); }

    /** Design points that have results, in increasing order. */
    public List<Integer> points() { return new ArrayList<>(scenarios.keySet()); }

    /** The point's scenario as written in results.csv, or null. */
    public String scenario(int point) { return scenarios.get(point); }

    /** The seed of a point's replicate, or null. */
    public Long seed(int point, int replicate) {
        Map<Integer, Long> m = seeds.get(point);
        return m == null ? null : m.get(replicate);
    }

    /** All seeds used, in increasing order. */
    public List<Long> allSeeds() {
        TreeSet<Long> s = new TreeSet<>();
        for (Map<Integer, Long> m : seeds.values()) s.addAll(m.values());
        return new ArrayList<>(s);
    }

    /** Indicators, alphabetically. */
    public List<String> indicators() { return indicators; }

    /** Indicators with a belt-wide series, alphabetically. */
    public List<String> beltIndicators() {
        TreeSet<String> s = new TreeSet<>();
        for (Series k : data.keySet()) if (k.level().equals(BELT) && k.unit().equals(BELT)) s.add(k.indicator());
        return new ArrayList<>(s);
    }

    /** Levels present, in belt, prefecture, county, town order. */
    public List<String> levels() {
        TreeSet<String> s = new TreeSet<>(Comparator.comparingInt(ResultsFile::levelRank).thenComparing(x -> x));
        for (Series k : data.keySet()) s.add(k.level());
        return new ArrayList<>(s);
    }

    /** Every series, in {@link #ORDER}. */
    public List<Series> series() { return new ArrayList<>(data.keySet()); }

    /** Does the series exist? */
    public boolean has(Series s) { return data.containsKey(s); }

    /** The belt-wide series of an indicator for a point. */
    public static Series belt(int point, String indicator) { return new Series(point, BELT, BELT, indicator); }

    /** The values of a series in one month, one per replicate (in {@link #replicates()} order; NaN when absent or NA). */
    public double[] values(Series s, int monthIndex) {
        double[] a = data.get(s);
        int r = replicates.length;
        if (a == null) {
            double[] nan = new double[r];
            Arrays.fill(nan, Double.NaN);
            return nan;
        }
        return Arrays.copyOfRange(a, monthIndex * r, (monthIndex + 1) * r);
    }

    /**
     * Per replicate, the mean over all months of the numeric values (NaN for a replicate with none), in
     * {@link #replicates()} order.
     */
    public double[] meanOverMonths(Series s) {
        double[] a = data.get(s);
        int r = replicates.length;
        double[] out = new double[r];
        Arrays.fill(out, Double.NaN);
        if (a == null) return out;
        for (int j = 0; j < r; j++) {
            double sum = 0;
            int n = 0;
            for (int m = 0; m < months.size(); m++) {
                double v = a[m * r + j];
                if (!Double.isNaN(v)) {
                    sum += v;
                    n++;
                }
            }
            if (n > 0) out[j] = sum / n;
        }
        return out;
    }

    /**
     * The response used for sensitivity analysis: the belt-wide value of the indicator at the last month,
     * averaged over the replicates that have one (NaN if none).
     */
    public double lastMonthBeltMean(int point, String indicator) {
        return MeanCi.of(values(belt(point, indicator), months.size() - 1)).mean();
    }
}
