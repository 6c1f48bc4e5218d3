package org.sxbelt.model;

import java.util.Locale;

/**
 * Levels at which indicators are recorded. Residence-based indicators (employment status,
 * incomes, poverty) are recorded for counties; workplace-based ones (park jobs, firms, factory
 * space) for the county's town; both add up to prefecture and belt.
 */
public enum Level {
    BELT, PREFECTURE, COUNTY, TOWN;

    public String label() { return name().toLowerCase(Locale.ROOT); }
}
