package org.sxbelt.agents;

import java.util.Locale;

/**
 * The labour-intensive industries the sources name, with the economics that make them differ:
 * value added per experienced (eastern-productivity) worker-month in 2015 yuan, freight intensity
 * ("both ends outside"), export share, exposure to cotton sanctions, whether the HQ + village
 * satellite model suits them, their weight among relocating and locally founded firms, and whether
 * their raw material (cotton, fruit, nuts) can be grown near the factory.
 */
public enum Industry {
    GARMENTS("garments", "服装", 6000, 1.0, 0.5, true, true, 0.30, 0.10, true),
    SHOES_SOCKS_HATS("shoes, socks, hats", "鞋袜帽", 6500, 1.0, 0.5, false, true, 0.18, 0.02, false),
    HAIR_PRODUCTS("hair products", "发制品", 6000, 0.5, 0.9, false, true, 0.08, 0.02, false),
    ELECTRONICS("electronics assembly", "电子组装", 8000, 0.7, 0.4, false, false, 0.14, 0.0, false),
    TEXTILES("textiles", "纺织", 9000, 1.3, 0.3, true, false, 0.15, 0.05, true),
    AGRO_PROCESSING("agro-processing", "农产品加工", 5500, 0.8, 0.1, false, true, 0.10, 0.56, true),
    CARPETS_CRAFTS("carpets and crafts", "地毯与手工艺", 4500, 0.4, 0.3, false, true, 0.05, 0.25, false);

    private static final Industry[] VALUES = values();

    private final String en;
    private final String zh;
    private final double valueAdded;
    private final double freightIntensity;
    private final double exportShare;
    private final boolean cottonExposed;
    private final boolean satelliteCapable;
    private final double relocationWeight;
    private final double localWeight;
    private final boolean localInputs;

    Industry(String en, String zh, double valueAdded, double freightIntensity, double exportShare,
             boolean cottonExposed, boolean satelliteCapable, double relocationWeight, double localWeight,
             boolean localInputs) {
        this.en = en;
        this.zh = zh;
        this.valueAdded = valueAdded;
        this.freightIntensity = freightIntensity;
        this.exportShare = exportShare;
        this.cottonExposed = cottonExposed;
        this.satelliteCapable = satelliteCapable;
        this.relocationWeight = relocationWeight;
        this.localWeight = localWeight;
        this.localInputs = localInputs;
    }

    public String en() { return en; }
    public String zh() { return zh; }
    /** Names indicators and csv fields: lower-cased in the root locale, never the user's ("ıdle" in Turkish). */
    public String id() { return name().toLowerCase(Locale.ROOT); }
    /** Value added per eastern-productivity worker-month, 2015 yuan. */
    public double valueAdded() { return valueAdded; }
    public double freightIntensity() { return freightIntensity; }
    public double exportShare() { return exportShare; }
    public boolean cottonExposed() { return cottonExposed; }
    public boolean satelliteCapable() { return satelliteCapable; }
    public double relocationWeight() { return relocationWeight; }
    public double localWeight() { return localWeight; }
    /** Processes farm products (cotton, fruit, nuts) that can be grown near the factory. */
    public boolean usesLocalInputs() { return localInputs; }

    /**
     * How much more a processor of farm products is drawn to a place with raw-material base
     * {@code base} (0..1): 0.5 + base for processors, 1 for the others. Freight on bulky farm
     * inputs makes processors follow the crops.
     */
    public double rawMaterialPull(double base) { return localInputs ? 0.5 + base : 1; }

    /** The industry with this {@link #id()}, or null. */
    public static Industry byId(String id) {
        for (Industry k : VALUES) if (k.id().equals(id)) return k;
        return null;
    }

    public static Industry of(int ordinal) { return VALUES[ordinal]; }

    public static int count() { return VALUES.length; }
}
