package org.sxbelt.model;

import org.sxbelt.agents.DistantMarket;
import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Households;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Persons;
import org.sxbelt.agents.Status;
import org.sxbelt.agents.Town;
import org.sxbelt.params.ParamValues;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.Arrays;
import java.util.List;

import static org.sxbelt.params.ParamSchema.*;

/**
 * Production and pay. A worker's output, relative to an experienced eastern worker, rises with
 * tenure from a low start toward a ceiling (learning by doing); training and skill raise the start.
 * Piece rates pay a fixed share of the value added, so low productivity means low pay, cushioned by
 * a guaranteed base wage that the firm bears, bid up where park jobs per resident are high
 * ({@link Congestion}); workers learn faster where their industry already has experienced workers in
 * the town ({@link AgglomerationForces#learningSpeed}). Migrants remit part of their net pay; urban workers
 * earn their town's service wage ({@link ServiceSector}); farmers at home are counted here and paid their farm and
 * side income in {@link HouseholdEconomy}.
 * A village-workshop worker paid less than the reservation wage they took the job at may quit once
 * paid (early enthusiasm, then quits from low skill, low output and low pay); park workers, who
 * came further and were screened harder, are not modelled as quitting for this reason.
 */
public final class Production implements Steppable {

    private static final long serialVersionUID = 1L;
    private static final int TENURE_TABLE = 601;

    private final double[] decay = new double[TENURE_TABLE];
    /** The learning curve's decay by tenure in each town x industry cell (learning spillovers), and the speed it was made for. */
    private double[][] cellDecay = new double[0][];
    private double[] cellSpeed = new double[0];
    private double cellTau = Double.NaN;
    /** The speed each cell's curve in {@link #cellDecay} was made for, and the time constant of {@link #decay}. */
    private double[] tableSpeed = new double[0];
    private double decayTau = Double.NaN;
    /** The base wage's multiple in each town (congestion). */
    private double[] floorFactor = new double[0];
    private double[] firmOutput = new double[0];
    private double[] firmWages = new double[0];
    private double[] firmUtilisation = new double[0];
    /**
     * This month's pay terms of each live firm, read per worker in the pay pass from flat arrays by firm id
     * rather than through the firm object and its town: the base pay at the firm's utilisation, the piece
     * rate per unit of output, the productivity ceiling and equipment multiple, the learning curve, the town
     * and whether the firm is in the town's park.
     */
    private double[] firmBasePay = new double[0];
    private double[] firmPieceRate = new double[0];
    private double[] firmCeiling = new double[0];
    private double[] firmOutputPerWorker = new double[0];
    private double[][] firmDecay = new double[0][];
    private int[] firmTown = new int[0];
    private boolean[] firmInPark = new boolean[0];
    private double[] townWageSum = new double[0];
    private int[] townWorkers = new int[0];
    /** Farmers at home this month per household, counted in the pay pass for the household economy. */
    private int[] farmersAtHome = new int[0];
    /** One ledger per block of persons (see {@link PayLedger}). */
    private PayLedger[] ledgers = new PayLedger[0];
    private final LowPayQuits lowPayQuits = new LowPayQuits();
    private final double meanValueAdded;

    public Production() {
        double w = 0, v = 0;
        for (Industry k : Industry.values()) {
            w += k.relocationWeight();
            v += k.relocationWeight() * k.valueAdded();
        }
        meanValueAdded = v / w;
    }

    @Override
    public void step(SimState state) {
        BeltModel m = (BeltModel) state;
        Belt belt = m.belt();
        int scale = belt.scale();
        prepare(m);
        int towns = belt.towns().size();
        int n = PersonBlocks.count(belt.persons().size());
        PersonBlocks pb = m.personBlocks();
        if (ledgers.length < n || (n > 0 && ledgers[0].blocks() != pb)) {
            ledgers = new PayLedger[n];
            for (int b = 0; b < n; b++) ledgers[b] = new PayLedger(pb, b);
        }
        Rates r = new Rates(m);
        prepareFirms(belt, r);
        lowPayQuits.open(n);
        StatusGroups[] groups = pb.statusGroups();
        pb.forEach(n, (b, w) -> {
            ledgers[b].open(towns, belt.firms().size());
            pay(m, r, b, ledgers[b], groups[w]);
        });
        // Booked in block order, so that every sum is the same whatever the number of threads.
        double[] county = new double[towns * PayLedger.FLOWS];
        for (int b = 0; b < n; b++) {
            ledgers[b].bookInto(belt.households(), farmersAtHome, county, m.observer(), firmOutput, firmWages,
                    townWageSum, townWorkers);
        }
        Accounts acc = m.accounts();
        for (int k = 0; k < towns; k++) {
            int at = k * PayLedger.FLOWS;
            acc.add(k, Flow.INCOME_SERVICES, county[at + PayLedger.SERVICES] * scale);
            acc.add(k, Flow.INCOME_LOCAL_WAGE, county[at + PayLedger.LOCAL_WAGE] * scale);
            acc.add(k, Flow.FIRM_WAGE_BILL, county[at + PayLedger.WAGE_BILL] * scale);
            acc.add(k, Flow.INCOME_REMITTANCE, county[at + PayLedger.REMITTANCE] * scale);
            acc.add(k, Flow.DISTANT_PAY, county[at + PayLedger.DISTANT_PAY] * scale);
        }
        for (Firm f : belt.liveFirms()) {
            int w = f.getWorkerCount();
            f.setMonthTally(firmOutput[f.id()], firmWages[f.id()], w == 0 ? 0 : firmWages[f.id()] / w);
        }
        lowPayQuits.apply(m, n);
        for (Town t : belt.towns()) {
            int k = t.index();
            if (townWorkers[k] > 0) t.setMeanWage(townWageSum[k] / townWorkers[k]);
        }
    }

    /** This month's wages, prices and costs, read once. */
    private static final class Rates {
        final double wIdx, floor, share, remit, escortCut, lowPayQuit, trainerQuitCut, newWorker, training;
        /** The service wage by county ({@link ServiceSector}). */
        final double[] services;
        final double[] distantPay, distantCost;

        Rates(BeltModel m) {
            ParamValues p = m.params();
            wIdx = m.conditions().wageIndex();
            floor = p.get(WAGE_FLOOR) * wIdx;
            share = p.get(PIECE_RATE_SHARE);
            services = new double[m.belt().towns().size()];
            for (int t = 0; t < services.length; t++) services[t] = m.services().wage(p, wIdx, t);
            remit = p.get(REMITTANCE_SHARE);
            escortCut = p.get(ESCORT_COST_CUT);
            lowPayQuit = p.get(LOW_PAY_QUIT_RATE);
            trainerQuitCut = p.get(FIRM_TRAINER_QUIT_CUT);
            newWorker = p.get(NEW_WORKER_PRODUCTIVITY);
            training = p.get(TRAINING_PRODUCTIVITY);
            boolean stoppage = p.is(STOPPAGE);
            List<DistantMarket> markets = m.belt().markets();
            distantPay = new double[markets.size()];
            distantCost = new double[markets.size()];
            for (DistantMarket d : markets) {
                distantPay[d.id()] = stoppage ? 0 : d.wage(p, wIdx);
                distantCost[d.id()] = stoppage ? 0 : d.livingCost(p, wIdx);
            }
        }
    }

    /**
     * Pays one block's persons into its ledger, status by status ({@link StatusGroups}); tenure grows.
     * Who is paid what does not depend on the order; a household's pay is summed status by status.
     */
    private void pay(BeltModel m, Rates r, int b, PayLedger ledger, StatusGroups groups) {
        Belt belt = m.belt();
        Persons ps = belt.persons();
        Households hh = belt.households();
        groups.fill(ps, PersonBlocks.start(b), PersonBlocks.end(b, ps.size()));
        // Farmers away all month or seriously ill earn nothing. A farmer at home is only counted: the
        // household economy pays the household's farm and side income from the count.
        int[] farmers = groups.of(Status.FARMING);
        for (int k = 0, n = groups.size(Status.FARMING); k < n; k++) {
            int i = farmers[k];
            if (!ps.has(i, Persons.SEARCHED_AWAY | Persons.ILL)) ledger.farmerAtHome(hh, ps.household(i), farmersAtHome);
        }
        int[] services = groups.of(Status.SERVICES);
        for (int k = 0, n = groups.size(Status.SERVICES); k < n; k++) {
            int h = ps.household(services[k]);
            int county = belt.townOfHousehold(h);
            double pay = r.services[county];
            ledger.income(hh, h, pay);
            ledger.flow(county, PayLedger.SERVICES, pay);
            ledger.pay(county, Status.SERVICES, pay);
        }
        for (Status s : StatusGroups.LOCAL_WAGE_WORK) {
            int[] workers = groups.of(s);
            for (int k = 0, n = groups.size(s); k < n; k++) payWageWorker(m, r, b, ledger, s, workers[k]);
        }
        for (Status s : StatusGroups.DISTANT_WORK) {
            int[] migrants = groups.of(s);
            for (int k = 0, n = groups.size(s); k < n; k++) {
                int i = migrants[k];
                int h = ps.household(i);
                int county = belt.townOfHousehold(h);
                int d = ps.employer(i);
                double cost = r.distantCost[d] * (ps.has(i, Persons.ESCORTED) ? 1 - r.escortCut : 1);
                double sent = r.remit * Math.max(0, r.distantPay[d] - cost);
                ledger.income(hh, h, sent);
                ledger.flow(county, PayLedger.REMITTANCE, sent);
                ledger.flow(county, PayLedger.DISTANT_PAY, r.distantPay[d]);
                ledger.pay(county, s, r.distantPay[d]);
                ps.setTenure(i, ps.tenure(i) + 1);
            }
        }
    }

    /** This month's pay terms of each live firm (see {@link #firmBasePay}), after {@link #prepare}. */
    private void prepareFirms(Belt belt, Rates r) {
        int firms = firmUtilisation.length;
        if (firmBasePay.length != firms) {
            firmBasePay = new double[firms];
            firmPieceRate = new double[firms];
            firmCeiling = new double[firms];
            firmOutputPerWorker = new double[firms];
            firmDecay = new double[firms][];
            firmTown = new int[firms];
            firmInPark = new boolean[firms];
        }
        for (Firm f : belt.liveFirms()) {
            int id = f.id();
            firmBasePay[id] = r.floor * floorFactor[f.town().index()] * firmUtilisation[id];
            firmPieceRate[id] = r.share * f.valueAdded() * r.wIdx;
            firmCeiling[id] = f.productivityCeiling();
            firmOutputPerWorker[id] = f.outputPerWorker();
            firmDecay[id] = decayOf(f.town().index() * Industry.count() + f.industry().ordinal());
            firmTown[id] = f.town().index();
            firmInPark[id] = f.village() == null;
        }
    }

    /** A workshop or town worker's piece-rate pay (at least the base wage), output and low-pay quit. */
    private void payWageWorker(BeltModel m, Rates r, int b, PayLedger ledger, Status s, int i) {
        Belt belt = m.belt();
        Persons ps = belt.persons();
        int h = ps.household(i);
        int county = belt.townOfHousehold(h);
        int fid = ps.employer(i);
        double ceiling = firmCeiling[fid];
        // output relative to an experienced eastern worker (learning by doing)
        double start = Math.min(ceiling, startingProductivity(r.newWorker, r.training, ps, i));
        double productivity = firmOutputPerWorker[fid]
                * (ceiling - (ceiling - start) * firmDecay[fid][Math.min(TENURE_TABLE - 1, ps.tenure(i))]);
        double out = productivity * firmUtilisation[fid];
        double pay = Math.max(firmBasePay[fid], firmPieceRate[fid] * out);
        int town = firmTown[fid];
        ledger.firm(fid, out, pay);
        ledger.income(belt.households(), h, pay);
        ledger.flow(county, PayLedger.LOCAL_WAGE, pay);
        ledger.flow(town, PayLedger.WAGE_BILL, pay);
        ledger.pay(county, s, pay);
        if (firmInPark[fid]) ledger.parkPay(town, pay);
        ps.setTenure(i, ps.tenure(i) + 1);
        ps.set(i, Persons.NEW_HIRE, false);
        if (s == Status.WORKSHOP && r.lowPayQuit > 0 && pay < ps.reservationWage(i)) {
            boolean firmTrained = belt.firm(fid).sentTrainers() && ps.has(i, Persons.TRAINED);
            lowPayQuits.consider(m, b, i, r.lowPayQuit * (firmTrained ? 1 - r.trainerQuitCut : 1));
        }
    }

    private void prepare(BeltModel m) {
        Belt belt = m.belt();
        ParamValues p = m.params();
        int firms = belt.firms().size();
        if (firmOutput.length < firms) {
            firmOutput = new double[firms + 64];
            firmWages = new double[firms + 64];
            firmUtilisation = new double[firms + 64];
        } else {
            Arrays.fill(firmOutput, 0);
            Arrays.fill(firmWages, 0);
        }
        boolean stoppage = p.is(STOPPAGE);
        for (Firm f : belt.liveFirms()) {
            double work = f.getWorkerCount();
            double u = work == 0 ? 0 : Math.min(1, f.getOrders() * f.getCapacity() / work);
            // A stoppage halts park factories; village workshops near home kept running.
            firmUtilisation[f.id()] = stoppage && f.village() == null ? 0 : u;
        }
        int towns = belt.towns().size();
        if (townWageSum.length != towns) {
            townWageSum = new double[towns];
            townWorkers = new int[towns];
        } else {
            Arrays.fill(townWageSum, 0);
            Arrays.fill(townWorkers, 0);
        }
        int households = belt.households().size();
        if (farmersAtHome.length != households) farmersAtHome = new int[households];
        else Arrays.fill(farmersAtHome, 0);
        double tau = p.get(LEARNING_MONTHS);
        if (tau != decayTau) {
            for (int t = 0; t < TENURE_TABLE; t++) decay[t] = Math.exp(-t / tau);
            decayTau = tau;
        }
        prepareLocal(m, tau);
    }

    /** Each town's learning speed by industry and base-wage premium, from this month's {@link TownClusters}. */
    private void prepareLocal(BeltModel m, double tau) {
        List<Town> towns = m.belt().towns();
        ParamValues p = m.params();
        TownClusters clusters = m.clusters();
        int industries = Industry.count();
        int cells = towns.size() * industries;
        if (cellDecay.length != cells || tau != cellTau) {
            cellDecay = new double[cells][];
            cellSpeed = new double[cells];
            tableSpeed = new double[cells];
            floorFactor = new double[towns.size()];
            cellTau = tau;
        }
        for (Town t : towns) {
            floorFactor[t.index()] = 1 + Congestion.wagePremium(t, clusters, p);
            for (Industry k : Industry.values()) {
                cellSpeed[t.index() * industries + k.ordinal()] = AgglomerationForces.learningSpeed(k, t, clusters, p);
            }
        }
    }

    /**
     * The learning curve of a town x industry cell at this month's speed, made when a firm of the cell
     * asks for it: most cells have no firm, and a curve is {@value #TENURE_TABLE} exponentials.
     */
    private double[] decayOf(int cell) {
        double speed = cellSpeed[cell];
        if (speed == 1) return cellDecay[cell] = decay;
        if (cellDecay[cell] == null || cellDecay[cell] == decay || tableSpeed[cell] != speed) {
            double[] d = cellDecay[cell] == null || cellDecay[cell] == decay ? new double[TENURE_TABLE] : cellDecay[cell];
            for (int n = 0; n < TENURE_TABLE; n++) d[n] = Math.exp(-n * speed / cellTau);
            cellDecay[cell] = d;
            tableSpeed[cell] = speed;
        }
        return cellDecay[cell];
    }

    /**
     * Farmers per household who spent this month at home (not searching away), as of the last
     * {@link #step}; the household economy reads it instead of passing over all persons again.
     */
    int[] farmersAtHome() { return farmersAtHome; }

    static double startingProductivity(ParamValues p, Persons ps, int person) {
        return startingProductivity(p.get(NEW_WORKER_PRODUCTIVITY), p.get(TRAINING_PRODUCTIVITY), ps, person);
    }

    /** A new worker's output relative to an experienced eastern worker, the two parameters read by the caller. */
    private static double startingProductivity(double newWorker, double training, Persons ps, int person) {
        return newWorker + (ps.has(person, Persons.TRAINED) ? training : 0) + 0.2 * ps.skill(person);
    }

    /** What this person would earn in their first month at an average firm (their expectation). */
    public double newHirePay(BeltModel m, int person) {
        ParamValues p = m.params();
        double wIdx = m.conditions().wageIndex();
        double start = startingProductivity(p, m.belt().persons(), person);
        return Math.max(p.get(WAGE_FLOOR) * wIdx, p.get(PIECE_RATE_SHARE) * meanValueAdded * wIdx * start);
    }
}
