package org.sxbelt.experiment.sweep;

import org.sxbelt.experiment.concurrent.Workers;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;

/**
 * Tasks on a pool with at most {@code window} submitted and not yet collected (issue 16 item 6: a
 * sweep holds the runs in flight, not one future per run of the design). Results are collected in
 * submission order; a task's IOException is rethrown by {@link #submit} or {@link #finish}.
 */
final class InFlight<K, T> {

    private record Task<K, T>(K key, Future<T> future) {}

    private final ExecutorService pool;
    private final int window;
    private final BiConsumer<K, T> collect;
    private final Deque<Task<K, T>> pending = new ArrayDeque<>();

    InFlight(ExecutorService pool, int window, BiConsumer<K, T> collect) {
        this.pool = pool;
        this.window = Math.max(1, window);
        this.collect = collect;
    }

    /** Submits a task, first collecting the oldest while {@code window} are pending. */
    void submit(K key, Callable<T> task) throws IOException {
        while (pending.size() >= window) collectOldest();
        pending.add(new Task<>(key, pool.submit(task)));
    }

    /** Collects every pending task. */
    void finish() throws IOException {
        while (!pending.isEmpty()) collectOldest();
    }

    int pending() { return pending.size(); }

    private void collectOldest() throws IOException {
        Task<K, T> t = pending.poll();
        collect.accept(t.key(), Workers.await(t.future(), "sweep", IOException.class));
    }
}
