package org.sxbelt.model;

import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Town;
import org.sxbelt.params.ParamValues;

import static org.sxbelt.params.ParamSchema.*;

/**
 * Cost structure shared by a firm's monthly accounts and a relocating firm's expected margin, so
 * the two cannot drift apart. All shares are of value added.
 */
public final class FirmEconomics {

    /** Village workshops move goods once more (to the HQ or a collection point). */
    static final double VILLAGE_FREIGHT_MARKUP = 1.15;
    /** Towns off the trunk roads pay more per tonne-km. */
    static final double OFF_TRUNK_MARKUP = 1.2;

    private FirmEconomics() {}

    /**
     * Freight as a share of value added ("both ends outside"); firms processing farm products grown
     * near the town ship only one end in (towns as collection and processing hubs); those that sell
     * online pay less for reaching their buyers ({@link ECommerce}). Declaring exports at the nearest
     * customs point adds its cost ({@link CustomsClearance}).
     */
    public static double freightShare(Industry k, Town t, boolean village, ParamValues p) {
        double localInputs = k.usesLocalInputs() ? 1 - p.get(LOCAL_INPUT_SAVING) * t.getRawMaterialBase() : 1;
        return p.get(LOGISTICS_SHARE) * k.freightIntensity() * t.getRemoteness() * localInputs
                * (t.isOnTrunkRoad() ? 1 : OFF_TRUNK_MARKUP) * p.get(LOGISTICS_FACTOR)
                * (village ? VILLAGE_FREIGHT_MARKUP : 1) * ECommerce.freightFactor(k, village, p)
                + CustomsClearance.costShare(k, t, p);
    }

    /** Orders from outside the belt relative to capacity, for an industry under the current shocks. */
    public static double outsideDemandFactor(Industry k, ParamValues p) {
        double export = 1 - k.exportShare() * (1 - p.get(EXPORT_DEMAND));
        return Math.max(0, export * (1 - Sanctions.orderLoss(k, p)));
    }

    /**
     * Orders relative to capacity of a firm of {@code k} in town {@code t}: the share sold outside the belt
     * at the outside demand of the shocks, plus what the belt's own towns buy from it ({@link LocalDemand}),
     * plus what the counterpart provinces buy from it as consumption aid ({@link DonorPurchases}).
     */
    public static double demandFactor(Industry k, Town t, ParamValues p, LocalDemand local, DonorPurchases donors) {
        return (1 - p.get(LOCAL_SHARE)) * outsideDemandFactor(k, p) + local.orders(k, t, p) + donors.orders(k, t);
    }

    /** Mean productivity over the planning horizon on the learning curve, relative to eastern workers. */
    public static double plannedProductivity(ParamValues p, double ceiling) {
        return plannedProductivity(p, ceiling, 1);
    }

    /** As {@link #plannedProductivity(ParamValues, double)}, learning {@code speed} times as fast. */
    public static double plannedProductivity(ParamValues p, double ceiling, double speed) {
        double start = Math.min(ceiling, p.get(NEW_WORKER_PRODUCTIVITY));
        double tau = p.get(LEARNING_MONTHS) / speed;
        double h = SubsidySchedule.PLANNING_MONTHS;
        return ceiling - (ceiling - start) * tau / h * (1 - Math.exp(-h / tau));
    }

    /**
     * Expected profit margin (share of value added) of a new park firm of industry k in town t,
     * opening this month: the mean over the planning horizon of the month's statement by
     * {@link SubsidySchedule#settle} on the planned bases, with support and tax as currently offered
     * (each instrument's horizon counted from opening or by the calendar, as it says), in a town with
     * nothing in it yet.
     */
    public static double expectedMargin(Industry k, Town t, ParamValues p, Conditions c) {
        return expectedMargin(k, t, p, c.month(), LocalCosts.NONE);
    }

    /** As {@link #expectedMargin(Industry, Town, ParamValues, Conditions)}, with the town's own learning, wage and rent. */
    public static double expectedMargin(Industry k, Town t, ParamValues p, Conditions c, LocalCosts local) {
        return expectedMargin(k, t, p, c.month(), local);
    }

    /** {@link #expectedMargin(Industry, Town, ParamValues, Conditions)} for a firm opening in {@code month}. */
    public static double expectedMargin(Industry k, Town t, ParamValues p, int month) {
        return expectedMargin(k, t, p, month, LocalCosts.NONE);
    }

    /** The expected margin of a firm opening in {@code month}, with the town's own learning, wage and rent. */
    public static double expectedMargin(Industry k, Town t, ParamValues p, int month, LocalCosts local) {
        return PlannedMargin.of(k, p, month, plannedBases(k, t, p, 0, local));
    }

    /** As {@link #expectedMargin(Industry, Town, ParamValues, int, LocalCosts)}, with the opening month's support levels. */
    static double expectedMargin(Industry k, Town t, ParamValues p, PlannedMargin.Levels levels, LocalCosts local) {
        return PlannedMargin.of(k, p, levels, plannedBases(k, t, p, 0, local));
    }

    /**
     * Bases per yuan of value added that a new park firm plans with at age {@code a}: mean
     * productivity over the horizon, full staffing hired trained in the first month (turnover is not
     * foreseen), the opening loan repaid in equal instalments.
     */
    static FirmBases plannedBases(Industry k, Town t, ParamValues p, int a, LocalCosts local) {
        Upgrading up = Upgrading.of(p, 1);
        double ceiling = p.get(MAX_LOCAL_PRODUCTIVITY);
        double va = k.valueAdded();
        double prod = plannedProductivity(p, ceiling, local.learningSpeed()) * up.outputPerWorker();
        double workers = 1 / (va * prod);
        double labour = Math.max(p.get(PIECE_RATE_SHARE), p.get(WAGE_FLOOR) * (1 + local.wagePremium()) * workers);
        double rent = p.get(RENT_PER_M2) * local.rentFactor() * p.get(SPACE_PER_WORKER) * workers;
        double loan = p.get(CREDIT_WAGE_MONTHS) * p.get(WAGE_FLOOR) * workers;
        return new FirmBases(1, labour, freightShare(k, t, false, p), rent, p.get(OVERHEAD_SHARE) / prod, workers,
                a == 0 ? workers : 0, loan * Math.max(0, 1 - (double) a / p.getInt(CREDIT_MONTHS)), 1,
                up.monthlyChargePerPlace(p) * workers);
    }

    /** Depreciation and interest on a firm's upgraded equipment this month, real yuan (0 without). */
    public static double capitalCharge(Firm f, ParamValues p, int scale) {
        return new Upgrading(f.outputPerWorker(), f.capitalPerPlace(), f.skilledHiresOnly()).monthlyChargePerPlace(p)
                * f.getCapacity() * scale;
    }

    /** Fixed monthly overhead of a firm in real yuan. */
    public static double overhead(Firm f, ParamValues p, int scale, double wageIndex) {
        return p.get(OVERHEAD_SHARE) * f.valueAdded() * wageIndex * f.getCapacity() * scale
                * (f.village() == null ? 1 : 0.5);
    }
}
