package org.sxbelt.cli;

import org.sxbelt.params.Param;

import java.util.regex.Pattern;

/** Number checks shared by the options: each message names the option, the text and the allowed range. */
final class OptionValues {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private OptionValues() {}

    /** Parses an option's number and checks it against the parameter it overrides. */
    static double schemaValue(String option, Param param, String text) {
        String t = text.strip();
        if (!NUMBER.matcher(t).matches()) {
            throw new CliException(option + " = " + text + " is not a number: expected " + param.allowed());
        }
        double v = Double.parseDouble(t);
        if (v < param.min() || v > param.max()) {
            throw new CliException(option + " = " + text + " is out of range: expected " + param.allowed());
        }
        if (!param.accepts(v)) {
            throw new CliException(option + " = " + text + " is not allowed: expected " + param.allowed());
        }
        return v;
    }

    /** A whole number option in [min, max]. */
    static int wholeNumber(String option, String text, int min, int max) {
        String t = text.strip();
        long v;
        try {
            v = Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
        } catch (NumberFormatException e) {
            throw new CliException(option + " = " + text + " is not a whole number: expected a whole number in ["
                    + min + ", " + max + "]");
        }
        if (v < min || v > max) {
            throw new CliException(option + " = " + text + " is out of range: expected a whole number in [" + min
                    + ", " + max + "]");
        }
        return (int) v;
    }
}
