package org.sxbelt.scenario;

import org.sxbelt.params.NumberText;
import org.sxbelt.params.Param;
import java.util.regex.Pattern;

import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/**
 * Turns a value written for a {@link Param} into the double the parameter holds, with the same
 * checks whether it comes from a TOML file or from text (CLI {@code --set}, sweep factors).
 *
 * <ul>
 *   <li>REAL: any number; INTEGER: a whole number (36 or 36.0; 2.5 is rejected);</li>
 *   <li>BOOLEAN: true or false; CHOICE: one of {@link Param#choices()} as a string;</li>
 *   <li>then the parameter's range [min, max].</li>
 * </ul>
 * Problems are reported as {@link InvalidValueException} whose message starts with
 * {@code key = value} and ends with {@link Param#allowed()}; the caller adds where it was written.
 */
public final class ParamValueReader {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d[\\d_]*(\\.\\d[\\d_]*)?|\\.\\d[\\d_]*)([eE][+-]?\\d+)?");

    private ParamValueReader() {}

    /** A value that a parameter does not accept; the message has no location. */
    public static final class InvalidValueException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidValueException(String message) {
            super(message, null, false, false);
        }
    }

    /** Reads a value as tomlj returns it (Long, Double, Boolean, String, TomlTable, TomlArray, date/time). */
    public static double fromToml(Param p, Object value) throws InvalidValueException {
        String shown = showToml(value);
        return switch (p.kind()) {
            case REAL, INTEGER -> {
                if (value instanceof Long l) yield checkRange(p, l.doubleValue(), shown);
                if (value instanceof Double d) yield checkRange(p, d, shown);
                String hint = value instanceof String s && NUMBER.matcher(s.trim()).matches()
                        ? "; write numbers without quotes" : "";
                throw wrongType(p, value, shown, hint);
            }
            case BOOLEAN -> {
                if (value instanceof Boolean b) yield b ? 1 : 0;
                String hint = value instanceof String s && (s.equals("true") || s.equals("false"))
                        ? "; write true or false without quotes" : "";
                throw wrongType(p, value, shown, hint);
            }
            case CHOICE -> {
                if (value instanceof String s) yield choice(p, s, shown);
                throw wrongType(p, value, shown, "");
            }
        };
    }

    /** Reads a value given as text, e.g. the right-hand side of {@code --set policy.subsidyMonths=48}. */
    public static double fromText(Param p, String text) throws InvalidValueException {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) throw new InvalidValueException(p.key() + " has no value: expected " + p.allowed());
        return switch (p.kind()) {
            case REAL, INTEGER -> {
                if (!NUMBER.matcher(t).matches()) {
                    throw new InvalidValueException(p.key() + " = " + t + " is not a number: expected " + p.allowed());
                }
                yield checkRange(p, Double.parseDouble(t.replace("_", "")), t);
            }
            case BOOLEAN -> {
                if (t.equals("true")) yield 1;
                if (t.equals("false")) yield 0;
                throw new InvalidValueException(p.key() + " = " + t + " is not allowed: expected " + p.allowed());
            }
            case CHOICE -> choice(p, unquote(t), t);
        };
    }

    /** A value as it would appear in a TOML file, for messages. */
    static String showToml(Object value) {
        if (value instanceof String s) return quote(s);
        if (value instanceof Double d) {
            if (d.isNaN()) return "nan";
            if (d.isInfinite()) return d > 0 ? "inf" : "-inf";
            return NumberText.exact(d);
        }
        if (value instanceof TomlTable) return "{...}";
        if (value instanceof TomlArray) return "[...]";
        return String.valueOf(value);
    }

    /** What kind of TOML value this is, in words. */
    static String typeName(Object value) {
        if (value instanceof String) return "text";
        if (value instanceof Long || value instanceof Double) return "number";
        if (value instanceof Boolean) return "true/false";
        if (value instanceof TomlTable) return "table";
        if (value instanceof TomlArray) return "array";
        return "date/time";
    }

    /** A string as a TOML basic string, quoted and escaped. */
    public static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\t", "\\t") + "\"";
    }

    private static double checkRange(Param p, double v, String shown) throws InvalidValueException {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new InvalidValueException(p.key() + " = " + shown + " is not a finite number: expected " + p.allowed());
        }
        if (v < p.min() || v > p.max()) {
            throw new InvalidValueException(p.key() + " = " + shown + " is out of range: expected " + p.allowed());
        }
        if (!p.accepts(v)) {
            throw new InvalidValueException(p.key() + " = " + shown + " is not a whole number: expected " + p.allowed());
        }
        return v;
    }

    private static double choice(Param p, String s, String shown) throws InvalidValueException {
        int i = p.choices().indexOf(s);
        if (i < 0) {
            throw new InvalidValueException(p.key() + " = " + shown + " is not allowed: expected " + p.allowed()
                    + KeySuggester.didYouMean(s, p.choices()));
        }
        return i;
    }

    private static InvalidValueException wrongType(Param p, Object value, String shown, String hint) {
        return new InvalidValueException(p.key() + " = " + shown + " has the wrong type (" + typeName(value)
                + "): expected " + p.allowed() + hint);
    }

    private static String unquote(String t) {
        if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))) {
            return t.substring(1, t.length() - 1);
        }
        return t;
    }
}
