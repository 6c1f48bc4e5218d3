package org.sxbelt.scenario;

import org.sxbelt.params.Param;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.ParkProject;
import org.sxbelt.params.SimMonthFormat;
import org.sxbelt.params.TimedEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * Reads and checks one scenario file (no inheritance): TOML syntax, the known top-level keys,
 * {@code [params]} overrides, {@code [[events]]} and {@code [[parks]]}. Every value goes through
 * {@link ParamValueReader}; any problem aborts with a {@link ScenarioException} naming the file
 * and line of the first problem in file order.
 */
final class ScenarioFileParser {

    static final List<String> TOP_KEYS = List.of("name", "description", "source", "extends", "params", "events",
            "parks");
    static final List<String> EVENT_KEYS = List.of("month", "set", "reason");
    static final List<String> PARK_KEYS = List.of("name", "where", "industry", "from", "to", "m2", "counterpart",
            "reason");
    /** Largest park project accepted, m2 (the belt's whole 2020 park stock is a few million m2). */
    static final double MAX_PARK_M2 = 10_000_000;

    /** Events may not change these groups: they fix the run's shape before month 0. */
    private static final String FIXED_GROUP = "run";

    private final ScenarioSource src;
    private final ProblemList problems;

    private ScenarioFileParser(ScenarioSource src) {
        this.src = src;
        this.problems = new ProblemList(src.label());
    }

    static ScenarioFile parse(ScenarioSource src) {
        return new ScenarioFileParser(src).parse(src.read());
    }

    private ScenarioFile parse(String text) {
        TomlParseResult toml = TomlInput.parse(text, src.label(), ScenarioException::new);
        if (!toml.errors().isEmpty()) {
            TomlParseError e = toml.errors().get(0);
            TomlPosition pos = e.position();
            String where = pos == null ? "" : " line " + pos.line() + ", column " + pos.column();
            throw new ScenarioException(src.label() + where + ": syntax error: " + e.getMessage());
        }

        for (String key : toml.keySet()) {
            if (!TOP_KEYS.contains(key)) unknownTopLevel(toml, key);
        }

        String name = requiredText(toml, "name");
        if (name != null) {
            int line = line(toml, "name");
            if (name.equals(ScenarioNames.DEFAULTS)) {
                problems.add(line, 0, "name = \"defaults\" is reserved for the schema defaults; choose another name");
            } else if (!name.equals(src.stem())) {
                problems.add(line, 0, "name = " + ParamValueReader.quote(name)
                        + " does not match the file name: expected \"" + src.stem() + "\"");
            }
        }
        String description = requiredText(toml, "description");
        if (description != null && (description.isBlank() || description.contains("\n"))) {
            problems.add(line(toml, "description"), 0, "description must be one non-empty line");
        }
        String source = optionalText(toml, "source");
        String extendsName = optionalText(toml, "extends");
        if (extendsName != null && !ScenarioNames.isValid(extendsName)) {
            problems.add(line(toml, "extends"), 0, "extends = " + ParamValueReader.quote(extendsName)
                    + " is not a scenario name: expected the name of another scenario (no path, no .toml)");
        }

        Map<Param, Double> params = new LinkedHashMap<>();
        Object rawParams = toml.get(List.of("params"));
        if (rawParams instanceof TomlTable t) {
            params = readAssignments(t, "[params]", false);
        } else if (rawParams != null) {
            problems.add(line(toml, "params"), 0, "params must be a table ([params]), not "
                    + ParamValueReader.typeName(rawParams));
        }

        List<ScenarioFile.Event> events = readEvents(toml);
        List<ParkProject> parks = new ParkProjectReader(problems).read(toml);

        problems.throwIfAny();
        return new ScenarioFile(name, description, source,
                extendsName == null ? ScenarioNames.DEFAULTS : extendsName,
                extendsName == null ? 0 : line(toml, "extends"), params, events, parks);
    }

    // ---- top level ---------------------------------------------------------------------------

    private void unknownTopLevel(TomlTable toml, String key) {
        int line = line(toml, key);
        boolean isParam = ParamSchema.byKey(key) != null || isKeyPrefix(key);
        if (isParam) {
            problems.add(line, 0, "unknown key \"" + key + "\"; parameter values go under [params], e.g. [params."
                    + key.split("\\.")[0] + "]");
        } else if (EVENT_KEYS.contains(key)) {
            problems.add(line, 0, "unknown key \"" + key + "\"; \"" + key + "\" belongs inside an [[events]] entry");
        } else {
            problems.add(line, 0, "unknown key \"" + key + "\"" + KeySuggester.didYouMean(key, TOP_KEYS));
        }
    }

    private String requiredText(TomlTable toml, String key) {
        Object v = toml.get(List.of(key));
        if (v == null) {
            String hint = key.equals("name") ? " (name = \"" + src.stem() + "\")" : "";
            problems.add(0, 0, "missing required key \"" + key + "\"" + hint);
            return null;
        }
        return text(toml, key, v);
    }

    private String optionalText(TomlTable toml, String key) {
        Object v = toml.get(List.of(key));
        return v == null ? null : text(toml, key, v);
    }

    private String text(TomlTable table, String key, Object v) {
        if (v instanceof String s) return s;
        problems.add(line(table, key), 0, key + " = " + ParamValueReader.showToml(v) + " has the wrong type ("
                + ParamValueReader.typeName(v) + "): expected text in quotes");
        return null;
    }

    // ---- parameter assignments ([params] and event "set") ------------------------------------

    private record Leaf(String key, Object value, int line, int column) {}

    /**
     * Reads a table of parameter values written either with quoted dotted keys ("policy.x" = 1) or
     * nested tables ([params.policy] x = 1), in any mix. {@code inEvent}: run.* keys are refused.
     */
    private Map<Param, Double> readAssignments(TomlTable table, String where, boolean inEvent) {
        List<Leaf> leaves = new ArrayList<>();
        flatten(table, "", leaves);
        Map<Param, Double> out = new LinkedHashMap<>();
        Map<Param, Integer> firstLine = new HashMap<>();
        for (Leaf leaf : leaves) {
            Param p = ParamSchema.byKey(leaf.key());
            if (p == null) {
                String hint = TOP_KEYS.contains(leaf.key()) && !inEvent
                        ? "; top-level keys such as " + leaf.key() + " must come before the first [table] header"
                        : EVENT_KEYS.contains(leaf.key()) && inEvent
                        ? "; \"" + leaf.key() + "\" belongs next to \"set\", not inside it"
                        : KeySuggester.forParameter(leaf.key());
                problems.add(leaf.line(), leaf.column(), "unknown key \"" + leaf.key() + "\"" + hint);
                continue;
            }
            if (leaf.value() instanceof TomlTable) {
                problems.add(leaf.line(), leaf.column(), p.key() + " must be a value, not a table: expected "
                        + p.allowed());
                continue;
            }
            if (inEvent && p.group().equals(FIXED_GROUP)) {
                problems.add(leaf.line(), leaf.column(), p.key() + " cannot change during a run; set it under [params]");
                continue;
            }
            if (firstLine.containsKey(p)) {
                problems.add(leaf.line(), leaf.column(), p.key() + " is set twice in " + where + " (first at line "
                        + firstLine.get(p) + ")");
                continue;
            }
            try {
                out.put(p, ParamValueReader.fromToml(p, leaf.value()));
                firstLine.put(p, leaf.line());
            } catch (ParamValueReader.InvalidValueException e) {
                problems.add(leaf.line(), leaf.column(), e.getMessage());
            }
        }
        return out;
    }

    /** Flattens nested tables into dotted keys; a table stops the descent only where it names a parameter. */
    private static void flatten(TomlTable table, String prefix, List<Leaf> out) {
        for (String k : table.keySet()) {
            String full = prefix.isEmpty() ? k : prefix + "." + k;
            Object v = table.get(List.of(k));
            TomlPosition pos = table.inputPositionOf(List.of(k));
            if (v instanceof TomlTable t && ParamSchema.byKey(full) == null) {
                if (!t.isEmpty()) {
                    flatten(t, full, out);
                    continue;
                }
                if (isKeyPrefix(full)) continue;   // an empty [params.policy] header is harmless
            }
            out.add(new Leaf(full, v, pos == null ? 0 : pos.line(), pos == null ? 0 : pos.column()));
        }
    }

    // ---- events ------------------------------------------------------------------------------

    private List<ScenarioFile.Event> readEvents(TomlTable toml) {
        List<ScenarioFile.Event> events = new ArrayList<>();
        Object raw = toml.get(List.of("events"));
        if (raw == null) return events;
        if (!(raw instanceof TomlArray arr)) {
            problems.add(line(toml, "events"), 0, "events must be a list of [[events]] tables, not "
                    + ParamValueReader.typeName(raw));
            return events;
        }
        Map<String, Integer> seen = new HashMap<>();   // "month|key" -> line of first setting
        for (int i = 0; i < arr.size(); i++) {
            TomlPosition pos = arr.inputPositionOf(i);
            int eventLine = pos == null ? 0 : pos.line();
            Object item = arr.get(i);
            if (!(item instanceof TomlTable ev)) {
                problems.add(eventLine, 0, "each entry of events must be a table with month and set, not "
                        + ParamValueReader.typeName(item));
                continue;
            }
            readEvent(ev, eventLine, seen, events);
        }
        return events;
    }

    private void readEvent(TomlTable ev, int eventLine, Map<String, Integer> seen, List<ScenarioFile.Event> out) {
        for (String key : ev.keySet()) {
            if (EVENT_KEYS.contains(key)) continue;
            String hint = ParamSchema.byKey(key) != null || isKeyPrefix(key)
                    ? "; parameter values of an event go inside set = { ... }"
                    : KeySuggester.didYouMean(key, EVENT_KEYS);
            problems.add(line(ev, key), 0, "unknown key \"" + key + "\" in event" + hint);
        }

        Integer month = readMonth(problems, ev, "month", eventLine, "event");

        String reason = null;
        Object rawReason = ev.get(List.of("reason"));
        if (rawReason != null) reason = text(ev, "reason", rawReason);

        Object rawSet = ev.get(List.of("set"));
        String what = month == null ? "event" : "event for " + SimMonthFormat.format(month);
        if (rawSet == null) {
            problems.add(eventLine, 0, what + " has no \"set\": expected set = { \"group.key\" = value, ... }");
            return;
        }
        if (!(rawSet instanceof TomlTable set)) {
            problems.add(line(ev, "set"), 0, "set = " + ParamValueReader.showToml(rawSet) + " has the wrong type ("
                    + ParamValueReader.typeName(rawSet) + "): expected a table { \"group.key\" = value, ... }");
            return;
        }
        if (set.isEmpty()) {
            problems.add(line(ev, "set"), 0, what + " sets nothing: expected set = { \"group.key\" = value, ... }");
            return;
        }
        Map<Param, Double> values = readAssignments(set, what, true);
        if (month == null) return;
        for (Map.Entry<Param, Double> e : values.entrySet()) {
            String id = month + "|" + e.getKey().key();
            Integer first = seen.putIfAbsent(id, eventLine);
            if (first != null) {
                problems.add(eventLine, 0, e.getKey().key() + " is set twice for " + SimMonthFormat.format(month)
                        + " (first in the event at line " + first + ")");
                continue;
            }
            out.add(new ScenarioFile.Event(new TimedEvent(month, e.getKey(), e.getValue()), reason, eventLine));
        }
    }

    /**
     * Reads {@code key = "YYYY-MM"} from {@code table} as a month index within the run's longest
     * span; null (with a problem recorded) when missing, mistyped or out of range.
     */
    static Integer readMonth(ProblemList problems, TomlTable table, String key, int ownerLine, String owner) {
        Object raw = table.get(List.of(key));
        int last = (int) ParamSchema.MONTHS.max() - 1;
        String range = SimMonthFormat.format(0) + " .. " + SimMonthFormat.format(last);
        if (raw == null) {
            problems.add(ownerLine, 0, owner + " has no \"" + key + "\": expected " + key + " = \"YYYY-MM\" in " + range);
            return null;
        }
        if (!(raw instanceof String s)) {
            problems.add(line(table, key), 0, key + " = " + ParamValueReader.showToml(raw) + " has the wrong type ("
                    + ParamValueReader.typeName(raw) + "): expected text \"YYYY-MM\" in " + range);
            return null;
        }
        Integer month = SimMonthFormat.parse(s);
        if (month == null) {
            problems.add(line(table, key), 0, key + " = " + ParamValueReader.quote(s)
                    + " is not a month: expected \"YYYY-MM\" in " + range);
        } else if (month < 0 || month > last) {
            problems.add(line(table, key), 0, key + " = " + ParamValueReader.quote(s)
                    + " is out of range: expected a month in " + range);
            month = null;
        }
        return month;
    }

    /** True for "policy": the start of a parameter key, up to a dot. */
    private static boolean isKeyPrefix(String key) {
        return ParamSchema.keys().stream().anyMatch(k -> k.startsWith(key + "."));
    }

    static int line(TomlTable table, String key) {
        TomlPosition pos = table.inputPositionOf(List.of(key));
        return pos == null ? 0 : pos.line();
    }
}
