package org.sxbelt.model;

import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Industry;
import org.sxbelt.params.ParamValues;
import org.sxbelt.params.SimMonthFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sxbelt.params.ParamSchema.*;

/**
 * Each support instrument's horizon as {@link SubsidySchedule#settle} applies it: the income-tax
 * holiday's two stages and the VAT refund counted from the firm's opening whatever the calendar, the
 * textile fund ending with the calendar year whatever the firm's age, the opening loan's interest
 * subsidy while it is being repaid.
 */
class SupportInstrumentsTest {

    private static final ParamValues P = new ParamValues();
    /** A month's bases of a firm making a profit before tax of about 0.3 per yuan of value added. */
    private static final FirmBases PROFITABLE = new FirmBases(1000, 400, 100, 50, 100, 2, 0, 0, 1);

    private static int month(String yyyyMm) { return SimMonthFormat.parse(yyyyMm); }

    private static SubsidySchedule.Statement settle(Industry k, int age, int month, FirmBases b, ParamValues p) {
        return SubsidySchedule.settle(k, age, month, b, p);
    }

    /** Profit before tax under {@code p} in a month when no support applies (age 400, year 2050). */
    private static double untaxedProfit(FirmBases b) {
        SubsidySchedule.Statement s = settle(Industry.ELECTRONICS, 400, month("2050-01"), b, P);
        return s.profit() + s.incomeTax();
    }

    @Test
    void incomeTaxHolidayThenHalfRateThenFullRateFromOpening() {
        double base = untaxedProfit(PROFITABLE);
        assertTrue(base > 0);
        for (int calendar : new int[] {month("2016-01"), month("2040-06")}) {
            for (int age : new int[] {0, 60, 119}) {
                SubsidySchedule.Statement s = settle(Industry.ELECTRONICS, age, calendar, PROFITABLE, P);
                assertEquals(0.0, s.incomeTax(), 0, "no income tax in the holiday, age " + age);
                assertEquals(0.25 * (s.profit()), s.of(Instrument.INCOME_TAX_HOLIDAY), 1e-9, "tax forgone");
            }
        }
        for (int age : new int[] {120, 239}) {
            SubsidySchedule.Statement s = settle(Industry.ELECTRONICS, age, month("2040-01"), PROFITABLE, P);
            double beforeTax = s.profit() + s.incomeTax();
            assertEquals(0.125 * beforeTax, s.incomeTax(), 1e-9, "half the 25 % rate, age " + age);
            assertEquals(0.125 * beforeTax, s.of(Instrument.INCOME_TAX_HOLIDAY), 1e-9);
        }
        SubsidySchedule.Statement s = settle(Industry.ELECTRONICS, 240, month("2040-01"), PROFITABLE, P);
        assertEquals(0.25 * (s.profit() + s.incomeTax()), s.incomeTax(), 1e-9, "full rate from age 240");
        assertEquals(0.0, s.of(Instrument.INCOME_TAX_HOLIDAY), 0);
    }

    @Test
    void noIncomeTaxOnLosses() {
        FirmBases losing = new FirmBases(1000, 900, 100, 50, 100, 2, 0, 0, 1);
        SubsidySchedule.Statement s = settle(Industry.ELECTRONICS, 300, month("2040-01"), losing, P);
        assertTrue(s.profit() < 0);
        assertEquals(0.0, s.incomeTax(), 0);
    }

    @Test
    void vatRefundForFiveYearsFromOpening() {
        for (int calendar : new int[] {month("2016-01"), month("2035-01")}) {
            assertEquals(0.5 * 0.13 * 1000, settle(Industry.ELECTRONICS, 0, calendar, PROFITABLE, P).of(Instrument.VAT_REFUND), 1e-9);
            assertEquals(0.5 * 0.13 * 1000, settle(Industry.ELECTRONICS, 59, calendar, PROFITABLE, P).of(Instrument.VAT_REFUND), 1e-9);
            assertEquals(0.0, settle(Industry.ELECTRONICS, 60, calendar, PROFITABLE, P).of(Instrument.VAT_REFUND), 0);
        }
        ParamValues longer = new ParamValues().set(VAT_REFUND_MONTHS, 84);
        assertEquals(65.0, settle(Industry.ELECTRONICS, 83, 0, PROFITABLE, longer).of(Instrument.VAT_REFUND), 1e-9);
    }

    @Test
    void textileFundEndsWithTheCalendarYearWhateverTheFirmsAge() {
        FirmBases b = new FirmBases(1000, 400, 100, 50, 100, 3, 0, 0, 1.2);
        double perMonth = 167 * 3 * 1.2;
        for (Industry k : new Industry[] {Industry.TEXTILES, Industry.GARMENTS}) {
            assertEquals(perMonth, settle(k, 0, month("2023-12"), b, P).of(Instrument.TEXTILE_FUND), 1e-9, "opened in its last month");
            assertEquals(perMonth, settle(k, 100, month("2023-12"), b, P).of(Instrument.TEXTILE_FUND), 1e-9, "open since 2015");
            assertEquals(perMonth, settle(k, 0, month("2015-01"), b, P).of(Instrument.TEXTILE_FUND), 1e-9);
            assertEquals(0.0, settle(k, 0, month("2024-01"), b, P).of(Instrument.TEXTILE_FUND), 0, "a new firm in 2024");
            assertEquals(0.0, settle(k, 108, month("2024-01"), b, P).of(Instrument.TEXTILE_FUND), 0);
        }
        assertEquals(0.0, settle(Industry.ELECTRONICS, 0, month("2020-01"), b, P).of(Instrument.TEXTILE_FUND), 0,
                "only cotton-using industries");
        ParamValues extended = new ParamValues().set(TEXTILE_FUND_END_YEAR, 2025);
        assertEquals(perMonth, settle(Industry.GARMENTS, 0, month("2025-12"), b, extended).of(Instrument.TEXTILE_FUND), 1e-9);
        assertEquals(0.0, settle(Industry.GARMENTS, 0, month("2026-01"), b, extended).of(Instrument.TEXTILE_FUND), 0);
    }

    @Test
    void openingSubsidiesEachWithItsOwnHorizon() {
        ParamValues p = new ParamValues().set(SOCIAL_INSURANCE_SUBSIDY, 0.1).set(SOCIAL_INSURANCE_MONTHS, 24)
                .set(POWER_SUBSIDY, 0.5).set(POWER_SUBSIDY_MONTHS, 48).set(TRAINING_SUBSIDY, 1000)
                .set(TRAINING_SUBSIDY_MONTHS, 12);
        FirmBases b = new FirmBases(1000, 400, 100, 50, 100, 2, 2, 0, 1.5);
        assertEquals(40.0, settle(Industry.ELECTRONICS, 23, 0, b, p).of(Instrument.SOCIAL_INSURANCE), 1e-9);
        assertEquals(0.0, settle(Industry.ELECTRONICS, 24, 0, b, p).of(Instrument.SOCIAL_INSURANCE), 0);
        assertEquals(0.5 * 0.3 * 100, settle(Industry.ELECTRONICS, 47, 0, b, p).of(Instrument.POWER_SUBSIDY), 1e-9);
        assertEquals(0.0, settle(Industry.ELECTRONICS, 48, 0, b, p).of(Instrument.POWER_SUBSIDY), 0);
        assertEquals(1000 * 2 * 1.5, settle(Industry.ELECTRONICS, 11, 0, b, p).of(Instrument.TRAINING_SUBSIDY), 1e-9);
        assertEquals(0.0, settle(Industry.ELECTRONICS, 12, 0, b, p).of(Instrument.TRAINING_SUBSIDY), 0);
        // the opening package keeps policy.subsidyMonths (36): wage and freight subsidies, free rent
        assertEquals(100.0 + 50 + 50, settle(Industry.ELECTRONICS, 35, 0, b, p).of(Instrument.WAGE_SUBSIDY)
                + settle(Industry.ELECTRONICS, 35, 0, b, p).of(Instrument.FREIGHT_SUBSIDY)
                + settle(Industry.ELECTRONICS, 35, 0, b, p).of(Instrument.RENT_FREE), 1e-9);
        assertEquals(0.0, settle(Industry.ELECTRONICS, 36, 0, b, p).of(Instrument.WAGE_SUBSIDY), 0);
    }

    @Test
    void creditInterestIsPaidWhileTheLoanIsRepaid() {
        FirmBases withLoan = new FirmBases(1000, 400, 100, 50, 100, 2, 0, 12000, 1);
        ParamValues p = new ParamValues().set(CREDIT_INTEREST_SUBSIDY, 0.03).set(LOAN_RATE, 0.06);
        SubsidySchedule.Statement s = settle(Industry.ELECTRONICS, 10, 0, withLoan, p);
        assertEquals(0.03 / 12 * 12000, s.of(Instrument.CREDIT_INTEREST), 1e-9);
        double noLoan = settle(Industry.ELECTRONICS, 10, 0, PROFITABLE, p).profit();
        assertEquals(noLoan - (0.06 - 0.03) / 12 * 12000, s.profit(), 1e-9, "the firm bears the rest of the interest");
        ParamValues full = new ParamValues().set(CREDIT_INTEREST_SUBSIDY, 0.2);
        assertEquals(0.0435 / 12 * 12000, settle(Industry.ELECTRONICS, 10, 0, withLoan, full).of(Instrument.CREDIT_INTEREST),
                1e-9, "never more than the interest");
    }

    @Test
    void horizonLevels() {
        Horizon staged = Horizon.staged(3, 2, 0.5);
        assertEquals(1.0, staged.level(2, 999), 0);
        assertEquals(0.5, staged.level(3, 0), 0);
        assertEquals(0.5, staged.level(4, 0), 0);
        assertEquals(0.0, staged.level(5, 0), 0);
        Horizon calendar = Horizon.untilMonth(12);
        assertEquals(1.0, calendar.level(500, 11), 0);
        assertEquals(0.0, calendar.level(0, 12), 0);
        assertEquals(0.5, Horizon.fromOpening(10, 4).level(12, 0), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Horizon.staged(1, 1, 1.5));
    }
}
