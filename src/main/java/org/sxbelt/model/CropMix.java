package org.sxbelt.model;

import org.sxbelt.geo.DataTable;
import org.sxbelt.geo.GeoDataException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a county's farms grow, as shares of their 2015 farm income by {@link Crop} (summing to 1).
 * {@code /calibration/crops.csv} gives a row per prefecture and rows for the key fruit counties that
 * override their prefecture's (003 ~1555: fruit is over 30% of farm income round the Tarim rim and
 * over half in key fruit counties).
 */
public record CropMix(double[] shares) implements java.io.Serializable {

    private static final String RESOURCE = "/calibration/crops.csv";
    private static final double TOLERANCE = 1e-6;

    public CropMix {
        if (shares.length != Crop.values().length) throw new IllegalArgumentException("one share per crop expected");
        double sum = 0;
        for (double s : shares) {
            if (!(s >= 0 && s <= 1)) throw new IllegalArgumentException("crop share outside [0, 1]: " + s);
            sum += s;
        }
        if (Math.abs(sum - 1) > TOLERANCE) throw new IllegalArgumentException("crop shares sum to " + sum + ", not 1");
        shares = shares.clone();
    }

    public double share(Crop c) { return shares[c.ordinal()]; }

    /** Share of farm income from tree crops (jujube and other fruit and nuts). */
    public double treeShare() {
        double s = 0;
        for (Crop c : Crop.values()) if (c.isTree()) s += share(c);
        return s;
    }

    /** The mixes of {@value #RESOURCE} by area (prefecture name or county id), in file order. */
    public static Map<String, CropMix> loadDefault() {
        return parse("crops.csv", DataTable.readResource(RESOURCE, "crops.csv"));
    }

    static Map<String, CropMix> parse(String file, String text) {
        List<String> columns = new ArrayList<>();
        columns.add("area");
        for (Crop c : Crop.values()) columns.add(c.id());
        columns.add("source");
        Map<String, CropMix> m = new LinkedHashMap<>();
        for (DataTable.Row r : DataTable.read(file, text, columns)) {
            String area = r.nonEmpty("area");
            if (m.containsKey(area)) throw r.error("area", "duplicate area '" + area + "'");
            double[] s = new double[Crop.values().length];
            for (Crop c : Crop.values()) s[c.ordinal()] = r.decimal(c.id(), 0, 1);
            try {
                m.put(area, new CropMix(s));
            } catch (IllegalArgumentException e) {
                throw r.error("source", e.getMessage());
            }
        }
        return m;
    }

    /** The mix of a county: its own row, else its prefecture's; a county of neither is a data error. */
    static CropMix of(Map<String, CropMix> mixes, String countyId, String prefecture) {
        CropMix own = mixes.get(countyId);
        if (own != null) return own;
        CropMix pref = mixes.get(prefecture);
        if (pref == null) throw GeoDataException.inFile("crops.csv", "no row for county '" + countyId
                + "' or its prefecture '" + prefecture + "'");
        return pref;
    }
}
