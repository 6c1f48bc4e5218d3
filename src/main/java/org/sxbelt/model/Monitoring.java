package org.sxbelt.model;

import org.sxbelt.agents.Households;

import static org.sxbelt.params.ParamSchema.*;

/**
 * Dynamic monitoring against return to poverty (ODD 7.7.4; 003 ~1031, ~3064: early detection, early
 * intervention, early help), from January of {@code monitoring.startYear}. A rural household off the register qualifies as at risk when its own income
 * of the last twelve months (without the minimum-living top-up) is below {@code (1 + poverty.riskMargin)}
 * times the line: an exited household (by the test or secured by transfer: the unstable exited) or a
 * never-registered one (the marginal); or when it suffered a sudden hardship in the last twelve months (a
 * shock above {@code monitoring.hardshipShare} of its income). At each quarterly review a qualifying
 * household that has qualified for at least {@code monitoring.lagMonths} months and is not yet monitored
 * is identified with chance {@code monitoring.detection}; a monitored household without a running help
 * project gets an attempt, which succeeds with chance {@code monitoring.helpSuccess} and then pays
 * {@code monitoring.helpIncome} a year as own production income for {@code monitoring.helpMonths} months;
 * a monitored household is entitled to medical assistance ({@link Illness#entitledToAssistance}). A household that no
 * longer qualifies (or is on the register again) leaves monitoring; a running project pays on.
 */
final class Monitoring {

    /** Months a sudden hardship keeps a household qualifying. */
    static final int HARDSHIP_MONTHS = 12;

    private Monitoring() {}

    /**
     * Does household h qualify now: off the register, and own income per member {@code ownPerCapita}
     * below {@code riskLine}, or a sudden hardship within the last {@link #HARDSHIP_MONTHS} months.
     */
    static boolean qualifies(Households hh, int h, double ownPerCapita, double riskLine, int month) {
        if (hh.isOnRegister(h)) return false;
        return ownPerCapita < riskLine || inHardship(hh, h, month);
    }

    private static boolean inHardship(Households hh, int h, int month) {
        int at = hh.hardshipMonth(h);
        return at != Households.NO_MONTH && month - at < HARDSHIP_MONTHS;
    }

    /** Records a sudden hardship in {@code month} if a shock of {@code cost} reaches the share of the household's income. */
    static void recordShock(Households hh, int h, double cost, double hardshipShare, int month) {
        if (cost > 0 && cost >= hardshipShare * Math.max(0, hh.annualIncome(h))) hh.setHardshipMonth(h, month);
    }

    /** The levers of one quarterly review, read once for all households. */
    record Terms(int startMonth, double detection, int lagMonths, double helpCost, double helpSuccess, int helpMonths) {
        Terms(BeltModel m) {
            this((m.params().getInt(MONITORING_START) - org.sxbelt.params.SimMonthFormat.BASE_YEAR) * 12,
                    m.params().get(MONITORING_DETECTION), m.params().getInt(MONITORING_LAG),
                    m.params().get(HELP_COST) * m.belt().scale(), m.params().get(HELP_SUCCESS), m.params().getInt(HELP_MONTHS));
        }
    }

    /** The quarterly review in {@code month} of household h, whose own income of the last twelve months is {@code own} (yuan). */
    static void review(BeltModel m, Terms t, int h, double own, double riskLine, int month) {
        Households hh = m.belt().households();
        if (!qualifies(hh, h, own / hh.members(h), riskLine, month)) {
            release(hh, h);
            return;
        }
        if (hh.riskSince(h) == Households.NO_MONTH) {
            int since = month;
            if (inHardship(hh, h, month)) since = Math.min(since, hh.hardshipMonth(h));
            hh.setRiskSince(h, since);
        }
        int county = m.belt().townOfHousehold(h);
        if (!hh.has(h, Households.MONITORED)) {
            double detection = month >= t.startMonth() ? t.detection() : 0;
            if (detection <= 0 || month - hh.riskSince(h) < t.lagMonths()) return;
            if (m.random.nextDouble() >= detection) return;
            hh.set(h, Households.MONITORED, true);
            m.observer().count(county, Measure.MONITORING_IDENTIFIED);
        }
        if (month < hh.helpUntil(h)) return;
        m.accounts().add(county, Flow.SPEND_MONITORING_HELP, t.helpCost());
        if (m.random.nextDouble() < t.helpSuccess()) {
            hh.setHelpUntil(h, Math.min(Short.MAX_VALUE, month + t.helpMonths()));
            m.observer().count(county, Measure.MONITORING_HELPED);
        }
    }

    /** Leaves monitoring (no longer qualifying, or on the register again). */
    static void release(Households hh, int h) {
        hh.setRiskSince(h, Households.NO_MONTH);
        hh.set(h, Households.MONITORED, false);
    }
}
