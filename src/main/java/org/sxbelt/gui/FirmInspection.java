package org.sxbelt.gui;

import org.sxbelt.agents.ExitReason;
import org.sxbelt.agents.Firm;
import org.sxbelt.params.SimMonthFormat;

/**
 * What MASON's inspector shows for a firm clicked on the map. The inspector reads bean getters by
 * reflection ({@code getX} the value, {@code nameX} the name in the GUI's language); this view
 * supplies them, so that {@link Firm} keeps one accessor per property. Money in yuan without
 * decimals, months as YYYY-MM. It has no setters: a click on the map must not change a running
 * model. Public because the inspector calls the getters reflectively from MASON's packages.
 */
public final class FirmInspection {

    private final Firm firm;
    private final Labels l;

    FirmInspection(Firm firm, Labels labels) {
        this.firm = firm;
        this.l = labels;
    }

    public int getId() { return firm.id(); }
    public String nameId() { return "Id"; }
    public String getIndustry() { return l.industry(firm.industry()); }
    public String nameIndustry() { return l.get("insp.industry"); }
    public String getOrigin() { return firm.getOrigin(); }
    public String nameOrigin() { return l.get("insp.origin"); }
    public String getTown() { return l.town(firm.town()); }
    public String nameTown() { return l.get("insp.town"); }
    public String getSite() { return l.get(firm.village() == null ? "insp.site.park" : "insp.site.village"); }
    public String nameSite() { return l.get("insp.site"); }
    public String getOpened() { return SimMonthFormat.format(firm.getOpenedMonth()); }
    public String nameOpened() { return l.get("insp.opened"); }
    public String getWorkers() { return Format.persons(l, firm.getWorkerCount()); }
    public String nameWorkers() { return l.get("insp.workers"); }
    public String getCapacity() { return Format.persons(l, firm.getCapacity()); }
    public String nameCapacity() { return l.get("insp.capacity"); }
    public String getMeanWage() { return Format.yuanPerMonth(l, firm.getMeanWage()); }
    public String nameMeanWage() { return l.get("insp.meanWage"); }
    public String getCash() { return Format.yuan(l, firm.getCash()); }
    public String nameCash() { return l.get("insp.cash"); }
    public String getOrders() { return Format.decimal(firm.getOrders(), 2); }
    public String nameOrders() { return l.get("insp.orders"); }
    public String getLastOutput() { return Format.yuan(l, firm.getLastOutput()); }
    public String nameLastOutput() { return l.get("insp.lastOutput"); }
    public String getLastWageBill() { return Format.yuan(l, firm.getLastWageBill()); }
    public String nameLastWageBill() { return l.get("insp.lastWageBill"); }
    public String getLastSubsidy() { return Format.yuan(l, firm.getLastSubsidy()); }
    public String nameLastSubsidy() { return l.get("insp.lastSubsidy"); }
    public String getLastProfit() { return Format.yuan(l, firm.getLastProfit()); }
    public String nameLastProfit() { return l.get("insp.lastProfit"); }
    public int getLossStreak() { return firm.getLossStreak(); }
    public String nameLossStreak() { return l.get("insp.lossStreak"); }
    public boolean isAlive() { return firm.isAlive(); }
    public String nameAlive() { return l.get("insp.alive"); }
    public String getClosed() { return firm.isAlive() ? "" : SimMonthFormat.format(firm.getClosedMonth()); }
    public String nameClosed() { return l.get("insp.closed"); }

    public String getCloseReason() {
        ExitReason r = firm.closeReason();
        return r == null ? "" : l.isChinese() ? r.zh() : r.en();
    }
    public String nameCloseReason() { return l.get("insp.closeReason"); }

    @Override
    public String toString() { return firm.toString(); }
}
