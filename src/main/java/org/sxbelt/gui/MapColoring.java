package org.sxbelt.gui;

import org.sxbelt.agents.Status;
import org.sxbelt.model.Measure;
import org.sxbelt.model.Observer;

/**
 * What the town circles' colour shows, from the county measures of the last month. The colour
 * scale is fixed (not rescaled every month) so that a teacher sees change over time.
 */
public enum MapColoring {
    /** Park and workshop jobs located in the town's county per working-age resident. */
    JOBS_PER_WORKING_AGE("coloring.jobs", 0, 0.15, "%.2f"),
    /** Rural residents below the poverty line, share. */
    POVERTY_RATE("coloring.poverty", 0, 0.6, "%.0f%%"),
    /** Mean monthly pay of the county's residents working in the town park, yuan. */
    MEAN_WAGE("coloring.wage", 1500, 5000, "%.0f"),
    /** Residents working away (in Xinjiang outside the belt, or inland) per working-age resident. */
    MIGRANT_SHARE("coloring.migrants", 0, 0.12, "%.0f%%");

    private final String labelKey;
    private final double low;
    private final double high;
    private final String format;

    MapColoring(String labelKey, double low, double high, String format) {
        this.labelKey = labelKey;
        this.low = low;
        this.high = high;
        this.format = format;
    }

    public String labelKey() { return labelKey; }
    /** Label key of the unit the legend prints. */
    public String unitKey() { return labelKey + ".unit"; }
    public double low() { return low; }
    public double high() { return high; }

    /** The value of one county (NaN when there is nothing to divide by, or before the first month). */
    public double value(Observer o, int county) {
        return switch (this) {
            case JOBS_PER_WORKING_AGE -> ratio(o.measure(county, Measure.PARK_JOBS) + o.measure(county, Measure.WORKSHOP_JOBS),
                    o.measure(county, Measure.WORKING_AGE));
            case POVERTY_RATE -> ratio(o.measure(county, Measure.POOR_PERSONS), o.measure(county, Measure.RURAL_PERSONS));
            case MEAN_WAGE -> ratio(o.measure(county, Measure.pay(Status.PARK)), o.measure(county, Measure.paid(Status.PARK)));
            case MIGRANT_SHARE -> ratio(o.measure(county, Measure.status(Status.MIGRANT_XJ)) + o.measure(county, Measure.status(Status.MIGRANT_INLAND)),
                    o.measure(county, Measure.WORKING_AGE));
        };
    }

    /** Position on the colour scale, 0..1 (clamped), NaN stays NaN. */
    public double position(double value) {
        if (Double.isNaN(value)) return Double.NaN;
        return Math.max(0, Math.min(1, (value - low) / (high - low)));
    }

    /** A value as the legend prints it. */
    public String format(double v) {
        return String.format(java.util.Locale.ROOT, format, this == POVERTY_RATE || this == MIGRANT_SHARE ? v * 100 : v);
    }

    private static double ratio(double num, double den) {
        return Double.isNaN(num) || Double.isNaN(den) || den == 0 ? Double.NaN : num / den;
    }
}
