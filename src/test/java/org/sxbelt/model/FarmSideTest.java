package org.sxbelt.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Households;
import org.sxbelt.agents.Town;
import org.sxbelt.geo.GeoDataException;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.ParamValues;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of the moving farm side (ODD 7.7.1): crop mixes, price paths, yields, greenhouses. */
class FarmSideTest {

    private static BeltModel model;

    @BeforeAll
    static void start() {
        model = TestRuns.model(3, TestRuns.baseline("run.scale", "1000", "run.months", "24"));
        model.start();
    }

    @Test
    void cropSharesMustSumToOne() {
        assertThrows(IllegalArgumentException.class, () -> new CropMix(new double[]{0.5, 0.2, 0.1, 0.1}));
        assertThrows(IllegalArgumentException.class, () -> new CropMix(new double[]{1.2, -0.2, 0, 0}));
        GeoDataException e = assertThrows(GeoDataException.class, () -> CropMix.parse("crops.csv",
                "area,grain,cotton,jujube,fruit,source\nHotan,0.5,0.5,0.5,0,x\n"));
        assertTrue(e.getMessage().contains("crops.csv"), e.getMessage());
    }

    /** 003 ~1555: fruit over 30% of farm income round the Tarim rim, over half in the key fruit counties. */
    @Test
    void everyFarmCountyHasItsMixAndTheKeyFruitCountiesOverHalf() {
        for (Town t : model.belt().towns()) {
            if (t.villages().isEmpty()) continue;
            CropMix mix = model.farm().mix(t.index());
            if (!t.getPrefecture().equals("Kizilsu")) assertTrue(mix.treeShare() >= 0.3 - 1e-9, t.id());
        }
        Map<String, CropMix> table = CropMix.loadDefault();
        for (String key : new String[]{"luopu", "moyu", "cele", "pishan", "wushi"}) {
            assertTrue(table.get(key).treeShare() > 0.5, key);
        }
    }

    @Test
    void pricePathIsFixedBySeedAndStartsOnTrend() {
        ParamValues p = new ParamValues();
        CropPrices a = new CropPrices(7), b = new CropPrices(7), other = new CropPrices(8);
        Conditions c = new Conditions();
        double[] pa = new double[5], pb = new double[5], po = new double[5];
        for (int month = 0; month < 60; month++) {
            c.advance(month, p);
            a.advance(c, p);
            b.advance(c, p);
            other.advance(c, p);
            if (month == 0) for (Crop crop : Crop.values()) assertEquals(1, a.price(crop, p), 1e-12);
            if (month % 12 == 0) {
                pa[month / 12] = a.price(Crop.JUJUBE, p);
                pb[month / 12] = b.price(Crop.JUJUBE, p);
                po[month / 12] = other.price(Crop.JUJUBE, p);
            }
        }
        assertEquals(java.util.Arrays.toString(pa), java.util.Arrays.toString(pb));
        assertNotEquals(java.util.Arrays.toString(pa), java.util.Arrays.toString(po));
    }

    @Test
    void withoutVolatilityPricesStayOnTrendAndShocksMultiply() {
        ParamValues p = new ParamValues();
        p.set(ParamSchema.FIELD_PRICE_VOLATILITY, 0);
        p.set(ParamSchema.FRUIT_PRICE_VOLATILITY, 0);
        CropPrices prices = new CropPrices(1);
        Conditions c = new Conditions();
        for (int month = 0; month < 40; month++) {
            c.advance(month, p);
            prices.advance(c, p);
        }
        for (Crop crop : Crop.values()) assertEquals(1, prices.price(crop, p), 1e-12);
        p.set(ParamSchema.JUJUBE_PRICE, 0.6);
        assertEquals(0.6, prices.price(Crop.JUJUBE, p), 1e-12);
        assertEquals(1, prices.price(Crop.FRUIT, p), 1e-12);
    }

    /** 003 ~1560: poor households' yields about 30% below the others'; orchard upgrading closes it, training steps toward it. */
    @Test
    void programmesCloseThePoorHouseholdsYieldGap() {
        Households hh = new Households(2);
        hh.set(0, Households.REGISTERED_2015, true);
        FarmYields y = new FarmYields(hh, 0.3);
        assertEquals(0.7, y.treeYield(0), 1e-6);
        assertEquals(1, y.treeYield(1), 1e-6);
        assertEquals(1, y.treeGain(0), 1e-6);
        y.train(0, 0.12);
        assertEquals(0.82, y.fieldYield(0), 1e-6);
        assertEquals(0.82 / 0.7, y.fieldGain(0), 1e-6);
        y.improveOrchard(0);
        assertEquals(1 / 0.7, y.treeGain(0), 1e-6);
        assertTrue(y.lags(0));
        y.train(0, 0.5);
        assertEquals(1, y.fieldYield(0), 1e-6);
        y.train(1, 0.12);
        assertEquals(1, y.fieldYield(1), 1e-6); // never above the others'
    }

    /** January 2015: every household's land earns what the initialisation gave it (prices on trend, yields as at the start). */
    @Test
    void revenueIsOneAtTheStart() {
        BeltModel m = TestRuns.model(5, TestRuns.baseline("run.scale", "1000", "run.months", "1"));
        m.start();
        m.schedule.step(m);
        for (int h = 0; h < m.belt().households().size(); h++) assertEquals(1, m.farm().revenue(h), 1e-6);
    }

    /**
     * A greenhouse adds its income to the household's farm income while a member farms it (30% with
     * none), so it enters what the last farmer gives up by taking a job (the fallback of §7.2.3).
     */
    @Test
    void greenhouseIsPartOfWhatTheLastFarmerGivesUp() {
        ParamValues p = model.params();
        Conditions c = model.conditions();
        FarmSide farm = model.farm();
        Households hh = model.belt().households();
        int h = 0;
        while (hh.members(h) == 0 || model.isUrban(h) || farm.plots().hasGreenhouse(h)) h++;
        double before1 = FarmIncome.monthly(farm, h, 1, p, c), before0 = FarmIncome.monthly(farm, h, 0, p, c);
        farm.plots().addGreenhouse(h);
        double g = p.get(ParamSchema.GREENHOUSE_INCOME) * c.farmIndex() / 12;
        assertEquals(before1 + g, FarmIncome.monthly(farm, h, 1, p, c), 1e-6);
        assertEquals(before0 + 0.3 * g, FarmIncome.monthly(farm, h, 0, p, c), 1e-6);
        assertEquals((before1 - before0) + 0.7 * g, FarmIncome.marginal(farm, h, 1, p, c), 1e-6);
    }

    /**
     * The job choice's fallback reads the new farm income (§7.2.3): on the same state, a jujube slump
     * lowers what a Luopu farmer whose work the land needs gives up by taking a job, and leaves that of
     * a surplus farmer (no marginal farm income) as it was.
     */
    @Test
    void slumpLowersTheFallbackOfFarmersTheLandNeeds() {
        BeltModel m = TestRuns.model(4, TestRuns.baseline("run.scale", "1000", "run.months", "3"));
        m.start();
        for (int t = 0; t < 2; t++) m.schedule.step(m);
        int luopu = m.belt().geography().byId("luopu").index();
        org.sxbelt.agents.Persons ps = m.belt().persons();
        double[] normal = new double[ps.size()];
        for (int q = 0; q < ps.size(); q++) {
            if (ps.isAlive(q) && ps.status(q) == org.sxbelt.agents.Status.FARMING && m.countyOf(q) == luopu) normal[q] = m.laborMarket().fallback(m, q);
        }
        m.params().set(ParamSchema.JUJUBE_PRICE, 0.6);
        m.farm().advance(m.conditions(), m.params());
        int lower = 0, same = 0;
        for (int q = 0; q < ps.size(); q++) {
            if (normal[q] == 0) continue;
            double slump = m.laborMarket().fallback(m, q);
            assertTrue(slump <= normal[q] + 1e-9, "person " + q);
            if (slump < normal[q] - 1e-9) lower++;
            else same++;
        }
        assertTrue(lower > 0 && same > 0, lower + " lower, " + same + " unchanged");
    }
}
