package org.sxbelt.gui;

import org.sxbelt.agents.ExitReason;
import org.sxbelt.agents.Firm;

import java.util.Locale;

/**
 * What MASON's inspector shows for a firm clicked on the map. The inspector reads bean getters by
 * reflection; this view supplies them, so that {@link Firm} keeps one accessor per property. It has
 * no setters: a click on the map must not change a running model. Public because the inspector
 * calls the getters reflectively from MASON's packages.
 */
public final class FirmInspection {

    private final Firm firm;

    FirmInspection(Firm firm) {
        this.firm = firm;
    }

    public int getId() { return firm.id(); }
    public String getIndustry() { return firm.industry().en(); }
    public String getOrigin() { return firm.getOrigin(); }
    public String getTown() { return firm.town().getNameEn(); }
    public String getSite() { return firm.site().name().toLowerCase(Locale.ROOT); }
    public boolean isSatellite() { return firm.isSatellite(); }
    public boolean isRelocated() { return firm.isRelocated(); }
    public int getOpenedMonth() { return firm.getOpenedMonth(); }
    public int getWorkers() { return firm.getWorkerCount(); }
    public int getCapacity() { return firm.getCapacity(); }
    public double getCash() { return firm.getCash(); }
    public double getOrders() { return firm.getOrders(); }
    public int getLossStreak() { return firm.getLossStreak(); }
    public double getLastProfit() { return firm.getLastProfit(); }
    public double getLastOutput() { return firm.getLastOutput(); }
    public double getLastWageBill() { return firm.getLastWageBill(); }
    public double getLastSubsidy() { return firm.getLastSubsidy(); }
    public double getMeanWage() { return firm.getMeanWage(); }
    public int getSatellites() { return firm.getSatellites(); }
    public boolean isAlive() { return firm.isAlive(); }
    public int getClosedMonth() { return firm.getClosedMonth(); }

    public String getCloseReason() {
        ExitReason r = firm.closeReason();
        return r == null ? "" : r.en();
    }

    @Override
    public String toString() { return firm.toString(); }
}
