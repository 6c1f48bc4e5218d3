package org.sxbelt.model;

/** A firm demography event for the event log: entry, relocation, satellite opening, exit with reason. */
public record FirmEvent(int month, int firmId, Type type, String industry, String origin, String town,
                        String village, int jobs, String reason) {

    public enum Type { ENTRY, RELOCATION, SATELLITE, EXIT }
}
