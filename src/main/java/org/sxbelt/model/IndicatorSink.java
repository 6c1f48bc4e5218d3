package org.sxbelt.model;


/**
 * Receives one observation: the tidy row (month, level, unit, indicator, value). A sink may say which
 * series it wants ({@link #wants}); the observer derives the county, town and prefecture values of an
 * indicator only if some sink wants them, so observation costs what is asked for. A sink still receives,
 * and must ignore, rows that another sink asked for.
 */
public interface IndicatorSink {

    void record(int month, Level level, String unit, String indicator, double value);

    /** Does this sink want {@code indicator} at {@code level}? Asked when a run starts; every series unless overridden. */
    default boolean wants(Level level, String indicator) { return true; }
}
