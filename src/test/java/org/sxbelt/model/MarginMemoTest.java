package org.sxbelt.model;

import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Town;
import org.sxbelt.params.ParamValues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.sxbelt.params.ParamSchema.SUBSIDY_MONTHS;
import static org.sxbelt.params.ParamSchema.WAGE_SUBSIDY;

/**
 * The remembered expected margin is the one computed afresh, and is computed afresh once a parameter
 * (the support levels of the month included) or a cost changes.
 */
class MarginMemoTest {

    @Test
    void rememberedMarginsAreTheFreshOnes() {
        BeltModel m = TestRuns.model(1, TestRuns.baseline("run.scale", "1000", "run.months", "12"));
        m.start();
        ParamValues p = m.params();
        Conditions c = m.conditions();
        MarginMemo memo = new MarginMemo();
        Town t = TestRuns.largestTown(m);
        LocalCosts none = LocalCosts.NONE, dear = new LocalCosts(1, 0.1, 1);
        for (Industry k : Industry.values()) {
            assertEquals(FirmEconomics.expectedMargin(k, t, p, c, none), memo.expectedMargin(k, t, p, c, none), 0);
            assertEquals(FirmEconomics.expectedMargin(k, t, p, c, dear), memo.expectedMargin(k, t, p, c, dear), 0);
        }
        double before = memo.expectedMargin(Industry.GARMENTS, t, p, c, none);
        p.set(WAGE_SUBSIDY, p.get(WAGE_SUBSIDY) + 0.2);
        double after = memo.expectedMargin(Industry.GARMENTS, t, p, c, none);
        assertNotEquals(before, after, "a changed parameter is not served from memory");
        assertEquals(FirmEconomics.expectedMargin(Industry.GARMENTS, t, p, c, none), after, 0);
        // a changed horizon: the month's support levels are worked out again too
        p.set(SUBSIDY_MONTHS, p.getInt(SUBSIDY_MONTHS) - 12);
        double shorter = memo.expectedMargin(Industry.GARMENTS, t, p, c, none);
        assertNotEquals(after, shorter, "a shorter opening package is not served from memory");
        assertEquals(FirmEconomics.expectedMargin(Industry.GARMENTS, t, p, c, none), shorter, 0);
    }
}
