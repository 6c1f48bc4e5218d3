package org.sxbelt.params;

/** A parameter change that takes effect at the start of a month (a subsidy ending, a shock, a road upgrade). */
public record TimedEvent(int month, Param param, double value) implements java.io.Serializable {

    @Override
    public String toString() {
        return SimMonthFormat.format(month) + ": " + param.key() + " = " + param.format(value);
    }
}
