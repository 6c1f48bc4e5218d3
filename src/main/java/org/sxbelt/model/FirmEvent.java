package org.sxbelt.model;

import org.sxbelt.agents.ExitReason;

/**
 * A firm demography event for the event log: entry, relocation, satellite opening, exit.
 *
 * @param exitReason why the firm closed: set for an exit, null for the other events
 * @param note       what an opening was ("founded locally", "satellite of firm 12"); empty or null for an exit
 */
public record FirmEvent(int month, int firmId, Type type, String industry, String origin, String town,
                        String village, int jobs, ExitReason exitReason, String note) {

    public enum Type { ENTRY, RELOCATION, SATELLITE, EXIT }

    public FirmEvent {
        if ((type == Type.EXIT) != (exitReason != null)) {
            throw new IllegalArgumentException("an exit, and only an exit, has an exit reason: " + type + ", "
                    + exitReason);
        }
    }
}
