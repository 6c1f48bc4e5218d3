package org.sxbelt.model;

import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.SourceRegion;
import org.sxbelt.params.ParamValues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sxbelt.params.ParamSchema.*;

/**
 * {@link FirmAccounts#settle}: every instrument's support is booked to its own flow in the firm's
 * county and the income tax to {@code tax_firm_income}; the opening loan is drawn once into cash,
 * lengthening the firm's runway, and repaid in equal instalments over its horizon.
 */
class FirmAccountsTest {

    @Test
    void booksEachInstrumentAndMovesCashByProfitLoanAndInstalment() {
        BeltModel m = TestRuns.model(1, TestRuns.noNewFirms("run.scale", "1000"));
        m.start();
        ParamValues p = m.params();
        p.set(CREDIT_WAGE_MONTHS, 4).set(CREDIT_MONTHS, 20).set(POWER_SUBSIDY, 0.5);
        Firm f = m.firmFactory().openInPark(Industry.TEXTILES, SourceRegion.LOCAL, TestRuns.largestTown(m), 3000);
        f.setMonthTally(2.0, 2_000_000.0 / 1000, 0);
        for (int w = 0; w < 3; w++) f.workers().add(w);
        int county = f.town().index();
        double[] before = new double[Flow.values().length];
        for (Flow fl : Flow.values()) before[fl.ordinal()] = m.accounts().get(county, fl);
        double cash = f.getCash();
        double loan = FirmAccounts.openingLoan(f, p, 1000, m.conditions().wageIndex());
        assertTrue(loan > 0);
        SubsidySchedule.Statement st = FirmAccounts.settle(m, f);
        for (Instrument i : Instrument.values()) {
            assertEquals(st.of(i), m.accounts().get(county, i.flow()) - before[i.flow().ordinal()], 1e-6, i.toString());
        }
        assertTrue(st.of(Instrument.CREDIT_INTEREST) > 0 && st.of(Instrument.POWER_SUBSIDY) > 0
                && st.of(Instrument.TEXTILE_FUND) > 0 && st.of(Instrument.VAT_REFUND) > 0);
        assertEquals(st.incomeTax(), m.accounts().get(county, Flow.TAX_FIRM_INCOME) - before[Flow.TAX_FIRM_INCOME.ordinal()], 1e-6);
        assertEquals(cash + st.profit() + loan - loan / 20, f.getCash(), 1e-6, "profit, loan drawn, first instalment");
        assertEquals(loan * 19 / 20, f.loanBalance(), 1e-6);
        double second = f.getCash();
        SubsidySchedule.Statement next = FirmAccounts.settle(m, f);
        assertEquals(second + next.profit() - loan / 20, f.getCash(), 1e-6, "the loan is drawn once");
        m.finish();
    }

    @Test
    void theLoanIsRepaidOverItsHorizonAndNoMore() {
        Firm f = Firm.builder().id(1).industry(Industry.GARMENTS).origin(SourceRegion.LOCAL).capacity(10).build();
        f.drawLoan(3600, 36);
        assertTrue(f.loanDrawn());
        assertEquals(3600, f.getCash(), 0);
        for (int month = 0; month < 36; month++) assertEquals(100, f.repayLoan(), 1e-9, "instalment " + month);
        assertEquals(0, f.loanBalance(), 1e-9);
        assertEquals(0, f.getCash(), 1e-9);
        assertEquals(0, f.repayLoan(), 0, "nothing left to repay");
    }
}
