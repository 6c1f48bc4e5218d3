package org.sxbelt.scenario;

import org.sxbelt.agents.Industry;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.geo.County;
import org.sxbelt.params.ParkProject;
import org.sxbelt.params.SimMonthFormat;
import org.tomlj.TomlArray;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.sxbelt.scenario.ScenarioFileParser.MAX_PARK_M2;
import static org.sxbelt.scenario.ScenarioFileParser.PARK_KEYS;
import static org.sxbelt.scenario.ScenarioFileParser.line;

/**
 * Reads and checks the {@code [[parks]]} entries of one scenario file. Places are checked against
 * the belt's geography (county ids and prefecture names) and industries against {@link Industry};
 * every problem names the line, the key and what is allowed.
 */
final class ParkProjectReader {

    private final ProblemList problems;

    ParkProjectReader(ProblemList problems) {
        this.problems = problems;
    }

    List<ParkProject> read(TomlTable toml) {
        List<ParkProject> out = new ArrayList<>();
        Object raw = toml.get(List.of("parks"));
        if (raw == null) return out;
        if (!(raw instanceof TomlArray arr)) {
            problems.add(line(toml, "parks"), 0, "parks must be a list of [[parks]] tables, not "
                    + ParamValueReader.typeName(raw));
            return out;
        }
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < arr.size(); i++) {
            TomlPosition pos = arr.inputPositionOf(i);
            int at = pos == null ? 0 : pos.line();
            if (!(arr.get(i) instanceof TomlTable t)) {
                problems.add(at, 0, "each entry of parks must be a table with name, where, from, to and m2, not "
                        + ParamValueReader.typeName(arr.get(i)));
                continue;
            }
            ParkProject pp = readOne(t, at);
            if (pp == null) continue;
            Integer first = names.putIfAbsent(pp.name(), at);
            if (first != null) {
                problems.add(at, 0, "park project \"" + pp.name() + "\" is declared twice (first at line " + first + ")");
            } else {
                out.add(pp);
            }
        }
        return out;
    }

    private ParkProject readOne(TomlTable t, int at) {
        int before = problems.size();
        for (String key : t.keySet()) {
            if (!PARK_KEYS.contains(key)) {
                problems.add(line(t, key), 0, "unknown key \"" + key + "\" in park project"
                        + KeySuggester.didYouMean(key, PARK_KEYS));
            }
        }
        String name = text(t, "name", at, true);
        String owner = name == null ? "park project" : "park project \"" + name + "\"";
        List<String> places = places(t, at, owner);
        String industry = industry(t);
        Integer from = ScenarioFileParser.readMonth(problems, t, "from", at, owner);
        Integer to = ScenarioFileParser.readMonth(problems, t, "to", at, owner);
        if (from != null && to != null && to < from) {
            problems.add(line(t, "to"), 0, "to = \"" + SimMonthFormat.format(to) + "\" is before from = \""
                    + SimMonthFormat.format(from) + "\": a project is built from its first month to its last");
        }
        Double m2 = m2(t, at, owner);
        boolean counterpart = true;
        Object rawCp = t.get(List.of("counterpart"));
        if (rawCp != null && !(rawCp instanceof Boolean)) {
            problems.add(line(t, "counterpart"), 0, "counterpart = " + ParamValueReader.showToml(rawCp)
                    + " has the wrong type (" + ParamValueReader.typeName(rawCp)
                    + "): expected true (built by counterpart aid) or false (by the government)");
        } else if (rawCp != null) {
            counterpart = (Boolean) rawCp;
        }
        String reason = text(t, "reason", at, false);
        if (problems.size() > before) return null;
        return new ParkProject(name, places, industry, from, to, m2, counterpart, reason);
    }

    private List<String> places(TomlTable t, int at, String owner) {
        Object raw = t.get(List.of("where"));
        List<String> out = new ArrayList<>();
        if (raw == null) {
            problems.add(at, 0, owner + " has no \"where\": expected a county id or prefecture name, or a list of them");
            return out;
        }
        List<Object> items = new ArrayList<>();
        if (raw instanceof TomlArray a) items.addAll(a.toList());
        else items.add(raw);
        if (items.isEmpty()) {
            problems.add(line(t, "where"), 0, "where = [] names no place: expected county ids or prefecture names");
        }
        for (Object o : items) {
            if (!(o instanceof String s)) {
                problems.add(line(t, "where"), 0, "where = " + ParamValueReader.showToml(raw)
                        + " has the wrong type: expected text, or a list of texts, naming county ids or prefectures");
                return out;
            }
            if (!KnownPlaces.ALL.contains(s)) {
                problems.add(line(t, "where"), 0, "where: unknown place \"" + s + "\"; expected a county id (see"
                        + " geo/counties.csv) or one of " + BeltGeography.PREFECTURES.stream().sorted().toList()
                        + KeySuggester.didYouMean(s, KnownPlaces.ALL));
                continue;
            }
            out.add(s);
        }
        return out;
    }

    private String industry(TomlTable t) {
        Object raw = t.get(List.of("industry"));
        if (raw == null) return null;
        List<String> ids = Arrays.stream(Industry.values()).map(Industry::id).toList();
        if (!(raw instanceof String s) || Industry.byId(s) == null) {
            problems.add(line(t, "industry"), 0, "industry = " + ParamValueReader.showToml(raw)
                    + " is not an industry: expected one of " + ids
                    + (raw instanceof String s2 ? KeySuggester.didYouMean(s2, ids) : ""));
            return null;
        }
        return s;
    }

    private Double m2(TomlTable t, int at, String owner) {
        Object raw = t.get(List.of("m2"));
        String allowed = "a number of square metres in 0 .. " + String.format(Locale.ROOT, "%,.0f", MAX_PARK_M2);
        if (raw == null) {
            problems.add(at, 0, owner + " has no \"m2\": expected " + allowed);
            return null;
        }
        if (!(raw instanceof Number n)) {
            problems.add(line(t, "m2"), 0, "m2 = " + ParamValueReader.showToml(raw) + " has the wrong type ("
                    + ParamValueReader.typeName(raw) + "): expected " + allowed);
            return null;
        }
        double v = n.doubleValue();
        if (!(v >= 0 && v <= MAX_PARK_M2)) {
            problems.add(line(t, "m2"), 0, "m2 = " + ParamValueReader.showToml(raw) + " is out of range: expected "
                    + allowed + " (0 cancels an inherited project)");
            return null;
        }
        return v;
    }

    private String text(TomlTable t, String key, int at, boolean required) {
        Object raw = t.get(List.of(key));
        if (raw == null) {
            if (required) problems.add(at, 0, "park project has no \"" + key + "\": expected " + key + " = \"...\"");
            return null;
        }
        if (raw instanceof String s && !s.isBlank()) return s;
        problems.add(line(t, key), 0, key + " = " + ParamValueReader.showToml(raw)
                + " must be non-empty text in quotes");
        return null;
    }

    /** County ids and prefecture names of the default geography, read once. */
    private static final class KnownPlaces {
        static final Set<String> ALL = collect();

        private static Set<String> collect() {
            TreeSet<String> places = new TreeSet<>(BeltGeography.PREFECTURES);
            for (County c : BeltGeography.loadDefault().counties()) places.add(c.id());
            return Collections.unmodifiableSet(places);
        }
    }
}
