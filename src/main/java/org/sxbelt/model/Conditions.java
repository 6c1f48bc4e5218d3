package org.sxbelt.model;

import org.sxbelt.params.ParamValues;
import org.sxbelt.params.SimMonthFormat;

import static org.sxbelt.params.ParamSchema.EAST_WAGE_GROWTH;
import static org.sxbelt.params.ParamSchema.FARM_INCOME_GROWTH;
import static org.sxbelt.params.ParamSchema.POVERTY_LINE;
import static org.sxbelt.params.ParamSchema.POVERTY_LINE_GROWTH;
import static org.sxbelt.params.ParamSchema.WAGE_GROWTH;

/**
 * Economy-wide conditions of the current month: nominal indices (2015 = 1) that grow month by month
 * at the live growth rates, so a scenario event changing a growth rate bends the path from then on.
 */
public final class Conditions implements java.io.Serializable {

    private int month = -1;
    private double wageIndex = 1;
    private double eastWageIndex = 1;
    private double farmIndex = 1;
    private double povertyLineIndex = 1;
    private double povertyLineBase;

    /** Advances to the given month (months are consecutive from 0). */
    public void advance(int newMonth, ParamValues p) {
        if (month >= 0) {
            wageIndex *= Math.pow(1 + p.get(WAGE_GROWTH), 1 / 12.0);
            eastWageIndex *= Math.pow(1 + p.get(EAST_WAGE_GROWTH), 1 / 12.0);
            farmIndex *= Math.pow(1 + p.get(FARM_INCOME_GROWTH), 1 / 12.0);
            povertyLineIndex *= Math.pow(1 + p.get(POVERTY_LINE_GROWTH), 1 / 12.0);
        }
        povertyLineBase = p.get(POVERTY_LINE);
        month = newMonth;
    }

    public int month() { return month; }
    public int year() { return SimMonthFormat.year(month); }
    public int monthOfYear() { return SimMonthFormat.monthOfYear(month); }
    /** Nominal wage level relative to 2015 (belt floors, distant markets, value added). */
    public double wageIndex() { return wageIndex; }
    /** Eastern labour costs relative to 2015: the push behind relocation. */
    public double eastWageIndex() { return eastWageIndex; }
    public double farmIndex() { return farmIndex; }
    /** Poverty line this month, yuan per person per year. */
    public double povertyLine() { return povertyLineBase * povertyLineIndex; }
    /** September to November: cotton picking raises demand for XPCC and farm labour. */
    public boolean cottonSeason() { int m = monthOfYear(); return m >= 9 && m <= 11; }
}
