package org.sxbelt.model;

import org.sxbelt.agents.Firm;
import org.sxbelt.params.ParamValues;

import static org.sxbelt.params.ParamSchema.*;

/**
 * A firm's monthly accounts in real yuan (ODD 7.5.1): its bases from last production, support and
 * income tax by {@link SubsidySchedule#settle}, each instrument's cost booked to its flow in the
 * firm's town, and the cash flows of the opening loan (drawn at the first accounts, repaid in equal
 * instalments).
 */
final class FirmAccounts {

    private FirmAccounts() {}

    /** Settles {@code f}'s month: books the flows, moves its cash, returns the statement. */
    static SubsidySchedule.Statement settle(BeltModel m, Firm f) {
        ParamValues p = m.params();
        int month = m.month();
        int scale = m.belt().scale();
        double wIdx = m.conditions().wageIndex();
        if (!f.loanDrawn()) f.drawLoan(openingLoan(f, p, scale, wIdx), p.getInt(CREDIT_MONTHS));
        SubsidySchedule.Statement st = SubsidySchedule.settle(f.industry(), f.ageMonths(month), month,
                bases(f, p, scale, wIdx), p);
        int county = f.town().index();
        Accounts acc = m.accounts();
        for (Instrument i : Instrument.values()) acc.add(county, i.flow(), st.of(i));
        acc.add(county, Flow.TAX_FIRM_INCOME, st.incomeTax());
        f.addCash(st.profit());
        f.repayLoan();
        return st;
    }

    /** This month's bases of {@code f}, from last production. */
    static FirmBases bases(Firm f, ParamValues p, int scale, double wIdx) {
        double revenue = f.getLastOutput() * f.valueAdded() * wIdx * scale;
        return new FirmBases(revenue, f.getLastWageBill() * scale,
                FirmEconomics.freightShare(f.industry(), f.town(), f.village() != null, p) * revenue,
                f.village() == null ? f.space() * p.get(RENT_PER_M2) * Congestion.rentFactor(f.town(), p) * wIdx : 0,
                FirmEconomics.overhead(f, p, scale, wIdx),
                (double) f.getWorkerCount() * scale, (double) f.trainedHiresThisMonth() * scale,
                f.loanBalance(), wIdx, FirmEconomics.capitalCharge(f, p, scale));
    }

    /** The subsidised loan a firm draws when it opens: months of its wage bill at the wage floor. */
    static double openingLoan(Firm f, ParamValues p, int scale, double wIdx) {
        return p.get(CREDIT_WAGE_MONTHS) * f.getCapacity() * scale * p.get(WAGE_FLOOR) * wIdx;
    }
}
