package org.sxbelt.output;

import org.sxbelt.params.Param;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.ParkProject;
import org.sxbelt.params.Scenario;
import org.sxbelt.params.SimMonthFormat;
import org.sxbelt.params.TimedEvent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything that determines a run's output, as an ordered list of parts ({@code key=value}) and their
 * SHA-256: seed, months, scale, indicators and levels kept, every other resolved parameter that is not
 * at its schema default ({@code param.<key>}, the decision rule among them; the defaults are part of the
 * model version, since they are compiled into {@code ParamSchema}), the scenario's timed events
 * ({@code event.<n>}) and park projects ({@code park.<n>}), and the {@link ModelVersion model version}
 * ({@code model}). The parts are kept, not only the hash, so that a difference can be named
 * ("seed 7, now 8").
 *
 * <p>Indicators and levels are sorted: their order in an experiment file changes nothing in a run file.
 * Names (scenario name, description, origin) are not parts: they change no output.
 */
public final class Fingerprint {

    public static final String SEED = "seed";
    public static final String MONTHS = "months";
    public static final String SCALE = "scale";
    public static final String INDICATORS = "indicators";
    public static final String LEVELS = "levels";
    public static final String MODEL = "model";
    public static final String PARAM = "param.";

    private final Map<String, String> parts;

    public Fingerprint(Map<String, String> parts) {
        for (Map.Entry<String, String> e : parts.entrySet()) {
            if (e.getKey().isEmpty() || e.getKey().contains("=") || e.getKey().contains("\n")
                    || e.getValue().contains("\n")) {
                throw new IllegalArgumentException("fingerprint part " + e.getKey() + " is not one key=value line");
            }
        }
        this.parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    /**
     * The fingerprint of a run of {@code sc} (its parameters as run, seed included) that keeps the given
     * indicators and levels (null: all), made by the running program's model.
     */
    public static Fingerprint ofRun(Scenario sc, Collection<String> indicators, Collection<String> levels) {
        return ofRun(sc, indicators, levels, ModelVersion.current().digest());
    }

    public static Fingerprint ofRun(Scenario sc, Collection<String> indicators, Collection<String> levels, String model) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(SEED, Integer.toString(sc.params().getInt(ParamSchema.SEED)));
        m.put(MONTHS, Integer.toString(sc.params().getInt(ParamSchema.MONTHS)));
        m.put(SCALE, Integer.toString(sc.params().getInt(ParamSchema.SCALE)));
        m.put(INDICATORS, indicators == null ? "all" : String.join(",", new TreeSet<>(indicators)));
        m.put(LEVELS, levels == null ? "all" : String.join(",", new TreeSet<>(levels)));
        Set<String> own = Set.of(ParamSchema.SEED.key(), ParamSchema.MONTHS.key(), ParamSchema.SCALE.key());
        for (Param p : ParamSchema.all()) {
            if (own.contains(p.key())) continue;
            String v = p.format(sc.params().get(p));
            if (!v.equals(p.format(p.defaultValue()))) m.put(PARAM + p.key(), v);
        }
        int i = 0;
        for (TimedEvent e : sc.events()) {
            m.put("event." + i++, SimMonthFormat.format(e.month()) + " " + e.param().key() + "=" + e.param().format(e.value()));
        }
        i = 0;
        for (ParkProject pp : sc.parks()) {
            m.put("park." + i++, oneLine(pp.name()) + " where=" + String.join("+", pp.places()) + " industry="
                    + pp.industry() + " from=" + SimMonthFormat.format(pp.from()) + " to=" + SimMonthFormat.format(pp.to())
                    + " m2=" + org.sxbelt.params.NumberText.exact(pp.m2()) + " counterpart=" + pp.counterpart());
        }
        m.put(MODEL, model);
        return new Fingerprint(m);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ");
    }

    public Map<String, String> parts() { return parts; }

    public String get(String key) { return parts.get(key); }

    /** A parameter's value as run: its part, or the schema default when it has none; null for an unknown key. */
    public String param(String key) {
        String v = parts.get(PARAM + key);
        if (v != null) return v;
        Param p = ParamSchema.byKey(key);
        return p == null ? null : p.format(p.defaultValue());
    }

    /** SHA-256 (hex) of the parts as {@code key=value\n} lines in order. */
    public String hash() {
        MessageDigest md = ModelVersion.sha256();
        md.update(text().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest());
    }

    /** The parts as {@code key=value} lines. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        parts.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        return sb.toString();
    }

    /** This fingerprint without the given parts. */
    public Fingerprint without(Collection<String> keys) {
        Map<String, String> m = new LinkedHashMap<>(parts);
        keys.forEach(m::remove);
        return new Fingerprint(m);
    }

    /** Reads {@code key=value} lines (as {@link #text()} writes them). */
    public static Fingerprint parse(List<String> lines) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String l : lines) {
            int eq = l.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("not a key=value line");
            m.put(l.substring(0, eq), l.substring(eq + 1));
        }
        return new Fingerprint(m);
    }

    /** One part that differs: its key, its value in the stored fingerprint (null: absent) and now (null: absent). */
    public record Difference(String key, String then, String now) {

        /** The part in words: {@code seed}, {@code policy.wageSubsidy =}, {@code timed event 2:}. */
        public String label() {
            if (key.startsWith(PARAM)) return key.substring(PARAM.length()) + " =";
            if (key.startsWith("event.")) return "timed event " + key.substring(6) + ":";
            if (key.startsWith("park.")) return "park project " + key.substring(5) + ":";
            return key;
        }

        /** A stored value in words ({@code model} hashes abbreviated, an absent parameter is its default). */
        public String value(String v) {
            if (v == null && key.startsWith(PARAM)) {
                Param p = ParamSchema.byKey(key.substring(PARAM.length()));
                if (p != null) return p.format(p.defaultValue()) + " (the default)";
            }
            if (v == null) return "(none)";
            return key.equals(MODEL) && v.length() > 12 ? v.substring(0, 12) + "..." : v;
        }

        /** For a resume: {@code "seed 7, the experiment now says 8"} (after "was made with"). */
        public String describe() {
            if (key.startsWith(PARAM)) return label() + " " + value(then) + ", the experiment now says " + value(now);
            if (then == null) return "no " + label() + " part, the experiment now has " + label() + " " + now;
            if (now == null) return label() + " " + then + ", which the experiment no longer has";
            if (key.equals(MODEL)) {
                return "another model version (" + value(then) + "; this program is " + value(now)
                        + ": its model classes or data changed)";
            }
            if (key.equals(INDICATORS) || key.equals(LEVELS)) return label() + " " + then + ", the experiment now asks " + now;
            return label() + " " + then + ", the experiment now says " + now;
        }
    }

    /** The first part (in this fingerprint's order, then the stored one's) where {@code was} differs; null if none. */
    public Difference firstDifference(Fingerprint was) {
        List<String> keys = new ArrayList<>(parts.keySet());
        for (String k : was.parts.keySet()) if (!parts.containsKey(k)) keys.add(k);
        for (String k : keys) {
            String now = parts.get(k);
            String then = was.parts.get(k);
            if (now != null && now.equals(then)) continue;
            return new Difference(k, then, now);
        }
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && f.parts.equals(parts) && List.copyOf(f.parts.keySet()).equals(List.copyOf(parts.keySet()));
    }

    @Override
    public int hashCode() { return parts.hashCode(); }

    @Override
    public String toString() { return hash(); }
}
