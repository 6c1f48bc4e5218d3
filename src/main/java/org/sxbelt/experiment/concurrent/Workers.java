package org.sxbelt.experiment.concurrent;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Worker threads for runs in parallel, and the wait for one run's result. */
public final class Workers {

    private Workers() {}

    /**
     * Daemon threads named {@code <job>-1}, {@code <job>-2}, ...: daemons, so that an interrupted command
     * line does not hang on a pool it will never shut down; named, so that a thread dump says what they do.
     */
    public static ThreadFactory daemons(String job) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, job + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * The run's result. What the run threw comes out unwrapped: unchecked exceptions and errors as they
     * are, a checked one as itself when it is a {@code passed} (e.g. the IOException of a run that writes
     * files), any other wrapped in an IllegalStateException. Interruption keeps the thread's flag.
     */
    public static <T, X extends Exception> T await(Future<T> f, String activity, Class<X> passed) throws X {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(activity + " interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (passed.isInstance(c)) throw passed.cast(c);
            if (c instanceof RuntimeException r) throw r;
            if (c instanceof Error err) throw err;
            throw new IllegalStateException(c);
        }
    }
}
