package org.sxbelt.agents;

import java.util.Locale;

/**
 * The labour-intensive industries the sources name, with the economics that make them differ:
 * value added per experienced (eastern-productivity) worker-month in 2015 yuan, freight intensity
 * ("both ends outside"), export share, exposure to cotton sanctions, whether the HQ + village
 * satellite model suits them, the median planned workforce of a relocating firm, their weight among
 * relocating and locally founded firms, and whether their raw material (cotton, fruit, nuts) can be
 * grown near the factory. The sizes (real workers) follow the sources where they give a figure and
 * are assumptions otherwise (docs/ODD.md §7.4): a spinning mill is far larger than a garment shop.
 */
public enum Industry {
    GARMENTS(Spec.en("garments").zh("服装")
            .valueAdded(6000).freightIntensity(1.0).exportShare(0.5).cottonExposed().satelliteCapable()
            .medianWorkers(80).relocationWeight(0.30).localWeight(0.10).localInputs()),
    SHOES_SOCKS_HATS(Spec.en("shoes, socks, hats").zh("鞋袜帽")
            .valueAdded(6500).freightIntensity(1.0).exportShare(0.5).satelliteCapable()
            .medianWorkers(180).relocationWeight(0.18).localWeight(0.02)),
    HAIR_PRODUCTS(Spec.en("hair products").zh("发制品")
            .valueAdded(6000).freightIntensity(0.5).exportShare(0.9).satelliteCapable()
            .medianWorkers(100).relocationWeight(0.08).localWeight(0.02)),
    ELECTRONICS(Spec.en("electronics assembly").zh("电子组装")
            .valueAdded(8000).freightIntensity(0.7).exportShare(0.4)
            .medianWorkers(150).relocationWeight(0.14).localWeight(0.0)),
    TEXTILES(Spec.en("textiles").zh("纺织")
            .valueAdded(9000).freightIntensity(1.3).exportShare(0.3).cottonExposed()
            .medianWorkers(250).relocationWeight(0.15).localWeight(0.05).localInputs()),
    AGRO_PROCESSING(Spec.en("agro-processing").zh("农产品加工")
            .valueAdded(5500).freightIntensity(0.8).exportShare(0.1).satelliteCapable()
            .medianWorkers(50).relocationWeight(0.10).localWeight(0.56).localInputs()),
    CARPETS_CRAFTS(Spec.en("carpets and crafts").zh("地毯与手工艺")
            .valueAdded(4500).freightIntensity(0.4).exportShare(0.3).satelliteCapable()
            .medianWorkers(30).relocationWeight(0.05).localWeight(0.25));

    private static final Industry[] VALUES = values();

    private final String en;
    private final String zh;
    private final double valueAdded;
    private final double freightIntensity;
    private final double exportShare;
    private final boolean cottonExposed;
    private final boolean satelliteCapable;
    private final double medianWorkers;
    private final double relocationWeight;
    private final double localWeight;
    private final boolean localInputs;

    Industry(Spec s) {
        en = s.en;
        zh = java.util.Objects.requireNonNull(s.zh, () -> name() + ": zh not given");
        valueAdded = Spec.required(s.valueAdded, "valueAdded", this);
        freightIntensity = Spec.required(s.freightIntensity, "freightIntensity", this);
        exportShare = Spec.required(s.exportShare, "exportShare", this);
        cottonExposed = s.cottonExposed;
        satelliteCapable = s.satelliteCapable;
        medianWorkers = Spec.required(s.medianWorkers, "medianWorkers", this);
        relocationWeight = Spec.required(s.relocationWeight, "relocationWeight", this);
        localWeight = Spec.required(s.localWeight, "localWeight", this);
        localInputs = s.localInputs;
    }

    /**
     * An industry's traits by name, so that each constant reads as a row of named values. Every
     * number must be given (NaN until set); the yes/no traits are false unless named.
     */
    private static final class Spec {
        private String en;
        private String zh;
        private double valueAdded = Double.NaN;
        private double freightIntensity = Double.NaN;
        private double exportShare = Double.NaN;
        private boolean cottonExposed;
        private boolean satelliteCapable;
        private double medianWorkers = Double.NaN;
        private double relocationWeight = Double.NaN;
        private double localWeight = Double.NaN;
        private boolean localInputs;

        static Spec en(String name) {
            Spec s = new Spec();
            s.en = name;
            return s;
        }

        Spec zh(String name) { zh = name; return this; }
        Spec valueAdded(double yuan) { valueAdded = yuan; return this; }
        Spec freightIntensity(double x) { freightIntensity = x; return this; }
        Spec exportShare(double x) { exportShare = x; return this; }
        Spec cottonExposed() { cottonExposed = true; return this; }
        Spec satelliteCapable() { satelliteCapable = true; return this; }
        Spec medianWorkers(double realWorkers) { medianWorkers = realWorkers; return this; }
        Spec relocationWeight(double w) { relocationWeight = w; return this; }
        Spec localWeight(double w) { localWeight = w; return this; }
        Spec localInputs() { localInputs = true; return this; }

        static double required(double value, String trait, Industry k) {
            if (Double.isNaN(value)) throw new IllegalStateException(k.name() + ": " + trait + " not given");
            return value;
        }
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
    /** Median planned workforce of a relocating firm of this industry, real workers. */
    public double medianWorkers() { return medianWorkers; }
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

    /**
     * The belt industry this one buys its main input from, or null: garment makers buy yarn and
     * cloth from the spinning and weaving mills (textiles), which buy the cotton grown around them
     * ({@link #usesLocalInputs()}); the chain cotton, spinning, weaving, garments of 000 §2.2.
     */
    public Industry supplier() { return this == GARMENTS ? TEXTILES : null; }

    /** The industry with this {@link #id()}, or null. */
    public static Industry byId(String id) {
        for (Industry k : VALUES) if (k.id().equals(id)) return k;
        return null;
    }

    public static Industry of(int ordinal) { return VALUES[ordinal]; }

    public static int count() { return VALUES.length; }
}
