package org.sxbelt.model;

import org.sxbelt.agents.Households;
import org.sxbelt.agents.Town;
import org.sxbelt.params.ParamValues;

import java.util.Map;

import static org.sxbelt.params.ParamSchema.COURTYARD_INCOME;
import static org.sxbelt.params.ParamSchema.GREENHOUSE_INCOME;
import static org.sxbelt.params.ParamSchema.POOR_YIELD_GAP;

/**
 * The farm side of the rural economy that moves during a run: what each county grows
 * ({@link CropMix}), crop prices ({@link CropPrices}), household yields ({@link FarmYields}) and the
 * greenhouses and courtyard plots households hold ({@link SidePlots}). {@link FarmIncome} reads it;
 * the farm programmes of {@code policy} change the yields and plots.
 * <p>
 * A household's land earns its 2015 income per mu times {@code revenue(h)}: the county's crop
 * shares, each at this year's price relative to 2015 and at the household's yield relative to its
 * own in 2015, so a fruit county's farms carry the fruit price and an upgraded orchard earns more.
 */
public final class FarmSide implements java.io.Serializable {

    /** A county without farm villages (the gateways): any mix does, none of its land is farmed. */
    private static final CropMix GRAIN_ONLY = new CropMix(new double[]{1, 0, 0, 0});

    private final CropMix[] mixes;
    private final CropPrices prices;
    private final FarmYields yields;
    private final SidePlots plots;
    /** Per county this month: price-weighted crop shares of field crops and of tree crops. */
    private final double[] fieldValue;
    private final double[] treeValue;
    private final Belt belt;

    FarmSide(Belt belt, Map<String, CropMix> mixTable, long seed, ParamValues p) {
        this.belt = belt;
        int towns = belt.towns().size();
        mixes = new CropMix[towns];
        for (Town t : belt.towns()) {
            mixes[t.index()] = t.county().isGateway() || t.villages().isEmpty() ? GRAIN_ONLY
                    : CropMix.of(mixTable, t.id(), t.getPrefecture());
        }
        prices = new CropPrices(seed);
        yields = new FarmYields(belt.households(), p.get(POOR_YIELD_GAP));
        plots = new SidePlots(belt.households().size());
        fieldValue = new double[towns];
        treeValue = new double[towns];
    }

    /** This month's prices (new ones each January) and the county values that follow from them. */
    void advance(Conditions c, ParamValues p) {
        prices.advance(c, p);
        for (int t = 0; t < mixes.length; t++) {
            double field = 0, tree = 0;
            for (Crop crop : Crop.values()) {
                double v = mixes[t].share(crop) * prices.price(crop, p);
                if (crop.isTree()) tree += v;
                else field += v;
            }
            fieldValue[t] = field;
            treeValue[t] = tree;
        }
    }

    /** Household h's land income this month relative to its 2015 income (prices and yields, 1 at the start). */
    public double revenue(int h) {
        int t = belt.townOfHousehold(h);
        return fieldValue[t] * yields.fieldGain(h) + treeValue[t] * yields.treeGain(h);
    }

    /** Monthly greenhouse income of household h with {@code farmers} farming (30% of it with none). */
    double greenhouse(int h, int farmers, ParamValues p, Conditions c) {
        if (!plots.hasGreenhouse(h)) return 0;
        return p.get(GREENHOUSE_INCOME) * c.farmIndex() * Math.min(1, Math.max(farmers, FarmIncome.FALLBACK_LABOUR)) / 12;
    }

    /** Monthly courtyard-plot income of household h. */
    double courtyard(int h, ParamValues p, Conditions c) {
        return plots.hasCourtyard(h) ? p.get(COURTYARD_INCOME) * c.farmIndex() / 12 : 0;
    }

    public CropMix mix(int town) { return mixes[town]; }
    public CropPrices prices() { return prices; }
    public FarmYields yields() { return yields; }
    public SidePlots plots() { return plots; }
    public Households households() { return belt.households(); }
}
