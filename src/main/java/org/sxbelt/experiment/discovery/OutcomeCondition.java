package org.sxbelt.experiment.discovery;

import org.sxbelt.params.NumberText;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outcome of interest: {@code <indicator> <op> <number> in <when>}, e.g.
 * {@code relative_poverty_rate > 0.1 in 2030}. {@code op} is one of {@code > >= < <=}; {@code when} is a
 * year (its last month in the results, December unless the horizon ends earlier) or a month
 * {@code YYYY-MM}. The indicator's belt-wide value in that month decides, run by run.
 */
public record OutcomeCondition(String indicator, Op op, double threshold, String when) {

    public static final String FORM = "<indicator> <op> <number> in <year or YYYY-MM>";
    public static final String EXAMPLE = "relative_poverty_rate > 0.1 in 2030";

    /** The comparison of the run's value with the threshold. */
    public enum Op {
        GT(">"), GE(">="), LT("<"), LE("<=");

        private final String symbol;

        Op(String symbol) { this.symbol = symbol; }

        public String symbol() { return symbol; }

        public boolean test(double value, double threshold) {
            return switch (this) {
                case GT -> value > threshold;
                case GE -> value >= threshold;
                case LT -> value < threshold;
                case LE -> value <= threshold;
            };
        }

        static Op of(String s) {
            for (Op o : values()) if (o.symbol.equals(s)) return o;
            return null;
        }
    }

    private static final Pattern IN = Pattern.compile("^(.*?)\\s+in\\s+(\\S+)\\s*$");
    private static final Pattern LEFT = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*([<>=!]+)\\s*(\\S*)\\s*$");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    /** Reads a condition strictly; a problem is a {@link DiscoveryException} naming it. */
    public static OutcomeCondition parse(String text) {
        String where = "condition '" + text + "': ";
        String expected = "; expected " + FORM + ", e.g. " + EXAMPLE;
        if (text == null || text.isBlank()) throw new DiscoveryException("the condition is empty" + expected);
        Matcher in = IN.matcher(text);
        if (!in.matches()) throw new DiscoveryException(where + "no 'in <year>' at the end" + expected);
        String when = in.group(2);
        if (!YEAR.matcher(when).matches() && !MONTH.matcher(when).matches()) {
            throw new DiscoveryException(where + "'" + when + "' is neither a year (YYYY) nor a month (YYYY-MM)" + expected);
        }
        Matcher left = LEFT.matcher(in.group(1));
        if (!left.matches()) throw new DiscoveryException(where + "'" + in.group(1).strip()
                + "' is not <indicator> <op> <number>" + expected);
        Op op = Op.of(left.group(2));
        if (op == null) throw new DiscoveryException(where + "operator '" + left.group(2)
                + "' is not one of >, >=, <, <=");
        String number = left.group(3);
        if (number.isEmpty()) throw new DiscoveryException(where + "no number after '" + op.symbol() + "'" + expected);
        if (!NUMBER.matcher(number).matches()) throw new DiscoveryException(where + "'" + number + "' is not a number");
        return new OutcomeCondition(left.group(1), op, Double.parseDouble(number), when);
    }

    /**
     * The index in {@code months} (YYYY-MM, in order) of the month the condition reads: the month itself,
     * or the last month of the year.
     */
    public int monthIndex(List<String> months, String file) {
        int found = -1;
        for (int i = 0; i < months.size(); i++) {
            String m = months.get(i);
            if (when.length() == 4 ? m.startsWith(when + "-") : m.equals(when)) found = i;
        }
        if (found < 0) {
            String horizon = months.isEmpty() ? "no months" : months.get(0) + ".." + months.get(months.size() - 1);
            throw new DiscoveryException("condition '" + text() + "': " + (when.length() == 4 ? "year " : "month ")
                    + when + " is outside the horizon of " + file + " (" + horizon + ")");
        }
        return found;
    }

    /** Whether a run's value meets the condition (NaN never does). */
    public boolean holds(double value) {
        return !Double.isNaN(value) && op.test(value, threshold);
    }

    /** The condition as text, normalised. */
    public String text() {
        return indicator + " " + op.symbol() + " " + NumberText.exact(threshold) + " in " + when;
    }
}
