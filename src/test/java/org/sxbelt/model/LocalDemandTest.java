package org.sxbelt.model;

import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Town;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The belt's own market in the running model: it adds up to its share and follows income on the map. */
class LocalDemandTest {

    private static BeltModel firstMonth(String... keyValues) {
        String[] kv = new String[keyValues.length + 6];
        kv[0] = "run.scale";
        kv[1] = "100";
        kv[2] = "demand.localShare"; // a small local share (the baseline's is 0 until calibrated)
        kv[3] = "0.1";
        // No firm of the initial economy (ODD §5.7): one old enough grows or opens a satellite in the
        // firms phase, after the local markets have fixed this month's spending over the capacity then.
        kv[4] = "firm.historyMonths";
        kv[5] = "0";
        System.arraycopy(keyValues, 0, kv, 6, keyValues.length);
        BeltModel m = TestRuns.model(1, TestRuns.baseline(kv));
        m.start();
        m.schedule.step(m);
        return m;
    }

    @Test
    void localOrdersAverageTheLocalShareWhenFixedAndDifferByTown() {
        BeltModel m = firstMonth();
        LocalDemand d = m.localDemand();
        double share = m.params().get(org.sxbelt.params.ParamSchema.LOCAL_SHARE);
        double orders = 0, capacity = 0, low = Double.MAX_VALUE, high = 0;
        for (Firm f : m.belt().liveFirms()) {
            double o = d.orders(f.industry(), f.town(), m.params());
            orders += o * f.getCapacity();
            capacity += f.getCapacity();
            low = Math.min(low, o);
            high = Math.max(high, o);
        }
        assertEquals(share, orders / capacity, 1e-6, "spending fixed so that the belt buys its share");
        // 1.19 at 1:100 in the first month of the merged baseline (firms few, freight by road km)
        assertTrue(high > 1.1 * low, "towns differ: " + low + " to " + high);
        double p0 = d.priceIndex(0);
        boolean differ = false;
        for (Town t : m.belt().towns()) differ |= Math.abs(d.priceIndex(t.index()) - p0) > 1e-6;
        assertTrue(differ, "price indices differ across towns");
    }

    @Test
    void moreIncomeInATownRaisesOrdersMostForItsOwnAndNearFirms() {
        // with the initial economy's firms: at 1:100 the month's entrants are groups still waiting for room
        BeltModel m = firstMonth("firm.historyMonths", String.valueOf((int) org.sxbelt.params.ParamSchema.HISTORY_MONTHS.defaultValue()));
        Town rich = TestRuns.largestTown(m);
        Industry k = Industry.GARMENTS;
        LocalDemand d = m.localDemand();
        double[] before = new double[m.belt().towns().size()];
        double[] income = new double[m.belt().towns().size()];
        java.util.Arrays.fill(income, 1e8);
        d.update(m, income);
        for (Town t : m.belt().towns()) before[t.index()] = d.orders(k, t, m.params());
        income[rich.index()] += 1e9;
        d.update(m, income);
        int[] byDistance = m.belt().townsByDistance(rich.index());
        int far = byDistance[byDistance.length - 1];
        double own = d.orders(k, rich, m.params()) / before[rich.index()];
        double distant = d.orders(k, m.belt().town(far), m.params()) / before[far];
        assertTrue(own > distant && distant >= 1 - 1e-12, "own town x" + own + ", farthest x" + distant);
    }

    @Test
    void withNoLocalShareOrdersAreAllFromOutside() {
        BeltModel m = firstMonth("demand.localShare", "0");
        for (Firm f : m.belt().liveFirms()) {
            assertEquals(FirmEconomics.outsideDemandFactor(f.industry(), m.params()),
                    FirmEconomics.demandFactor(f.industry(), f.town(), m.params(), m.localDemand(), m.donorPurchases()), 1e-15);
        }
    }
}
