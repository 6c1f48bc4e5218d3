package org.sxbelt.model;

/**
 * Greenhouses and improved courtyard plots a household holds (programmes give them, §7.8.9). A
 * greenhouse needs a farmer's work and so is part of what the last farmer gives up by leaving; a
 * courtyard plot (arch shed, vegetables, poultry) needs no field labour and earns whoever farms.
 */
public final class SidePlots implements java.io.Serializable {

    private final boolean[] greenhouse;
    private final boolean[] courtyard;

    SidePlots(int households) {
        greenhouse = new boolean[households];
        courtyard = new boolean[households];
    }

    public boolean hasGreenhouse(int h) { return greenhouse[h]; }
    public boolean hasCourtyard(int h) { return courtyard[h]; }
    public void addGreenhouse(int h) { greenhouse[h] = true; }
    public void addCourtyard(int h) { courtyard[h] = true; }
}
