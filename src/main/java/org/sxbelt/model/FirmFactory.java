package org.sxbelt.model;

import org.sxbelt.agents.ExitReason;
import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.SourceRegion;
import org.sxbelt.agents.Town;
import org.sxbelt.agents.Village;
import org.sxbelt.params.ParamValues;

import static org.sxbelt.params.ParamSchema.*;

/**
 * Opens firms of every kind and logs the event: relocated park firms, locally founded firms,
 * government-built village workshops and park firms' satellite workshops. An agent firm may stand
 * for several real firms of the same size ({@link SuperFirm}); its capacity, space and cash are those
 * of all of them, and capacity is converted to agents with stochastic rounding, so expected jobs are
 * right at any scale.
 */
public final class FirmFactory {

    private final BeltModel model;

    public FirmFactory(BeltModel model) {
        this.model = model;
    }

    /** One real park firm of {@code realWorkers}. */
    public Firm openInPark(Industry k, String origin, Town town, double realWorkers) {
        return openInPark(k, origin, town, realWorkers, 1);
    }

    /** An agent park firm standing for {@code firms} real firms of {@code realWorkers} each. */
    public Firm openInPark(Industry k, String origin, Town town, double realWorkers, int firms) {
        double space = firms * realWorkers * model.params().get(SPACE_PER_WORKER);
        Firm f = create(k, origin, town, null, null, realWorkers, firms, space, model.month());
        town.firmOpened(f);
        boolean relocated = f.isRelocated();
        log(f, relocated ? FirmEvent.Type.RELOCATION : FirmEvent.Type.ENTRY,
                relocated ? "relocated from " + origin : "founded locally", realWorkers);
        return f;
    }

    /**
     * An agent park firm standing for {@code firms} real firms that were already there when the run
     * starts, opened in model month {@code openedMonth} (before 0): part of the initial state, so no
     * event is logged (see {@link InitialEconomy}).
     */
    Firm openExisting(Industry k, String origin, Town town, double realWorkers, int firms, int openedMonth) {
        double space = firms * realWorkers * model.params().get(SPACE_PER_WORKER);
        Firm f = create(k, origin, town, null, null, realWorkers, firms, space, openedMonth);
        town.firmOpened(f);
        return f;
    }

    /** An agent workshop standing for {@code firms} real village workshops of {@code realWorkers} each. */
    public Firm openWorkshop(Industry k, Village v, double realWorkers, int firms) {
        Firm f = create(k, SourceRegion.LOCAL, v.town(), v, null, realWorkers, firms, 0, model.month());
        v.workshops().add(f);
        log(f, FirmEvent.Type.ENTRY, "village workshop built by government", realWorkers);
        return f;
    }

    /** Satellite workshops of {@code hq}: {@code firms} real ones of {@code realWorkers} each. */
    public Firm openSatellite(Firm hq, Village v, double realWorkers, int firms) {
        Firm f = create(hq.industry(), hq.getOrigin(), hq.town(), v, hq, realWorkers, firms, 0, model.month());
        v.workshops().add(f);
        hq.satelliteOpened();
        log(f, FirmEvent.Type.SATELLITE, "satellite of firm " + hq.id(), realWorkers);
        return f;
    }

    private Firm create(Industry k, String origin, Town town, Village village, Firm hq, double realWorkers,
                        int firms, double space, int openedMonth) {
        ParamValues p = model.params();
        Belt belt = model.belt();
        int scale = belt.scale();
        double allWorkers = firms * realWorkers;
        // At least one place: SuperFirm.kept has already thinned groups worth less than one by their fraction.
        int capacity = allWorkers >= scale ? model.stochasticRound(allWorkers / scale) : 1;
        double up = 1 + p.get(UPGRADING);
        double va = k.valueAdded() * up;
        double sd = p.get(PRODUCTIVITY_DISPERSION);
        double ceiling = p.get(MAX_LOCAL_PRODUCTIVITY) * up * Math.exp(sd * model.random.nextGaussian() - sd * sd / 2);
        double wIdx = model.conditions().wageIndex();
        double monthlyCost = allWorkers * (p.get(WAGE_FLOOR) * wIdx + p.get(OVERHEAD_SHARE) * va * wIdx);
        double cash = p.get(START_CASH_MONTHS) * monthlyCost * (village == null ? 1 : 0.5);
        Firm f = Firm.builder().id(belt.nextFirmId()).industry(k).origin(origin).town(town).village(village)
                .headquarters(hq).openedMonth(openedMonth).capacity(capacity).space(space).cash(cash)
                .productivityCeiling(ceiling).valueAdded(va).represents(firms).build();
        f.setOrders(FirmEconomics.demandFactor(k, town, p, model.localDemand()));
        belt.register(f);
        return f;
    }

    private void log(Firm f, FirmEvent.Type type, String note, double realWorkersEach) {
        log(f, type, (int) Math.round(realWorkersEach * f.represents()), null, note);
    }

    private void log(Firm f, FirmEvent.Type type, int jobs, ExitReason reason, String note) {
        model.firmEvent(new FirmEvent(model.month(), f.id(), type, f.industry().id(), f.getOrigin(), f.town().id(),
                f.village() == null ? "" : Integer.toString(f.village().getIndex()), f.represents(), jobs, reason, note));
    }

    /**
     * Closes a firm: workers are laid off (commuters go home, those who lived away may stay in town to
     * search), space is freed, satellites of a closing HQ close too.
     */
    public void close(Firm f, ExitReason reason) {
        if (!f.isAlive()) return;
        String why = "firm closed: " + reason.id();
        while (!f.workers().isEmpty()) model.laborMarket().layOff(model, f.workers().get(f.workers().size() - 1), why);
        f.close(model.month(), reason);
        if (f.village() == null) f.town().firmClosed(f); else f.village().workshops().remove(f);
        model.belt().unregister(f);
        log(f, FirmEvent.Type.EXIT, f.getCapacity() * model.belt().scale(), reason, "");
        if (f.village() == null && f.getSatellites() > 0) {
            for (Firm s : java.util.List.copyOf(model.belt().liveFirms())) {
                if (s.headquarters() == f) close(s, ExitReason.HEADQUARTERS_CLOSED);
            }
        }
    }
}
