package org.sxbelt.model;

import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Households;
import org.sxbelt.params.ParamValues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sxbelt.params.ParamSchema.*;

/** Repayment, arrears and default of poverty micro-loans (ODD 7.7.6). */
class HouseholdLoansTest {

    private static final double SUBSISTENCE = 1000;

    private final ParamValues p = new ParamValues().set(LOAN_RATE, 0.06).set(CREDIT_DEFAULT_MONTHS, 3);

    private static Households household(double monthIncome, double savings) {
        Households hh = new Households(1);
        hh.addIncome(0, monthIncome);
        hh.setSavings(0, savings);
        return hh;
    }

    @Test
    void anInstalmentComesFromIncomeAboveSubsistenceThenSavings() {
        HouseholdLoans loans = new HouseholdLoans();
        loans.grant(0, 36000, 36, 60);
        assertFalse(loans.eligible(0), "one loan at a time");
        Households hh = household(SUBSISTENCE + 600, 1000);
        double cost = loans.repay(hh, 0, SUBSISTENCE, p);
        assertEquals(36000 * 0.06 / 12, cost, 1e-9, "the government pays the month's interest");
        assertEquals(35000, loans.balance(0), 1e-9);
        assertEquals(600, hh.savings(0), 1e-3, "400 of the 1000 came from savings");
    }

    @Test
    void theLoanIsRepaidOverItsTerm() {
        HouseholdLoans loans = new HouseholdLoans();
        loans.grant(0, 3000, 3, 60);
        for (int t = 0; t < 3; t++) loans.repay(household(SUBSISTENCE + 1000, 0), 0, SUBSISTENCE, p);
        assertEquals(0, loans.balance(0), 1e-9);
        assertEquals(1, loans.repaid());
        assertTrue(loans.eligible(0), "a household that repaid may borrow again");
        assertTrue(loans.hasAsset(0), "the asset outlives the loan");
    }

    @Test
    void missedInstalmentsInARowEndInAWriteOff() {
        HouseholdLoans loans = new HouseholdLoans();
        loans.grant(0, 36000, 36, 60);
        Households poor = household(SUBSISTENCE + 100, 0);
        assertEquals(180, loans.repay(poor, 0, SUBSISTENCE, p), 1e-9, "first miss: interest only");
        assertEquals(180, loans.repay(poor, 0, SUBSISTENCE, p), 1e-9);
        // a month that pays resets the count
        loans.repay(household(SUBSISTENCE + 1000, 0), 0, SUBSISTENCE, p);
        loans.repay(poor, 0, SUBSISTENCE, p);
        loans.repay(poor, 0, SUBSISTENCE, p);
        assertEquals(0, loans.defaults());
        double cost = loans.repay(poor, 0, SUBSISTENCE, p);
        assertEquals(1, loans.defaults());
        assertEquals(35000 * 0.06 / 12 + 35000, cost, 1e-6, "the risk fund writes off the rest");
        assertEquals(0, loans.balance(0));
        assertTrue(loans.defaulted(0));
        assertFalse(loans.eligible(0), "no second loan after a default");
    }

    @Test
    void aLoanNeedsASumAndATerm() {
        HouseholdLoans loans = new HouseholdLoans();
        assertThrows(IllegalArgumentException.class, () -> loans.grant(0, 0, 36, 60));
        assertThrows(IllegalArgumentException.class, () -> loans.grant(0, 1000, 0, 60));
    }

    @Test
    void theBookKeepsEachHouseholdsLoansApart() {
        HouseholdLoans loans = new HouseholdLoans(1000);
        loans.grant(900, 3000, 3, 60);
        loans.grant(7, 12000, 12, 0);
        assertEquals(2, loans.outstanding());
        assertEquals(3000, loans.balance(900), 1e-9);
        assertEquals(12000, loans.balance(7), 1e-9);
        assertEquals(0, loans.balance(8), "a household that never borrowed owes nothing");
        assertTrue(loans.eligible(8) && loans.eligible(5000), "nor is it barred, inside the book's range or beyond");
        assertTrue(loans.hasAsset(900) && !loans.hasAsset(7), "the assets are each loan's own");
        Households hh = new Households(1000);
        hh.addIncome(900, SUBSISTENCE + 1000);
        for (int t = 0; t < 3; t++) loans.repay(hh, 900, SUBSISTENCE, p);
        assertEquals(0, loans.balance(900), 1e-9);
        assertEquals(12000, loans.balance(7), 1e-9, "one household's repayment leaves another's loan alone");
        loans.grant(900, 600, 6, 60);
        assertEquals(600, loans.balance(900), 1e-9, "a second loan after repaying");
        assertEquals(3, loans.granted());
        assertEquals(2, loans.outstanding());
    }
}
