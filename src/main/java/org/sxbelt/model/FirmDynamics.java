package org.sxbelt.model;

import ec.util.MersenneTwisterFast;
import org.sxbelt.agents.ExitReason;
import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Village;
import org.sxbelt.params.ParamValues;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.List;

import static org.sxbelt.params.ParamSchema.*;

/**
 * Firms' accounts after production ({@link FirmAccounts}), then exit, growth and satellite opening.
 * A firm closes when its cash runs out, when it has had no worker for {@link #monthsWithoutWorkersAllowed}
 * months in a row (it would hold space or a village's slot for nothing), or after a run of losses
 * once support has ended.
 * Orders for next month follow industry shocks with firm-level noise.
 */
public final class FirmDynamics implements Steppable {

    private static final long serialVersionUID = 1L;
    private static final double EXPANSION_CHANCE = 0.03;
    /** Growth of a thriving firm when it expands, as a share of its workforce. */
    private static final double EXPANSION_SHARE = 0.15;
    private static final double SATELLITE_CHANCE = 0.04;
    private static final int SATELLITE_MIN_AGE = 6;
    /** Months in a row a firm may end without a single worker before it gives up (hiring takes a month or two). */
    static final int MAX_MONTHS_WITHOUT_WORKERS = 3;

    @Override
    public void step(SimState state) {
        BeltModel m = (BeltModel) state;
        Belt belt = m.belt();
        ParamValues p = m.params();
        int month = m.month();
        List<Firm> closing = new ArrayList<>();
        List<ExitReason> reasons = new ArrayList<>();
        for (Firm f : belt.liveFirms()) {
            SubsidySchedule.Statement st = FirmAccounts.settle(m, f);
            double s = SubsidySchedule.intensity(f, month, p);
            f.recordProfit(st.profit(), st.paidSupport());
            f.recordStaffing();
            ExitReason reason = exitReason(f, s, month, p);
            if (reason != null) {
                closing.add(f);
                reasons.add(reason);
            }
        }
        for (int i = 0; i < closing.size(); i++) m.firmFactory().close(closing.get(i), reasons.get(i));
        for (Firm f : List.copyOf(belt.liveFirms())) {
            updateOrders(f, p, m);
            grow(m, f);
        }
    }

    /** Why {@code f} closes this month, or null if it stays; {@code support} is its subsidy intensity. */
    static ExitReason exitReason(Firm f, double support, int month, ParamValues p) {
        int sinceEnd = f.ageMonths(month) - SubsidySchedule.endAge(p);
        boolean afterSupport = support == 0 && sinceEnd >= 0 && sinceEnd < 24;
        if (f.getCash() < 0) return afterSupport ? ExitReason.CASH_RAN_OUT_AFTER_SUPPORT : ExitReason.CASH_RAN_OUT;
        if (f.monthsWithoutWorkers() >= monthsWithoutWorkersAllowed(f)) return ExitReason.NO_WORKERS;
        if (support == 0 && f.getLossStreak() >= p.getInt(PATIENCE_MONTHS) * placesFactor(f)) {
            if (f.getOrders() < 0.8) return ExitReason.ORDERS_COLLAPSED;
            return afterSupport ? ExitReason.LOSSES_AFTER_SUPPORT : ExitReason.PERSISTENT_LOSSES;
        }
        return null;
    }

    /**
     * Months in a row {@code f} may end without a worker before it closes: {@link #MAX_MONTHS_WITHOUT_WORKERS}
     * for a firm of at least {@link SuperFirm#MIN_AGENT_WORKERS} agent places, longer for one of fewer.
     * The rule is evidence that the firm cannot staff itself, and an empty month is weaker evidence the
     * fewer places it has: at 1:100 an agent firm of one place stands for a real firm of some 70 workers,
     * and its having no agent worker means only that fewer than about half a place's worth are there.
     * The window holds as many empty place-months as a firm of the minimum size needs
     * ({@code MAX x ceil(MIN / places)}: 12 months for one place, 6 for two or three), so that the
     * hazard of this exit does not grow as the scale coarsens. At 1:1 every firm has at least the
     * minimum and nothing changes.
     */
    static int monthsWithoutWorkersAllowed(Firm f) {
        return MAX_MONTHS_WITHOUT_WORKERS * placesFactor(f);
    }

    /**
     * How many times longer than a firm of at least {@link SuperFirm#MIN_AGENT_WORKERS} agent places
     * {@code f} is watched before a run of empty or loss-making months closes it:
     * {@code ceil(MIN / places)}, 1 for such a firm and at 1:1. An agent firm of few places hires,
     * loses and trains its workers in lumps of a place each (at 1:100 a one-place firm's whole
     * workforce is one agent on the learning curve, who quits at once), so its months swing more than
     * those of the real firms it stands for; without the longer window the small agent firms of the
     * coarse scales closed for losses three times as often as the same firms at 1:10.
     */
    static int placesFactor(Firm f) {
        int places = Math.max(1, f.getCapacity());
        return (SuperFirm.MIN_AGENT_WORKERS + places - 1) / places;
    }

    private static void updateOrders(Firm f, ParamValues p, BeltModel m) {
        double noise = f.orderNoise() * 0.8 + p.get(ORDER_VOLATILITY) * m.random.nextGaussian();
        f.setOrderNoise(noise);
        double demand = FirmEconomics.demandFactor(f.industry(), f.town(), p, m.localDemand(), m.donorPurchases());
        f.setOrders(Math.max(0, demand * (1 + noise)));
    }

    private void grow(BeltModel m, Firm f) {
        ParamValues p = m.params();
        MersenneTwisterFast rng = m.random;
        boolean thriving = f.getLastProfit() > 0 && f.getWorkerCount() >= 0.9 * f.targetWorkforce()
                && f.ageMonths(m.month()) >= 12;
        if (!thriving) return;
        int scale = m.belt().scale();
        if (f.village() == null && rng.nextDouble() < EXPANSION_CHANCE) expand(m, f);
        if (f.village() == null && p.is(SATELLITES) && f.industry().satelliteCapable()
                && f.ageMonths(m.month()) >= SATELLITE_MIN_AGE) {
            // Each real firm f stands for opens one with SATELLITE_CHANCE; an agent satellite stands
            // for `firms` of them, so it opens with 1/firms of that chance (capped at one a month).
            double chance = Math.min(1, SATELLITE_CHANCE * f.represents());
            if (rng.nextDouble() < chance) {
                Village v = pickSatelliteVillage(m, f);
                double size = p.get(WORKSHOP_SIZE);
                int firms = v == null ? 0 : SuperFirm.fitting(size, scale, v.workshopRoom());
                if (firms > 0 && SuperFirm.kept(rng, firms, size, scale)) m.firmFactory().openSatellite(f, v, size, firms);
            }
        }
    }

    /**
     * A thriving park firm grows by {@link #EXPANSION_SHARE} of its workforce (each real firm it
     * stands for by at least one worker) where the park has room. The places added are rounded
     * stochastically, so that expected real growth does not depend on the scale: a one-place agent
     * firm at 1:100 grows by a whole place with chance 0.15, not by 100 real workers at once.
     */
    private static void expand(BeltModel m, Firm f) {
        int scale = m.belt().scale();
        double addReal = Math.max(f.represents(), EXPANSION_SHARE * f.getCapacity() * scale);
        int places = m.stochasticRound(addReal / scale);
        double space = places * (double) scale * m.params().get(SPACE_PER_WORKER);
        if (places == 0 || f.town().freeSpace(f.industry()) < space) return;
        f.setCapacity(f.getCapacity() + places);
        f.setTargetWorkforce(f.getCapacity());
        f.addSpace(space);
        f.town().occupy(f.industry(), space);
    }

    /** A village within reach of the firm's town without a workshop yet; poor villages first. */
    private static Village pickSatelliteVillage(BeltModel m, Firm f) {
        double radius = m.params().get(SATELLITE_RADIUS_KM);
        Village best = null;
        double bestScore = -1;
        for (Village v : f.town().villages()) {
            if (!v.canHostWorkshop() || v.getKmToTown() > radius) continue;
            double score = (v.isPoorVillage() ? 2 : 1) * v.householdCount() * (0.5 + m.random.nextDouble());
            if (score > bestScore) {
                bestScore = score;
                best = v;
            }
        }
        return best;
    }
}
