package org.sxbelt.model;

import org.junit.jupiter.api.Test;
import org.sxbelt.agents.ExitReason;
import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Industry;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The cohort of {@link ParkCohort}: every real park firm from its own opening, joiners included. */
class ParkCohortTest {

    private static FirmEvent opening(int month, int firmId, int firms, String village) {
        return new FirmEvent(month, firmId, FirmEvent.Type.RELOCATION, "garment", "Jiangsu", "shufu", village, firms,
                100 * firms, null, "");
    }

    @Test
    void joinersCountFromTheMonthTheyJoinedAndShareTheirAgentFirmsFate() {
        Firm host = Firm.builder().id(1).industry(Industry.GARMENTS).openedMonth(5).capacity(4).represents(3).build();
        Firm old = Firm.builder().id(2).industry(Industry.GARMENTS).openedMonth(-30).capacity(4).represents(4).build();
        Firm open = Firm.builder().id(3).industry(Industry.GARMENTS).openedMonth(10).capacity(4).represents(2).build();
        ParkCohort c = new ParkCohort();
        c.firmEvent(opening(5, 1, 3, null));   // host opens standing for 3
        c.firmEvent(opening(20, 1, 1, ""));    // one joins it at 20
        c.firmEvent(opening(12, 2, 2, ""));    // two join a firm of the initial economy
        c.firmEvent(opening(10, 3, 2, null));
        c.firmEvent(opening(11, 3, 1, "v7"));  // a village workshop event is not a park firm
        c.firmEvent(new FirmEvent(30, 3, FirmEvent.Type.EXIT, "garment", "Jiangsu", "shufu", null, 2, 400,
                ExitReason.NO_WORKERS, ""));   // exits are not openings
        c.firmEvent(opening(70, 3, 1, null));  // outside the window
        host.close(70, ExitReason.PERSISTENT_LOSSES); // 65 months after its founders, 50 after the joiner
        old.close(72, ExitReason.PERSISTENT_LOSSES);  // 60 months after its joiners opened
        Map<Integer, Firm> firms = Map.of(1, host, 2, old, 3, open);
        ParkCohort.Count n = c.count(firms::get, 1, 48, 60);
        assertEquals(3 + 1 + 2 + 2, n.cohort());
        assertEquals(3 + 2 + 2, n.survivors());
    }
}
