package org.sxbelt.model;

import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.SourceRegion;
import org.sxbelt.params.ParamValues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sxbelt.params.ParamSchema.SUBSIDY_MONTHS;
import static org.sxbelt.params.ParamSchema.SUBSIDY_TAPER_MONTHS;

/**
 * Support schedule of {@link SubsidySchedule}: full support for {@code policy.subsidyMonths} after
 * opening, then a linear phase-out over {@code policy.subsidyTaperMonths}, then nothing; and the
 * share of a relocating firm's 60-month planning horizon that the support covers.
 */
class SubsidyScheduleTest {

    private static ParamValues params(int months, int taper) {
        return new ParamValues().set(SUBSIDY_MONTHS, months).set(SUBSIDY_TAPER_MONTHS, taper);
    }

    @Test
    void fullDuringThePeriodThenLinearTaperThenZero() {
        ParamValues p = params(36, 12);
        for (int age = 0; age < 36; age++) assertEquals(1.0, SubsidySchedule.intensity(age, p), 0, "age " + age);
        // Taper starts at the end of the period: 1 at age 36, falling by 1/12 a month, zero from 48.
        for (int k = 0; k < 12; k++) {
            assertEquals(1.0 - k / 12.0, SubsidySchedule.intensity(36 + k, p), 1e-12, "age " + (36 + k));
        }
        assertEquals(0.5, SubsidySchedule.intensity(42, p), 1e-12);
        for (int age = 48; age < 400; age++) assertEquals(0.0, SubsidySchedule.intensity(age, p), 0, "age " + age);
        assertEquals(48, SubsidySchedule.endAge(p));
    }

    @Test
    void taperIsLinearAndMonotone() {
        ParamValues p = params(24, 20);
        double previous = SubsidySchedule.intensity(23, p);
        for (int age = 24; age <= 44; age++) {
            double s = SubsidySchedule.intensity(age, p);
            // Still full in the first month of the taper, then down by 1/20 a month.
            assertEquals(age == 24 ? 0.0 : 1.0 / 20, previous - s, 1e-12, "step at age " + age);
            previous = s;
        }
        assertEquals(0.0, previous, 1e-12, "zero at the end of the taper");
    }

    @Test
    void zeroTaperIsACliff() {
        ParamValues p = params(36, 0);
        assertEquals(1.0, SubsidySchedule.intensity(35, p), 0);
        assertEquals(0.0, SubsidySchedule.intensity(36, p), 0);
        assertEquals(36, SubsidySchedule.endAge(p));
    }

    @Test
    void noSubsidyAtAll() {
        ParamValues p = params(0, 0);
        assertEquals(0.0, SubsidySchedule.intensity(0, p), 0);
        assertEquals(0.0, SubsidySchedule.horizonShare(p), 0);
    }

    @Test
    void firmIntensityUsesTheFirmsAge() {
        ParamValues p = params(36, 12);
        Firm f = Firm.builder().industry(Industry.GARMENTS).origin(SourceRegion.LOCAL).openedMonth(10).capacity(5)
                .build();
        assertEquals(1.0, SubsidySchedule.intensity(f, 10, p), 0, "opening month");
        assertEquals(1.0, SubsidySchedule.intensity(f, 45, p), 0, "age 35");
        assertEquals(0.5, SubsidySchedule.intensity(f, 52, p), 1e-12, "age 42");
        assertEquals(0.0, SubsidySchedule.intensity(f, 58, p), 0, "age 48");
    }

    @Test
    void horizonShareByHand() {
        assertEquals(36.0 / 60, SubsidySchedule.horizonShare(params(36, 0)), 1e-12, "three-year cliff");
        // 36 full months + sum_{k=0..11} (1 - k/12) = 36 + 12 - 5.5 = 42.5
        assertEquals(42.5 / 60, SubsidySchedule.horizonShare(params(36, 12)), 1e-12, "36 + 12 taper");
        // 24 + sum_{k=0..35} (1 - k/36) = 24 + 36 - 17.5 = 42.5: the same area, spread differently.
        assertEquals(42.5 / 60, SubsidySchedule.horizonShare(params(24, 36)), 1e-12, "24 + 36 taper");
        // A taper reaching beyond the horizon only counts inside it: 48 + sum_{k=0..11} (1 - k/24) = 48 + 12 - 2.75
        assertEquals(57.25 / 60, SubsidySchedule.horizonShare(params(48, 24)), 1e-12, "taper cut by the horizon");
        assertEquals(1.0, SubsidySchedule.horizonShare(params(60, 0)), 1e-12, "support over the whole horizon");
        assertEquals(1.0, SubsidySchedule.horizonShare(params(120, 30)), 1e-12);
    }

    @Test
    void horizonShareGrowsWithSupportLength() {
        double previous = -1;
        for (int months = 0; months <= 60; months += 6) {
            double s = SubsidySchedule.horizonShare(params(months, 0));
            assertEquals(months / 60.0, s, 1e-12);
            assertTrue(s > previous, "months " + months);
            previous = s;
        }
    }
}
