package org.sxbelt.experiment.concurrent;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkersTest {

    @Test
    void threadsAreNamedDaemons() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(1, Workers.daemons("sweep"));
        try {
            Thread t = pool.submit(Thread::currentThread).get();
            assertEquals("sweep-1", t.getName());
            assertTrue(t.isDaemon());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRunsExceptionComesOutAsItself() {
        IOException io = new IOException("disk full");
        CompletableFuture<String> failed = CompletableFuture.failedFuture(io);
        assertSame(io, assertThrows(IOException.class, () -> Workers.await(failed, "sweep", IOException.class)));
        IllegalArgumentException bad = new IllegalArgumentException("bad value");
        assertSame(bad, assertThrows(IllegalArgumentException.class,
                () -> Workers.await(CompletableFuture.failedFuture(bad), "validation", RuntimeException.class)));
        // a checked exception the caller does not pass on is wrapped, with the cause kept
        IllegalStateException wrapped = assertThrows(IllegalStateException.class,
                () -> Workers.await(CompletableFuture.failedFuture(io), "validation", RuntimeException.class));
        assertSame(io, wrapped.getCause());
        assertEquals("done", Workers.await(CompletableFuture.completedFuture("done"), "x", RuntimeException.class));
    }
}
