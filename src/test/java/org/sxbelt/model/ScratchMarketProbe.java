package org.sxbelt.model;

import org.sxbelt.agents.DistantMarket;

/** scratch: not committed */
public class ScratchMarketProbe {
    public static void main(String[] a) {
        long seed = Long.parseLong(a[0]);
        String[] kv = a.length > 1 ? java.util.Arrays.copyOfRange(a, 1, a.length) : new String[0];
        String[] all = new String[kv.length + 4];
        all[0] = "run.scale"; all[1] = "100"; all[2] = "run.months"; all[3] = "72";
        System.arraycopy(kv, 0, all, 4, kv.length);
        BeltModel m = TestRuns.model(seed, TestRuns.baseline(all));
        m.start();
        for (int t = 0; t < 72; t++) {
            m.schedule.step(m);
            DistantMarket d = m.belt().markets().get(0);
            if (t % 3 == 0) System.out.printf("%d w=%.3f app=%d hires=%d vac=%d U=%.1f there=%d believed=%.3f%n", t,
                    d.getRelativeWage(), d.hiring().lastApplicants(), d.hiring().lastHires(), d.vacancies(),
                    d.turnedAway(),
                    m.employment().migrantsIn(d.id(), false), d.hiring().lastBelievedRate());
        }
    }
}
