package org.sxbelt.model;

import ec.util.MersenneTwisterFast;
import org.sxbelt.agents.Households;
import org.sxbelt.agents.Persons;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Splits a pass over the person slots into fixed blocks of {@link #SIZE} consecutive slots and works on
 * them with a number of threads. What a block does and the random stream it draws from depend only on
 * the run's seed, the month, the pass and the block's number, never on the number of threads; callers
 * keep per-block results and combine them in block order. So a run's output is the same whatever the
 * thread count; threads only change how long it takes.
 */
public final class PersonBlocks implements AutoCloseable, java.io.Serializable {

    /** Slots per block: large enough that a block's work dwarfs handing it out, small enough to balance. */
    public static final int SIZE = 1 << 16;

    private final int threads;
    /** Not part of a checkpoint: rebuilt when one is read. */
    private transient ExecutorService pool;
    private final long seed;
    /** Block b owns households [householdStart[b], householdStart[b + 1]) (see {@link #assignHouseholds}). */
    private int[] householdStart = {0};

    /**
     * @param threads worker threads, at least 1 (1: everything runs on the caller's thread)
     * @param seed    the run's seed, from which every block's random stream is derived
     */
    public PersonBlocks(int threads, long seed) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        this.threads = threads;
        this.seed = seed;
        this.pool = pool(threads);
    }

    private static ExecutorService pool(int threads) {
        return threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, r -> {
            Thread t = new Thread(r, "sxbelt-person-blocks");
            t.setDaemon(true);
            return t;
        });
    }

    /** The same blocks and households worked on by {@code threads} threads (a model continued from a checkpoint). */
    PersonBlocks withThreads(int threads) {
        PersonBlocks b = new PersonBlocks(threads, seed);
        b.householdStart = householdStart;
        return b;
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        pool = pool(threads);
    }

    public int threads() { return threads; }

    /** Per-worker scratch of the passes that walk persons status by status; not part of the state. */
    private transient StatusGroups[] statusGroups;

    /**
     * One {@link StatusGroups} per worker, shared by the passes that walk persons status by status (they run
     * one after another, and a worker runs one block at a time). Call before {@link #forEach}; index by worker.
     */
    StatusGroups[] statusGroups() {
        if (statusGroups == null) {
            statusGroups = new StatusGroups[threads];
            for (int w = 0; w < threads; w++) statusGroups[w] = new StatusGroups();
        }
        return statusGroups;
    }

    /** Number of blocks covering slots [0, slots). */
    public static int count(int slots) { return (slots + SIZE - 1) / SIZE; }

    public static int start(int block) { return block * SIZE; }

    /** The block a slot belongs to. */
    public static int blockOf(int slot) { return slot / SIZE; }

    public static int end(int block, int slots) { return (int) Math.min(slots, (long) (block + 1) * SIZE); }

    /**
     * Runs {@code task} once for every block in [0, blocks), spread over the threads (the caller's
     * thread works too), and returns when all are done. Blocks must not write what other blocks read or
     * write, except through results the caller combines afterwards in block order.
     */
    public void forEach(int blocks, IntConsumer task) {
        forEach(blocks, (block, worker) -> task.accept(block));
    }

    /** A block's work that may also use per-thread scratch, indexed by worker in [0, threads). */
    @FunctionalInterface
    public interface BlockTask {
        void run(int block, int worker);
    }

    /**
     * As {@link #forEach(int, IntConsumer)}, also telling each block which worker runs it. Which worker
     * gets which block varies from run to run: per-worker results may only be combined in ways that do
     * not depend on the grouping (whole-number counts), never floating-point sums.
     */
    public void forEach(int blocks, BlockTask task) {
        if (pool == null || blocks <= 1) {
            for (int b = 0; b < blocks; b++) task.run(b, 0);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger workers = new AtomicInteger();
        Runnable worker = () -> {
            int w = workers.getAndIncrement();
            for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) task.run(b, w);
        };
        List<Future<?>> helpers = new ArrayList<>();
        for (int t = 1; t < Math.min(threads, blocks); t++) helpers.add(pool.submit(worker));
        Throwable failure = null;
        try {
            worker.run();
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        for (Future<?> f : helpers) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (failure == null) failure = e.getCause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (failure == null) failure = e;
            }
        }
        if (failure instanceof RuntimeException r) throw r;
        if (failure instanceof Error e) throw e;
        if (failure != null) throw new IllegalStateException(failure);
    }

    /**
     * Gives every household an owner block, as consecutive ranges: block b owns the households from that
     * of its first person up to (not including) that of the next block's first person. Call once the belt
     * is built, when the persons of a household are neighbours and households follow one another; the
     * assignment is then fixed for the run (persons born later elsewhere do not move it), so a block
     * holds almost all members of the households it owns. Only the owner block may write a household's
     * state during a parallel pass; the others leave a note that is acted on afterwards in block order.
     */
    public void assignHouseholds(Households households, Persons persons) {
        int blocks = count(persons.size());
        householdStart = new int[blocks + 1];
        for (int b = 1; b < blocks; b++) {
            int h = persons.household(start(b));
            householdStart[b] = Math.max(householdStart[b - 1], Math.max(0, h));
        }
        householdStart[blocks] = households.size();
    }

    /** First household a block owns (see {@link #assignHouseholds}). */
    public int ownedFrom(int block) { return householdStart[Math.min(block, householdStart.length - 1)]; }

    /** One past the last household a block owns (none for blocks of persons added after the start). */
    public int ownedTo(int block) {
        return block + 1 < householdStart.length ? householdStart[block + 1] : ownedFrom(block);
    }

    /**
     * Reseeds {@code rng} as the random stream of one block of one pass in one month: a function of the
     * run's seed and these three numbers only.
     */
    public MersenneTwisterFast reseed(MersenneTwisterFast rng, int month, int pass, int block) {
        rng.setSeed(new int[]{(int) seed, (int) (seed >>> 32), month, pass, block});
        return rng;
    }

    /** Stops the worker threads (they are daemons, so a run that is never closed does not keep the JVM up). */
    @Override
    public void close() {
        if (pool != null) pool.shutdownNow();
    }
}
