package org.sxbelt.params;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The live values of every {@link Param} for one run. Mutable on purpose: timed policy events and
 * GUI sliders change values mid-run, and the model reads them each month. One array lookup per read.
 */
public final class ParamValues implements java.io.Serializable {

    private final double[] values;

    /** All defaults. */
    public ParamValues() {
        values = new double[ParamSchema.size()];
        for (Param p : ParamSchema.all()) values[p.index()] = p.defaultValue();
    }

    private long version;

    private ParamValues(double[] values) {
        this.values = values;
    }

    public double get(Param p) { return values[p.index()]; }

    public int getInt(Param p) { return (int) values[p.index()]; }

    public boolean is(Param p) { return values[p.index()] != 0; }

    /** Sets a value, rejecting anything outside the parameter's range. */
    public ParamValues set(Param p, double value) {
        if (!p.accepts(value)) {
            throw new IllegalArgumentException(p.key() + " = " + NumberText.exact(value) + " is not allowed: expected "
                    + p.allowed());
        }
        values[p.index()] = value;
        version++;
        return this;
    }

    /** Counts the changes made by {@link #set}, so that a value derived from these parameters can be cached. */
    public long version() { return version; }

    public ParamValues copy() { return new ParamValues(values.clone()); }

    /** Key to value as written in a scenario file, in schema order (for manifests and reports). */
    public Map<String, String> asText() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Param p : ParamSchema.all()) m.put(p.key(), p.format(values[p.index()]));
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParamValues other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() { return Arrays.hashCode(values); }
}
