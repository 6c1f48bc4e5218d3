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
public final class FirmFactory implements java.io.Serializable {

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
        Firm f = create(k, origin, town, null, null, realWorkers, firms, space, model.month(),
                Upgrading.of(model.params(), model.conditions().wageIndex()));
        town.firmOpened(f);
        boolean relocated = f.isRelocated();
        log(f, relocated ? FirmEvent.Type.RELOCATION : FirmEvent.Type.ENTRY,
                relocated ? "relocated from " + origin : "founded locally", realWorkers);
        return f;
    }

    /**
     * {@code firms} real park firms of {@code realWorkers} each join {@code host}, an agent firm of
     * their industry in their town, which now stands for them too ({@link SuperFirm}): their space,
     * their start-up cash and their workers as agent places, rounded stochastically so that expected
     * jobs are right. Logged as an opening (entry or relocation) of the host's id standing for them.
     */
    public void join(Firm host, String origin, int firms, double realWorkers) {
        double allWorkers = firms * realWorkers;
        takeIn(host, firms, allWorkers, allWorkers * model.params().get(SPACE_PER_WORKER), false);
        boolean relocated = !SourceRegion.LOCAL.equals(origin) && !SourceRegion.XPCC.equals(origin);
        log(host, relocated ? FirmEvent.Type.RELOCATION : FirmEvent.Type.ENTRY, firms, (int) Math.round(allWorkers), null,
                (relocated ? "relocated from " + origin : "founded locally") + ", joined agent firm " + host.id());
    }

    /**
     * {@code firms} real park firms of the initial state, of {@code realWorkers} each and taking
     * {@code space} m2, join {@code host}, an agent firm of the initial state of their industry in its
     * town, and count among its founders; no event is logged (see {@link InitialEconomy}).
     */
    void joinExisting(Firm host, int firms, double realWorkers, double space) {
        takeIn(host, firms, firms * realWorkers, space, true);
    }

    /**
     * {@code host} takes in {@code firms} real firms of {@code allWorkers} workers in all and {@code space}
     * m2: their workers as agent places (rounded stochastically), their space and start-up cash, counted
     * among its founders when {@code asFounders}.
     */
    private void takeIn(Firm host, int firms, double allWorkers, double space, boolean asFounders) {
        int places = model.stochasticRound(allWorkers / model.belt().scale());
        double cash = startCash(host.industry(), allWorkers, false);
        if (asFounders) host.absorbFounders(firms, places, space, cash);
        else host.absorb(firms, places, space, cash);
        host.town().firmJoined(host, firms, space);
    }

    /**
     * An agent park firm standing for {@code firms} real firms that were already there when the run
     * starts, opened in model month {@code openedMonth} (before 0), taking {@code space} m2: part of the
     * initial state, so no event is logged (see {@link InitialEconomy}).
     */
    Firm openExisting(Industry k, String origin, Town town, double realWorkers, int firms, double space, int openedMonth) {
        Firm f = create(k, origin, town, null, null, realWorkers, firms, space, openedMonth, Upgrading.NONE);
        town.firmOpened(f);
        return f;
    }

    /** An agent workshop standing for {@code firms} real village workshops of {@code realWorkers} each. */
    public Firm openWorkshop(Industry k, Village v, double realWorkers, int firms) {
        Firm f = create(k, SourceRegion.LOCAL, v.town(), v, null, realWorkers, firms, 0, model.month(),
                Upgrading.of(model.params(), model.conditions().wageIndex()));
        v.workshops().add(f);
        log(f, FirmEvent.Type.ENTRY, "village workshop built by government", realWorkers);
        return f;
    }

    /** Satellite workshops of {@code hq}: {@code firms} real ones of {@code realWorkers} each. */
    public Firm openSatellite(Firm hq, Village v, double realWorkers, int firms) {
        Firm f = create(hq.industry(), hq.getOrigin(), hq.town(), v, hq, realWorkers, firms, 0, model.month(),
                Upgrading.of(model.params(), model.conditions().wageIndex()));
        v.workshops().add(f);
        hq.satelliteOpened();
        log(f, FirmEvent.Type.SATELLITE, "satellite of firm " + hq.id(), realWorkers);
        return f;
    }

    private Firm create(Industry k, String origin, Town town, Village village, Firm hq, double realWorkers,
                        int firms, double space, int openedMonth, Upgrading up) {
        ParamValues p = model.params();
        Belt belt = model.belt();
        int scale = belt.scale();
        double allWorkers = firms * realWorkers;
        // At least one place: SuperFirm.kept has already thinned groups worth less than one by their fraction.
        double wIdx = model.conditions().wageIndex();
        // Upgraded equipment: the same orders (the firm's size in workers before upgrading) need fewer
        // workers. Firms of the initial economy (opened before 2015) predate any upgrading policy.
        allWorkers /= up.outputPerWorker();
        int capacity = allWorkers >= scale ? model.stochasticRound(allWorkers / scale) : 1;
        double va = k.valueAdded();
        double sd = p.get(PRODUCTIVITY_DISPERSION);
        double ceiling = p.get(MAX_LOCAL_PRODUCTIVITY) * Math.exp(sd * model.random.nextGaussian() - sd * sd / 2);
        double cash = startCash(k, allWorkers, village != null);
        Firm f = Firm.builder().id(belt.nextFirmId()).industry(k).origin(origin).town(town).village(village)
                .headquarters(hq).openedMonth(openedMonth).capacity(capacity).space(space).cash(cash)
                .productivityCeiling(ceiling).valueAdded(va).represents(firms)
                .upgraded(up.outputPerWorker(), up.capitalPerPlace(), up.skilledHiresOnly()).build();
        f.setOrders(FirmEconomics.demandFactor(k, town, p, model.localDemand(), model.donorPurchases()));
        belt.register(f);
        return f;
    }

    /** Start-up cash: months of wages and overheads of {@code realWorkers}, half for a village workshop. */
    private double startCash(Industry k, double realWorkers, boolean village) {
        ParamValues p = model.params();
        double wIdx = model.conditions().wageIndex();
        double va = k.valueAdded();
        double monthlyCost = realWorkers * (p.get(WAGE_FLOOR) * wIdx + p.get(OVERHEAD_SHARE) * va * wIdx);
        return p.get(START_CASH_MONTHS) * monthlyCost * (village ? 0.5 : 1);
    }

    private void log(Firm f, FirmEvent.Type type, String note, double realWorkersEach) {
        log(f, type, f.represents(), (int) Math.round(realWorkersEach * f.represents()), null, note);
    }

    private void log(Firm f, FirmEvent.Type type, int firms, int jobs, ExitReason reason, String note) {
        model.firmEvent(new FirmEvent(model.month(), f.id(), type, f.industry().id(), f.getOrigin(), f.town().id(),
                f.village() == null ? "" : Integer.toString(f.village().getIndex()), firms, jobs, reason, note));
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
        log(f, FirmEvent.Type.EXIT, f.represents(), f.getCapacity() * model.belt().scale(), reason, "");
        if (f.village() == null && f.getSatellites() > 0) {
            for (Firm s : java.util.List.copyOf(model.belt().liveFirms())) {
                if (s.headquarters() == f) close(s, ExitReason.HEADQUARTERS_CLOSED);
            }
        }
    }
}
