package org.sxbelt.policy;

import org.sxbelt.agents.Town;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The money one funder holds for factory space, and the towns it may build in: a counterpart
 * province and its paired counties, or a prefecture's own fund and its county towns. Part of each
 * month's inflow may be reserved for the funder's deep-poverty counties; that pot is spent only
 * there, the open pot anywhere among its towns. What is not spent carries over.
 */
public final class AidBudget implements java.io.Serializable {

    private final String funder;
    private final List<Town> towns;
    private final List<Town> deepPoverty;
    private double open;
    private double reserved;

    AidBudget(String funder, List<Town> towns) {
        if (towns.isEmpty()) throw new IllegalArgumentException("aid budget of " + funder + " has no town");
        this.funder = funder;
        this.towns = List.copyOf(towns);
        this.deepPoverty = towns.stream().filter(t -> DeepPovertyCounties.contains(t.id())).toList();
    }

    /** One budget per counterpart province, over its paired towns, in the order the towns are listed. */
    static List<AidBudget> counterparts(List<Town> towns) {
        Map<String, List<Town>> byProvince = new LinkedHashMap<>();
        for (Town t : towns) {
            String province = t.getCounterpartProvince();
            if (province == null || province.isEmpty()) continue;
            byProvince.computeIfAbsent(province, k -> new ArrayList<>()).add(t);
        }
        List<AidBudget> out = new ArrayList<>();
        byProvince.forEach((province, list) -> out.add(new AidBudget(province, list)));
        return out;
    }

    /** A prefecture's own fund over its towns. */
    static AidBudget prefectureFund(String prefecture, List<Town> towns) {
        return new AidBudget(prefecture + " prefecture fund",
                towns.stream().filter(t -> t.getPrefecture().equals(prefecture)).toList());
    }

    public String funder() { return funder; }
    public List<Town> towns() { return towns; }
    public List<Town> deepPovertyTowns() { return deepPoverty; }

    /** Residents of the funder's towns. */
    long population() {
        long p = 0;
        for (Town t : towns) p += t.getPopulation();
        return p;
    }

    /** This month's inflow; {@code reservedShare} of it kept for the deep-poverty towns, if the funder has any. */
    void credit(double yuan, double reservedShare) {
        if (!(yuan >= 0)) throw new IllegalArgumentException(funder + ": inflow must be >= 0: " + yuan);
        double r = deepPoverty.isEmpty() ? 0 : yuan * reservedShare;
        reserved += r;
        open += yuan - r;
    }

    /** Money in both pots (yuan). */
    public double balance() { return open + reserved; }

    /** Money kept for the deep-poverty towns (yuan). */
    public double reservedBalance() { return reserved; }

    void spendReserved(double yuan) { reserved = debit(reserved, yuan); }

    void spendOpen(double yuan) { open = debit(open, yuan); }

    private double debit(double pot, double yuan) {
        if (yuan > pot * (1 + 1e-9) + 1e-6) throw new IllegalStateException(funder + " overspent: " + yuan + " of " + pot);
        return Math.max(0, pot - yuan);
    }

    double openBalance() { return open; }

    @Override
    public String toString() { return funder + " (open " + open + ", reserved " + reserved + " yuan)"; }
}
