package org.sxbelt.model;


/** Receives one observation: the tidy row (month, level, unit, indicator, value). */
public interface IndicatorSink {

    void record(int month, Level level, String unit, String indicator, double value);
}
