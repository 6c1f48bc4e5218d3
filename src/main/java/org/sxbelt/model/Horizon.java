package org.sxbelt.model;

/**
 * When an instrument applies, as a level from 1 (in full) to 0 (not at all): in full for
 * {@code fullMonths}, then for {@code laterMonths} either at {@code laterLevel} (a second stage, as
 * the tax holiday's half rate) or falling linearly to zero (a taper), then not at all. The months are
 * counted from the firm's opening or, for an instrument with a calendar end, from the model's first
 * month (2015-01).
 */
public record Horizon(Clock clock, int fullMonths, int laterMonths, double laterLevel, boolean tapered) {

    /** What the months of a horizon are counted from. */
    public enum Clock { OPENING, CALENDAR }

    public Horizon {
        if (fullMonths < 0 || laterMonths < 0) throw new IllegalArgumentException("negative months in a horizon");
        if (laterLevel < 0 || laterLevel > 1) throw new IllegalArgumentException("later level outside [0, 1]: " + laterLevel);
    }

    /** Full for {@code full} months from opening, then a linear phase-out over {@code taper} months. */
    public static Horizon fromOpening(int full, int taper) { return new Horizon(Clock.OPENING, full, taper, 0, true); }

    /** Full for {@code full} months from opening, then at {@code level} for {@code later} months. */
    public static Horizon staged(int full, int later, double level) {
        return new Horizon(Clock.OPENING, full, later, level, false);
    }

    /** In force from the start of the model until (and excluding) calendar month {@code endMonth}. */
    public static Horizon untilMonth(int endMonth) { return new Horizon(Clock.CALENDAR, Math.max(0, endMonth), 0, 0, false); }

    /** The level for a firm of age {@code ageMonths} in model month {@code month}. */
    public double level(int ageMonths, int month) {
        int t = clock == Clock.OPENING ? ageMonths : month;
        if (t < fullMonths) return 1;
        if (t < fullMonths + laterMonths) {
            return tapered ? 1 - (double) (t - fullMonths) / laterMonths : laterLevel;
        }
        return 0;
    }

    /** The first month (of age or calendar) at which the instrument no longer applies at all. */
    public int end() { return fullMonths + laterMonths; }
}
