package org.sxbelt.model;

import org.sxbelt.agents.ExitReason;

/**
 * A firm demography event for the event log: entry, relocation, satellite opening, exit.
 *
 * @param firms      real firms the event stands for (an agent firm may stand for several, {@link SuperFirm})
 * @param jobs       real job places: planned at an opening, the capacity at an exit
 * @param exitReason why the firm closed: set for an exit, null for the other events
 * @param note       what an opening was ("founded locally", "satellite of firm 12"); empty or null for an exit
 */
public record FirmEvent(int month, int firmId, Type type, String industry, String origin, String town,
                        String village, int firms, int jobs, ExitReason exitReason, String note) {

    public enum Type { ENTRY, RELOCATION, SATELLITE, EXIT }

    public FirmEvent {
        if (firms < 1) throw new IllegalArgumentException("an event stands for at least one real firm: " + firms);
        if ((type == Type.EXIT) != (exitReason != null)) {
            throw new IllegalArgumentException("an exit, and only an exit, has an exit reason: " + type + ", "
                    + exitReason);
        }
    }
}
