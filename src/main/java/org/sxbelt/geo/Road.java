package org.sxbelt.geo;

/**
 * One undirected road segment between two units (ids as in counties.csv).
 *
 * @param from   id of one end
 * @param to     id of the other end
 * @param name   road designation, e.g. G315, G3012, S13 or "local"
 * @param km     road length in km
 * @param source where the length comes from ("estimate: ..." when it is not a published figure)
 */
public record Road(String from, String to, String name, double km, String source) implements java.io.Serializable {

    /** True when the length is (partly) estimated rather than taken from a published figure. */
    public boolean isEstimate() {
        return source.contains("estimate");
    }

    /** True when this segment joins the two given ids, in either direction. */
    public boolean joins(String a, String b) {
        return (from.equals(a) && to.equals(b)) || (from.equals(b) && to.equals(a));
    }
}
