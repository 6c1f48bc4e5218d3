package org.sxbelt.params;

import java.util.List;
import java.util.Locale;

/**
 * One model parameter: its key in scenario files, unit, allowed range, default and where the
 * default comes from. Values of every kind are held as doubles (booleans 0/1, choices by index) so
 * that scenario overrides, timed events, sweep factors and GUI sliders all go through one path.
 */
public final class Param implements java.io.Serializable {

    /** How a value is written in a scenario file and checked. */
    public enum Kind { REAL, INTEGER, BOOLEAN, CHOICE }

    private final int index;
    private final String key;
    private final Kind kind;
    private final String unit;
    private final double min;
    private final double max;
    private final double defaultValue;
    private final List<String> choices;
    private final String description;
    private final String source;

    Param(int index, String key, Kind kind, String unit, double min, double max, double defaultValue,
          List<String> choices, String description, String source) {
        this.index = index;
        this.key = key;
        this.kind = kind;
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.defaultValue = defaultValue;
        this.choices = List.copyOf(choices);
        this.description = description;
        this.source = source;
    }

    public int index() { return index; }
    public String key() { return key; }
    public Kind kind() { return kind; }
    public String unit() { return unit; }
    public double min() { return min; }
    public double max() { return max; }
    public double defaultValue() { return defaultValue; }
    public List<String> choices() { return choices; }
    public String description() { return description; }
    public String source() { return source; }

    /** The section of the key ("policy" for "policy.subsidyMonths"). */
    public String group() {
        int dot = key.indexOf('.');
        return dot < 0 ? "" : key.substring(0, dot);
    }

    public boolean accepts(double value) {
        if (Double.isNaN(value) || value < min || value > max) return false;
        return switch (kind) {
            case INTEGER, CHOICE -> value == Math.rint(value);
            case BOOLEAN -> value == 0 || value == 1;
            case REAL -> true;
        };
    }

    /** Human-readable allowed values, used in every validation message. */
    public String allowed() {
        return switch (kind) {
            case BOOLEAN -> "true or false";
            case CHOICE -> "one of " + String.join(", ", choices);
            case INTEGER -> "a whole number in [" + NumberText.exact(min) + ", " + NumberText.exact(max) + "]" + unitSuffix();
            case REAL -> "a number in [" + NumberText.exact(min) + ", " + NumberText.exact(max) + "]" + unitSuffix();
        };
    }

    /** The value as a scenario file would spell it. */
    public String format(double value) {
        return switch (kind) {
            case BOOLEAN -> value != 0 ? "true" : "false";
            case CHOICE -> choices.get((int) value);
            default -> NumberText.exact(value);
        };
    }

    private String unitSuffix() {
        return unit.isEmpty() ? "" : " (" + unit + ")";
    }


    @Override
    public String toString() { return key; }

    /** The schema's own parameter of this key, so that a checkpoint's parameters are the schema's instances. */
    private Object readResolve() throws java.io.ObjectStreamException {
        Param p = ParamSchema.byKey(key);
        if (p == null || p.index != index) throw new java.io.InvalidObjectException("unknown parameter " + key);
        return p;
    }
}
