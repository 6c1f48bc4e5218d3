package org.sxbelt.model;

import org.sxbelt.agents.Town;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.params.ParamValues;
import org.sxbelt.params.Scenario;
import org.sxbelt.params.TimedEvent;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.sxbelt.params.ParamSchema.MONTHS;
import static org.sxbelt.params.ParamSchema.RAIL_COST_RATIO;

/**
 * The belt model on MASON. One step of the schedule is one month, starting January 2015; the
 * month's processes run in a fixed order (the orderings below), each a {@link Steppable}:
 * conditions, demography, policy, relocation, labour market, production and pay, household
 * economy, firm accounts and exit, observation. Runs headless; the GUI only watches it.
 * One random stream ({@code random}) drives everything sequential; passes over persons split into fixed
 * blocks draw from streams derived from the seed, the month and the block ({@link PersonBlocks}), so a
 * seed fixes the whole run whatever the number of threads.
 */
public final class BeltModel extends SimState {

    private static final long serialVersionUID = 1L;

    private Scenario scenario;
    private final BeltGeography geography;
    private final ParamValues params;
    private final Conditions conditions = new Conditions();
    private final Observer observer = new Observer();
    private final Production production = new Production();
    private final TownClusters clusters = new TownClusters();
    private final LaborMarket laborMarket = new LaborMarket();
    private final Demography demography = new Demography();
    private LocalDemand localDemand = new LocalDemand();
    private DonorPurchases donorPurchases = new DonorPurchases();
    private ServiceSector services = new ServiceSector();
    private FarmHubs farmHubs = new FarmHubs();
    private SharedParks sharedParks;
    // Sinks and tickers are not part of a checkpoint (readObject): a continued run attaches its own.
    private transient List<Consumer<Notice>> tickers = new ArrayList<>();
    private transient FirmEventSink firmEvents = FirmEventSink.NONE;
    private transient DecisionTrace decisionTrace = DecisionTrace.NONE;
    private int tracePersons;
    /** The decision trace of sampled persons, or null when not tracing (from start() on). */
    private PersonTrace trace;
    private Belt belt;
    private Employment employment;
    private Accounts accounts;
    private FarmSide farm;
    private Cooperatives cooperatives;
    private HouseholdLoans loans;
    private Illness illness;
    private final Programmes programmes;
    private FirmFactory firmFactory;
    private List<Programme> activeProgrammes = List.of();
    private int ruralAgents;
    private long[] phaseNanos;
    private int threads = 1;
    private PersonBlocks personBlocks;
    private EventClock events;

    /**
     * A run of {@code scenario} on {@code geography}; {@code programmes} supplies the policy phase (the
     * government of {@code org.sxbelt.policy}, or {@link Programmes#NONE} for the markets alone).
     */
    public BeltModel(long seed, Scenario scenario, BeltGeography geography, Programmes programmes) {
        super(seed);
        this.scenario = scenario;
        this.geography = geography;
        this.programmes = programmes;
        this.params = scenario.params().copy();
    }

    /**
     * Worker threads for the passes over persons inside this run (default 1; set before start). The
     * output does not depend on it (see {@link PersonBlocks}).
     */
    public void setThreads(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        this.threads = threads;
    }

    public int threads() { return threads; }

    public void addIndicatorSink(IndicatorSink sink) { observer.addSink(sink); }

    public void setFirmEventSink(FirmEventSink sink) { firmEvents = sink; }

    /**
     * Traces the decisions of a random sample of {@code persons} persons alive at the start into
     * {@code sink} (set before start; 0 traces no one). See {@link PersonTrace}: tracing changes no result.
     */
    public void setDecisionTrace(int persons, DecisionTrace sink) {
        if (persons < 0) throw new IllegalArgumentException("persons must be at least 0, got " + persons);
        if (trace != null && persons != tracePersons) {
            throw new IllegalArgumentException("this run traces " + tracePersons + " persons since its start, not " + persons);
        }
        tracePersons = persons;
        decisionTrace = sink;
        if (trace != null) trace.reattach(sink);
    }

    /** Persons in the decision trace's sample (0: not tracing). */
    public int tracePersons() { return tracePersons; }

    /** Receives notable events in words, in English and Chinese (firm openings and closures, policy changes). */
    public void addTicker(Consumer<Notice> ticker) { tickers.add(ticker); }

    @Override
    public void start() {
        super.start();
        if (personBlocks != null) personBlocks.close();
        personBlocks = new PersonBlocks(threads, seed());
        belt = new BeltBuilder(geography, PrefectureProfile.loadDefault(), params, random).build();
        personBlocks.assignHouseholds(belt.households(), belt.persons());
        employment = new Employment(belt);
        laborMarket.prepare(belt);
        accounts = new Accounts(belt.towns().size());
        farm = new FarmSide(belt, CropMix.loadDefault(), seed(), params);
        cooperatives = new Cooperatives();
        loans = new HouseholdLoans(belt.households().size());
        illness = new Illness();
        firmFactory = new FirmFactory(this);
        localDemand = new LocalDemand();
        donorPurchases = new DonorPurchases();
        services = new ServiceSector();
        farmHubs = new FarmHubs();
        sharedParks = SharedParks.of(geography, belt.towns().size());
        activeProgrammes = List.copyOf(programmes.forScenario(scenario));
        trace = null; // this start's trace, made below, begins after the initial economy
        InitialEconomy.seed(this);
        Guarantees.initialise(this);
        events = new EventClock(scenario.events());
        ruralAgents = 0;
        for (int h = 0; h < belt.households().size(); h++) {
            if (!isUrban(h)) ruralAgents += belt.households().members(h);
        }
        observer.prepare(this);
        trace = tracePersons > 0 ? new PersonTrace(this, tracePersons, decisionTrace) : null;
        Steppable clock = s -> {
            int month = (int) schedule.getSteps();
            if (trace != null) trace.begin(this);
            events.advanceTo(this, month);
            conditions.advance(month, params);
            farm.advance(conditions, params);
            if (FreightDistance.railheadOpensIn(month)) {
                double[] freight = FreightDistance.indices(geography, params.get(RAIL_COST_RATIO), month);
                for (Town t : belt.towns()) t.setRemoteness(freight[t.index()]);
            }
        };
        Steppable policy = s -> {
            for (Programme p : activeProgrammes) p.run(this);
        };
        Steppable observe = s -> {
            observer.step(s);
            if (trace != null) trace.end(this);
        };
        Steppable localMarkets = s -> {
            localDemand.step(s);
            services.observe(this);
        };
        Steppable[] phases = {clock, demography, policy, new Relocation(), laborMarket, production,
                new HouseholdEconomy(), localMarkets, new FirmDynamics(), observe};
        phaseNanos = new long[phases.length];
        for (int i = 0; i < phases.length; i++) {
            final int k = i;
            final Steppable phase = phases[i];
            // Timing costs two clock reads per phase and month; the benchmark reports the shares.
            Steppable timed = s -> {
                long t0 = System.nanoTime();
                phase.step(s);
                phaseNanos[k] += System.nanoTime() - t0;
            };
            schedule.scheduleRepeating(0.0, i, timed, 1.0);
        }
    }

    @Override
    public void finish() {
        super.finish();
        if (personBlocks != null) personBlocks.close();
        personBlocks = null;
    }

    /** Names of the monthly phases, in schedule order (for the benchmark's time shares). */
    public static final java.util.List<String> PHASES = java.util.List.of("conditions", "demography", "policy",
            "relocation", "labour market", "production", "households", "local markets", "firms", "observation");

    /** Wall time spent in each phase since start(), nanoseconds, in {@link #PHASES} order. */
    public java.util.Map<String, Long> phaseNanos() {
        java.util.Map<String, Long> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < PHASES.size(); i++) m.put(PHASES.get(i), phaseNanos == null ? 0L : phaseNanos[i]);
        return m;
    }

    /** Runs headless from 2015-01 for run.months months and returns what it measured. */
    public RunStats runToEnd() { return runToEnd(() -> { }); }

    /**
     * As {@link #runToEnd()}, calling {@code afterStart} once the belt is built and before the first
     * month (the benchmark measures the heap there); the hook's own time is left out of the wall time.
     */
    public RunStats runToEnd(Runnable afterStart) { return runToEnd(afterStart, month -> { }); }

    /**
     * As {@link #runToEnd(Runnable)}, also calling {@code afterMonth} with the month index (0 = 2015-01)
     * after each month has been observed (checkpoints are written there); its time is counted.
     */
    public RunStats runToEnd(Runnable afterStart, java.util.function.IntConsumer afterMonth) {
        long t0 = System.nanoTime();
        start();
        long pause = System.nanoTime();
        afterStart.run();
        pause = System.nanoTime() - pause;
        return runMonths(t0 + pause, afterMonth);
    }

    /**
     * Runs on from the month after the last one simulated up to run.months (a model continued from a
     * checkpoint, see {@link #continueUnder}); the figures returned count only the months run here.
     */
    public RunStats runOn(java.util.function.IntConsumer afterMonth) { return runMonths(System.nanoTime(), afterMonth); }

    private RunStats runMonths(long t0, java.util.function.IntConsumer afterMonth) {
        long agentsAtStart = belt.persons().aliveCount();
        int months = params.getInt(MONTHS);
        long personMonths = 0;
        int first = (int) schedule.getSteps();
        for (int i = first; i < months; i++) {
            personMonths += belt.persons().aliveCount();
            schedule.step(this);
            afterMonth.accept(i);
        }
        finish();
        return new RunStats(months - first, agentsAtStart, belt.persons().aliveCount(), personMonths,
                System.nanoTime() - t0);
    }

    /** Months simulated so far (the next month to run, 0 = 2015-01). */
    public int monthsDone() { return (int) schedule.getSteps(); }

    /**
     * Prepares a model read from a checkpoint to run on under {@code next}, a scenario the caller has
     * found to agree with this one on everything that acted up to now (org.sxbelt.output.Continuation):
     * its timed events from the next month on replace this scenario's; {@code threads} worker threads.
     * Attach sinks, tickers and the decision trace's sink before running on.
     */
    public void continueUnder(Scenario next, int threads) {
        setThreads(threads);
        events = events.continuedWith(next.events(), monthsDone());
        scenario = next;
        if (personBlocks != null) {
            PersonBlocks old = personBlocks;
            personBlocks = old.withThreads(threads);
            old.close();
        }
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        tickers = new ArrayList<>();
        firmEvents = FirmEventSink.NONE;
        decisionTrace = DecisionTrace.NONE;
    }

    // ---- state shared by the processes ---------------------------------------------------------

    public Scenario scenario() { return scenario; }
    public BeltGeography geography() { return geography; }
    /** Live parameter values (timed events and sliders change them). */
    public ParamValues params() { return params; }
    public Conditions conditions() { return conditions; }
    public Belt belt() { return belt; }
    public Employment employment() { return employment; }
    public Accounts accounts() { return accounts; }
    /** Crop mix, prices, yields and side plots of the farms (from start() on). */
    public FarmSide farm() { return farm; }
    /** The scale farms on each village's leased land (ODD 7.7.5). */
    public Cooperatives cooperatives() { return cooperatives; }
    /** Households' poverty micro-loans (ODD 7.7.6). */
    public HouseholdLoans loans() { return loans; }
    /** Serious illness: who is ill and until when (ODD 7.7.7). */
    Illness illness() { return illness; }
    public Observer observer() { return observer; }
    public Production production() { return production; }

    /** What each town's industry offers a newcomer, recounted each month by {@link Relocation}. */
    public TownClusters clusters() { return clusters; }
    public LaborMarket laborMarket() { return laborMarket; }
    public Demography demography() { return demography; }
    public LocalDemand localDemand() { return localDemand; }
    /** Orders the counterpart provinces place as consumption aid (set by the policy phase). */
    public DonorPurchases donorPurchases() { return donorPurchases; }

    /** The county towns' service sectors (their jobs and wage follow local income). */
    public ServiceSector services() { return services; }

    /** The towns as farm-product collection and processing hubs (farm-gate value by village). */
    public FarmHubs farmHubs() { return farmHubs; }

    /** Parks an XPCC city shares with its local partner county (when town.sharedParks is on). */
    public SharedParks sharedParks() { return sharedParks; }
    /** Blocks of person slots and the threads that work on them (from start() to finish()). */
    public PersonBlocks personBlocks() { return personBlocks; }
    public FirmFactory firmFactory() { return firmFactory; }
    /** The decision trace of sampled persons, or null when not tracing. */
    public PersonTrace trace() { return trace; }

    /** Is this person in the decision trace's sample? (False when not tracing.) */
    public boolean traced(int person) { return trace != null && trace.traced(person); }

    /** Notes what happened to a person in the decision trace, if they are traced. */
    public void note(int person, String what) {
        if (trace != null && trace.traced(person)) trace.reason(person, what);
    }
    /** Month index, 0 = January 2015. */
    public int month() { return conditions.month(); }
    /** The level of a support instrument in force this month: its parameter after its group's withdrawal ({@link Withdrawal}). */
    public double level(org.sxbelt.params.Param instrument) { return Withdrawal.level(params, instrument, month()); }
    /** Simulated persons living in villages (not town wards) at the start. */
    public int ruralAgents() { return ruralAgents; }

    public boolean isUrban(int household) { return belt.isUrbanHousehold(household); }

    /** County (= town) index of a person's home. */
    public int countyOf(int person) {
        return belt.townOfPerson(person);
    }

    void firmEvent(FirmEvent e) {
        observer.countFirmEvent(belt.geography().byId(e.town()).index(), e.type(), e.firms());
        firmEvents.firmEvent(e);
        if (!tickers.isEmpty()) {
            Notice n = EventText.describe(e, belt);
            for (Consumer<Notice> t : tickers) t.accept(n);
        }
    }

    /**
     * Parameters held by the classroom GUI's lever lock: the scenario's timed events on them are passed
     * over. Always empty in batch runs (nothing else calls {@link #hold}); read and written under the
     * schedule's lock (the GUI's setters take it, months run holding it).
     */
    private java.util.HashSet<String> held = new java.util.HashSet<>();

    /** Holds (or releases) a parameter against the scenario's timed events (the GUI's lever lock). */
    public void hold(org.sxbelt.params.Param p, boolean on) {
        if (held == null) held = new java.util.HashSet<>();
        if (on) held.add(p.key());
        else held.remove(p.key());
    }

    public boolean isHeld(org.sxbelt.params.Param p) { return held != null && !held.isEmpty() && held.contains(p.key()); }

    /** Tells the tickers that a timed event was passed over because its lever is held. */
    void heldEvent(TimedEvent e) {
        if (tickers.isEmpty()) return;
        String month = org.sxbelt.params.SimMonthFormat.format(e.month());
        String value = e.param().format(e.value());
        Notice n = new Notice(e.month(), month + ": scenario change " + e.param().key() + " = " + value
                + " not applied (the lever is locked in the GUI)",
                month + "：情景调整 " + e.param().key() + " = " + value + " 未执行（该参数已在界面中锁定）");
        for (Consumer<Notice> t : tickers) t.accept(n);
    }

    public void policyEvent(TimedEvent e) {
        if (tickers.isEmpty()) return;
        Notice n = EventText.describe(e);
        for (Consumer<Notice> t : tickers) t.accept(n);
    }

    // ---- random helpers on the run's single stream ---------------------------------------------

    public int stochasticRound(double x) {
        int f = (int) Math.floor(x);
        return f + (random.nextDouble() < x - f ? 1 : 0);
    }

    /** Poisson draw (inversion for small means, normal approximation above 50). */
    public int poisson(double mean) {
        if (mean <= 0) return 0;
        if (mean > 50) return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        double l = Math.exp(-mean), p = random.nextDouble();
        int k = 0;
        while (p > l) {
            k++;
            p *= random.nextDouble();
        }
        return k;
    }
}
