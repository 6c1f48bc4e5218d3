package org.sxbelt.model;

import org.sxbelt.agents.Firm;
import org.sxbelt.output.FirmEvent;
import org.sxbelt.scenario.SimMonthFormat;

/** Firm events in words for the ticker: "2018-03: a shoes, socks, hats firm from Fujian opened in Yutian". */
final class EventText {

    private EventText() {}

    static String describe(FirmEvent e, Belt belt) {
        Firm f = belt.firm(e.firmId());
        String where = f.town().getNameEn() + (f.village() == null ? "" : " (village " + e.village() + ")");
        String what = f.industry().en() + " firm";
        String text = switch (e.type()) {
            case RELOCATION -> "a " + what + " from " + e.origin() + " opened in " + where;
            case ENTRY -> f.village() == null ? "a local " + what + " opened in " + where
                    : "a village workshop (" + f.industry().en() + ") opened near " + where;
            case SATELLITE -> "a " + what + " opened a satellite workshop near " + where;
            case EXIT -> "a " + what + " closed in " + where + ": " + e.reason();
        };
        return SimMonthFormat.format(e.month()) + ": " + text;
    }
}
