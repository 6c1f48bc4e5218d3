package org.sxbelt.policy;

import org.sxbelt.agents.Households;
import org.sxbelt.agents.Persons;
import org.sxbelt.agents.Status;
import org.sxbelt.model.BeltModel;
import org.sxbelt.model.HouseholdLoans;
import org.sxbelt.model.Programme;
import org.sxbelt.params.ParamValues;

import static org.sxbelt.params.ParamSchema.*;

/**
 * Poverty micro-credit (003 ~2164): rural households on the poverty register (registered since 2015,
 * exited ones included, as the register keeps them) with no loan outstanding, none written off, and an
 * adult at home to tend what the loan buys (a farmer or an idle member) are offered
 * a collateral-free loan of {@code policy.microCreditAmount}; each month a share
 * {@code policy.microCredit / 12} of them borrows. Repayment, the asset's income and defaults are the
 * household's side ({@link HouseholdLoans}).
 */
public final class MicroCredit implements Programme {

    @Override
    public void run(BeltModel m) {
        ParamValues p = m.params();
        double chance = p.get(MICRO_CREDIT_RATE) / 12;
        double amount = p.get(MICRO_CREDIT_AMOUNT);
        if (chance <= 0 || amount <= 0) return; // a loan of 0 yuan is no loan: no programme
        Households hh = m.belt().households();
        HouseholdLoans loans = m.loans();
        int months = p.getInt(MICRO_CREDIT_MONTHS);
        int life = p.getInt(CREDIT_ASSET_MONTHS);
        for (int h = 0; h < hh.size(); h++) {
            // the register first: one byte that rules out most households (the order of pure tests)
            if (!hh.isTargeted(h) || hh.members(h) == 0 || m.isUrban(h) || !loans.eligible(h)) continue;
            if (!hasAdultAtHome(m, h)) continue;
            if (m.random.nextDouble() < chance) loans.grant(h, amount, months, life);
        }
    }

    private static boolean hasAdultAtHome(BeltModel m, int h) {
        Persons ps = m.belt().persons();
        for (int q = m.belt().households().firstMember(h); q != Persons.NONE; q = ps.nextMember(q)) {
            Status s = ps.status(q);
            if (s == Status.FARMING || s == Status.IDLE) return true;
        }
        return false;
    }
}
