package org.sxbelt.model;

/** Receives firm demography events as they happen. */
public interface FirmEventSink {

    void firmEvent(FirmEvent event);

    FirmEventSink NONE = e -> { };
}
