package org.sxbelt.experiment.sweep;

import org.sxbelt.agents.Industry;
import org.sxbelt.model.Indicator;
import org.sxbelt.model.Level;
import org.sxbelt.params.Param;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.scenario.KeySuggester;
import org.sxbelt.scenario.ParamValueReader;
import org.sxbelt.scenario.TomlInput;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks an experiment file. Every problem is an {@link ExperimentException} whose one-line
 * message starts with the file and line and names the key and what is allowed. Scenarios are not
 * loaded here (the sweep does that), so merge can rebuild a design from the text alone.
 */
public final class ExperimentFile {

    static final List<String> TOP_KEYS = List.of("name", "description", "scenarios", "replications", "months",
            "scale", "seed", "indicators", "levels", "design", "factors", "branch_from");
    static final List<String> DESIGN_KEYS = List.of("type", "points", "trajectories", "grid", "samples");
    static final List<String> FACTOR_KEYS = List.of("key", "levels", "min", "max", "values");
    static final int MAX_REPLICATIONS = 100_000;
    static final int MAX_RUNS = 10_000_000;
    /** Largest Latin hypercube, points x factors (it is held whole: 8 bytes a coordinate, 80 MB). */
    static final long MAX_LHS_CELLS = 10_000_000;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+=@-]*");

    private final String label;
    private final TomlParseResult toml;

    private ExperimentFile(String label, TomlParseResult toml) {
        this.label = label;
        this.toml = toml;
    }

    /** Reads a file. */
    public static Experiment load(Path file) {
        String label = file.toString();
        if (!Files.exists(file)) throw new ExperimentException("experiment file " + label + " not found");
        String text = TomlInput.read(file, "experiment file", ExperimentException::new);
        String stem = file.getFileName().toString();
        if (stem.endsWith(".toml")) stem = stem.substring(0, stem.length() - 5);
        return parse(text, label, stem);
    }

    /**
     * Parses experiment text.
     *
     * @param label where it comes from, first in every message
     * @param stem  the file name without .toml, which {@code name} must equal; null to skip the check
     */
    public static Experiment parse(String text, String label, String stem) {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.length() > TomlInput.MAX_BYTES) {
            throw new ExperimentException(label + ": larger than " + TomlInput.MAX_BYTES
                    + " bytes (1 MB), the most an experiment file may hold");
        }
        TomlParseResult toml = TomlInput.parse(text, label, ExperimentException::new);
        if (!toml.errors().isEmpty()) {
            TomlParseError e = toml.errors().get(0);
            TomlPosition pos = e.position();
            throw new ExperimentException(label + (pos == null ? "" : " line " + pos.line() + ", column "
                    + pos.column()) + ": syntax error: " + e.getMessage());
        }
        return new ExperimentFile(label, toml).read(text, stem);
    }

    private Experiment read(String text, String stem) {
        for (String key : toml.keySet()) {
            if (!TOP_KEYS.contains(key)) {
                throw error(toml, key, "unknown key \"" + key + "\"" + KeySuggester.didYouMean(key, TOP_KEYS)
                        + "; known keys: " + String.join(", ", TOP_KEYS));
            }
        }
        String name = text(toml, "name", null);
        if (name == null) throw new ExperimentException(label + ": name is missing: expected name = \"" + stem + "\"");
        if (!NAME.matcher(name).matches()) {
            throw error(toml, "name", "name = \"" + name + "\" is not a folder name: use letters, digits and . _ + = @ -");
        }
        if (stem != null && !name.equals(stem)) {
            throw error(toml, "name", "name = \"" + name + "\" does not match the file name: expected \"" + stem + "\"");
        }
        String description = text(toml, "description", "");
        List<String> scenarios = textList(toml, "scenarios", List.of("baseline"));
        if (scenarios.isEmpty()) throw error(toml, "scenarios", "scenarios is empty: expected at least one scenario name");
        Set<String> seen = new LinkedHashSet<>();
        for (String s : scenarios) {
            if (s.isBlank()) throw error(toml, "scenarios", "scenarios has an empty name");
            if (!seen.add(s)) throw error(toml, "scenarios", "scenarios lists \"" + s + "\" twice");
        }
        int replications = (int) whole(toml, "replications", 1, 1, MAX_REPLICATIONS);
        Integer months = toml.contains("months")
                ? (int) whole(toml, "months", 0, (long) ParamSchema.MONTHS.min(), (long) ParamSchema.MONTHS.max()) : null;
        Integer scale = toml.contains("scale")
                ? (int) whole(toml, "scale", 0, (long) ParamSchema.SCALE.min(), (long) ParamSchema.SCALE.max()) : null;
        long seed = whole(toml, "seed", 1, 0, (long) ParamSchema.SEED.max());
        if (seed + replications - 1 > (long) ParamSchema.SEED.max()) {
            throw error(toml, "seed", "seed = " + seed + " with replications = " + replications
                    + " goes past the largest seed " + (long) ParamSchema.SEED.max());
        }

        if (!toml.contains("indicators")) {
            throw new ExperimentException(label + ": indicators is missing: expected a list of indicator names, e.g. "
                    + "indicators = [\"poverty_rate\", \"jobs_park\"]");
        }
        List<String> indicators = textList(toml, "indicators", List.of());
        if (indicators.isEmpty()) throw error(toml, "indicators", "indicators is empty: expected at least one indicator");
        Set<String> known = indicatorNames();
        for (String i : indicators) {
            if (!known.contains(i)) {
                throw error(toml, "indicators", "indicators: unknown indicator \"" + i + "\""
                        + KeySuggester.didYouMean(i, known) + " (see model.Indicator and the Observer's belt indicators)");
            }
        }
        List<String> levels = textList(toml, "levels", List.of("belt"));
        if (levels.isEmpty()) throw error(toml, "levels", "levels is empty: expected some of belt, prefecture, county, town");
        for (String l : levels) {
            if (levelOf(l) == null) {
                throw error(toml, "levels", "levels: unknown level \"" + l + "\": expected belt, prefecture, county or town");
            }
        }

        // design
        TomlTable design = null;
        if (toml.contains("design")) {
            if (!(toml.get("design") instanceof TomlTable t)) throw error(toml, "design", "design must be a table: [design]");
            design = t;
            for (String key : design.keySet()) {
                if (!DESIGN_KEYS.contains(key)) {
                    throw error(design, key, "[design]: unknown key \"" + key + "\""
                            + KeySuggester.didYouMean(key, DESIGN_KEYS) + "; known keys: " + String.join(", ", DESIGN_KEYS));
                }
            }
        }
        DesignType type = DesignType.NONE;
        if (design != null && design.contains("type")) {
            String t = text(design, "type", "none");
            type = DesignType.of(t);
            if (type == null) {
                throw error(design, "type", "[design] type = \"" + t + "\" is unknown: expected none, factorial, lhs, morris, sobol or points");
            }
        }
        int points = 0, trajectories = 0, grid = 0, samples = 0;
        if (type == DesignType.LHS) points = (int) required(design, "points", 1, 1_000_000, "lhs");
        if (type == DesignType.MORRIS) {
            trajectories = (int) required(design, "trajectories", 1, 100_000, "morris");
            grid = design.contains("grid") ? (int) whole(design, "grid", 4, 2, 1000) : 4;
            if (grid % 2 != 0) {
                throw error(design, "grid", "[design] grid = " + grid + " must be even (so that Δ = p/(2(p−1)) lies on "
                        + "the grid): expected an even whole number in [2, 1000]");
            }
        }
        if (type == DesignType.SOBOL) samples = (int) required(design, "samples", 1, 1_000_000, "sobol");
        if (design != null) {
            for (String key : List.of("points", "trajectories", "grid", "samples")) {
                boolean used = key.equals("points") && type == DesignType.LHS
                        || (key.equals("trajectories") || key.equals("grid")) && type == DesignType.MORRIS
                        || key.equals("samples") && type == DesignType.SOBOL;
                if (design.contains(key) && !used) {
                    throw error(design, key, "[design] " + key + " does not apply to type = \"" + type.label() + "\"");
                }
            }
        }

        // factors
        List<Factor> factors = new ArrayList<>();
        if (toml.contains("factors")) {
            if (!(toml.get("factors") instanceof TomlArray arr)) {
                throw error(toml, "factors", "factors must be written as [[factors]] tables");
            }
            for (int i = 0; i < arr.size(); i++) {
                if (!(arr.get(i) instanceof TomlTable)) {
                    throw error(toml, "factors", "factors must be written as [[factors]] tables");
                }
            }
            Set<String> keys = new LinkedHashSet<>();
            for (int i = 0; i < arr.size(); i++) {
                TomlTable f = arr.getTable(i);
                Factor factor = factor(f, i + 1, type);
                if (!keys.add(factor.key())) {
                    throw error(f, "key", "factors[" + (i + 1) + "]: " + factor.key() + " is already a factor");
                }
                factors.add(factor);
            }
        }
        if (type == DesignType.NONE && !factors.isEmpty()) {
            throw new ExperimentException(label + ": [[factors]] given but [design] type is \"none\": expected type = "
                    + "\"factorial\", \"lhs\", \"morris\" or \"sobol\"");
        }
        if (type == DesignType.POINTS && !factors.isEmpty()) {
            int n = factors.get(0).levels().size();
            for (int i = 1; i < factors.size(); i++) {
                if (factors.get(i).levels().size() != n) {
                    throw new ExperimentException(label + ": factors[" + (i + 1) + "] (" + factors.get(i).key() + ") lists "
                            + factors.get(i).levels().size() + " values, factors[1] (" + factors.get(0).key() + ") " + n
                            + ": a points design gives every factor one value per point");
                }
            }
        }
        if (type != DesignType.NONE && factors.isEmpty()) {
            throw new ExperimentException(label + ": [design] type = \"" + type.label() + "\" needs at least one [[factors]] table");
        }

        Integer branchFrom = null;
        if (toml.contains("branch_from")) {
            String b = text(toml, "branch_from", null);
            Integer m = b == null ? null : org.sxbelt.params.SimMonthFormat.parse(b);
            if (m == null || m < 0 || months != null && m >= months - 1) {
                throw error(toml, "branch_from", "branch_from = \"" + b + "\": expected a month \"YYYY-MM\" from 2015-01 to "
                        + (months == null ? "before the runs' last month" : org.sxbelt.params.SimMonthFormat.format(months - 2)));
            }
            branchFrom = m;
        }
        Experiment e = new Experiment(name, description, label, text, scenarios, replications, months, scale, seed,
                indicators, levels, type, points, trajectories, grid, samples, factors, branchFrom);
        // exact or saturating: 16 factors of 16 levels are 2^64 runs, not 0
        long runs = FullFactorial.saturatingMultiply(FullFactorial.saturatingMultiply(SweepPlan.pointsPerScenario(e),
                scenarios.size()), replications);
        if (runs > MAX_RUNS) {
            throw new ExperimentException(label + ": the design has " + SweepPlan.runsText(runs) + " runs ("
                    + designSize(e) + "): at most " + String.format(java.util.Locale.ROOT, "%,d", MAX_RUNS)
                    + " runs; use fewer levels, factors, samples or replications");
        }
        if (type == DesignType.LHS && (long) points * factors.size() > MAX_LHS_CELLS) {
            throw error(design, "points", "[design] points = " + points + " with " + factors.size()
                    + " factors: a Latin hypercube is held whole, at most " + String.format(java.util.Locale.ROOT, "%,d",
                    MAX_LHS_CELLS) + " points x factors");
        }
        return e;
    }

    /** How the run count comes about, for the message above the cap. */
    private static String designSize(Experiment e) {
        String plan = switch (e.type()) {
            case NONE -> "1 point";
            case FACTORIAL -> {
                List<String> counts = new ArrayList<>();
                for (Factor f : e.factors()) counts.add(Integer.toString(f.levels().size()));
                yield String.join(" x ", counts) + " levels";
            }
            case LHS -> e.points() + " points";
            case MORRIS -> e.trajectories() + " trajectories x " + (e.factors().size() + 1) + " points";
            case SOBOL -> e.samples() + " samples x " + (e.factors().size() + 2) + " matrices";
            case POINTS -> e.factors().get(0).levels().size() + " points";
        };
        return plan + " x " + e.scenarios().size() + " scenario" + (e.scenarios().size() == 1 ? "" : "s") + " x "
                + e.replications() + " replication" + (e.replications() == 1 ? "" : "s");
    }

    private Factor factor(TomlTable f, int n, DesignType type) {
        String where = "factors[" + n + "]";
        for (String key : f.keySet()) {
            if (!FACTOR_KEYS.contains(key)) {
                throw error(f, key, where + ": unknown key \"" + key + "\"" + KeySuggester.didYouMean(key, FACTOR_KEYS)
                        + "; known keys: " + String.join(", ", FACTOR_KEYS));
            }
        }
        String key = text(f, "key", null);
        if (key == null) {
            throw new ExperimentException(label + " line " + f.inputPositionOf(List.of()).line() + ": " + where
                    + ": key is missing: expected a parameter key, e.g. key = \"policy.subsidyMonths\"");
        }
        Param p = ParamSchema.byKey(key);
        if (p == null) {
            throw error(f, "key", where + ": unknown parameter key \"" + key + "\"" + KeySuggester.forParameter(key));
        }
        if (p.group().equals("run")) {
            throw error(f, "key", where + ": " + key + " cannot be a factor: use the experiment's months, scale, seed "
                    + "or a scenario");
        }
        List<Double> levels = new ArrayList<>();
        double min = Double.NaN, max = Double.NaN;
        if (type == DesignType.POINTS) {
            for (String other : List.of("levels", "min", "max")) {
                if (f.contains(other)) throw error(f, other, where + ": " + other + " does not apply to a points design: "
                        + "list the value at each point, values = [...]");
            }
            if (!(f.get("values") instanceof TomlArray arr) || arr.isEmpty()) {
                throw error(f, "key", where + ": " + key + " has no values: a points design needs values = [...], one per "
                        + "point, each " + p.allowed());
            }
            for (int i = 0; i < arr.size(); i++) levels.add(value(f, "values", where + ".values", p, arr.get(i)));
            return new Factor(p, levels, min, max);
        }
        if (f.contains("values")) {
            throw error(f, "values", where + ": values apply only to a points design ([design] type = \"points\")");
        }
        if (type == DesignType.FACTORIAL) {
            if (!f.contains("levels")) throw error(f, "key", where + ": " + key + " has no levels: a factorial design "
                    + "needs levels = [...], e.g. levels = [24, 36, 60]");
            if (f.contains("min") || f.contains("max")) {
                throw error(f, f.contains("min") ? "min" : "max", where + ": min and max do not apply to a factorial "
                        + "design: list the levels");
            }
            if (!(f.get("levels") instanceof TomlArray arr) || arr.isEmpty()) {
                throw error(f, "levels", where + ".levels for " + key + " must be a non-empty list of values: expected "
                        + p.allowed());
            }
            for (int i = 0; i < arr.size(); i++) {
                double v = value(f, "levels", where + ".levels", p, arr.get(i));
                if (levels.contains(v)) throw error(f, "levels", where + ".levels for " + key + " lists " + p.format(v) + " twice");
                levels.add(v);
            }
        } else if (type != DesignType.NONE) {
            if (f.contains("levels")) {
                throw error(f, "levels", where + ": levels apply only to a factorial design; " + type.label()
                        + " samples uniformly on [min, max]");
            }
            if (p.kind() == Param.Kind.BOOLEAN || p.kind() == Param.Kind.CHOICE) {
                throw error(f, "key", where + ": " + key + " is " + p.allowed() + ": only numeric parameters can be "
                        + "sampled on [min, max]; use a factorial design");
            }
            for (String b : List.of("min", "max")) {
                if (!f.contains(b)) throw error(f, "key", where + ": " + key + " has no " + b + ": a " + type.label()
                        + " design needs min and max, each " + p.allowed());
            }
            min = value(f, "min", where + ".min", p, f.get("min"));
            max = value(f, "max", where + ".max", p, f.get("max"));
            if (!(min < max)) {
                throw error(f, "max", where + ": " + key + " max = " + p.format(max) + " must be above min = " + p.format(min));
            }
        }
        return new Factor(p, levels, min, max);
    }

    private double value(TomlTable t, String tomlKey, String where, Param p, Object raw) {
        try {
            return ParamValueReader.fromToml(p, raw);
        } catch (ParamValueReader.InvalidValueException e) {
            throw error(t, tomlKey, where + ": " + e.getMessage());
        }
    }

    // ---- names ---------------------------------------------------------------------------------

    /** Every indicator name the model can emit. */
    public static Set<String> indicatorNames() {
        Set<String> s = new LinkedHashSet<>();
        for (Indicator i : Indicator.all()) s.add(i.name());
        s.add("public_spending");
        s.add("public_spending_cumulative");
        s.add("cost_per_local_job_year");
        s.add("survival_after_support_12m");
        s.add("relocated_persons");
        s.add("relocated_income_per_capita");
        for (Industry k : Industry.values()) {
            s.add("herfindahl_" + k.id());
            s.add("ellison_glaeser_" + k.id());
            s.add("location_quotient_" + k.id());
        }
        s.add("herfindahl_jobs_towns");
        s.add("ellison_glaeser_mean");
        return s;
    }

    public static Level levelOf(String label) {
        for (Level l : Level.values()) if (l.label().equals(label)) return l;
        return null;
    }

    // ---- typed reads -------------------------------------------------------------------------

    private ExperimentException error(TomlTable t, String key, String message) {
        TomlPosition pos = t.inputPositionOf(List.of(key));
        return new ExperimentException(label + (pos == null ? "" : " line " + pos.line()) + ": " + message);
    }

    private String text(TomlTable t, String key, String def) {
        if (!t.contains(List.of(key))) return def;
        Object v = t.get(List.of(key));
        if (v instanceof String s) return s;
        throw error(t, key, key + " must be text in quotes");
    }

    private List<String> textList(TomlTable t, String key, List<String> def) {
        if (!t.contains(List.of(key))) return def;
        Object v = t.get(List.of(key));
        if (!(v instanceof TomlArray arr)) throw error(t, key, key + " must be a list of names in quotes, e.g. [\"a\", \"b\"]");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            if (!(arr.get(i) instanceof String s)) throw error(t, key, key + " must be a list of names in quotes");
            out.add(s);
        }
        return out;
    }

    private long whole(TomlTable t, String key, long def, long min, long max) {
        if (!t.contains(List.of(key))) return def;
        Object v = t.get(List.of(key));
        String range = "a whole number in [" + min + ", " + max + "]";
        if (!(v instanceof Long l)) throw error(t, key, key + " = " + v + " is not a whole number: expected " + range);
        if (l < min || l > max) throw error(t, key, key + " = " + l + " is out of range: expected " + range);
        return l;
    }

    private long required(TomlTable design, String key, long min, long max, String type) {
        if (design == null || !design.contains(key)) {
            throw new ExperimentException(label + ": [design] type = \"" + type + "\" needs " + key
                    + ": expected a whole number in [" + min + ", " + max + "]");
        }
        long v = whole(design, key, 0, min, max);
        return v;
    }
}
