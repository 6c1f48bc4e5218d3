package org.sxbelt.model;

/**
 * The crops of the belt's farms, as shares of farm income (see {@link CropMix}). Grain and cotton are
 * field crops with state-supported prices; jujube and the other fruit and nuts (walnut, apple, grape,
 * pomegranate) are tree crops whose prices swing (003 ~1555, ~2183). Grain also stands for fodder and
 * livestock.
 */
public enum Crop {
    GRAIN("grain", false),
    COTTON("cotton", false),
    JUJUBE("jujube", true),
    FRUIT("fruit", true);

    private final String id;
    private final boolean tree;

    Crop(String id, boolean tree) {
        this.id = id;
        this.tree = tree;
    }

    /** Column name in {@code crops.csv}. */
    public String id() { return id; }

    /** A tree crop (orchard): its yield is the one orchard improvement raises. */
    public boolean isTree() { return tree; }
}
