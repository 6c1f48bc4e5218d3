package org.sxbelt.cli;

import com.beust.jcommander.Parameter;

/** {@code --threads}: how many threads a command uses; the results never depend on it. */
final class ThreadsOption extends OptionGroup<ThreadsOption> {

    static final int MAX = 1024;

    @Parameter(names = "--threads", description = "Worker threads inside the run (passes over persons); the "
            + "results do not depend on it. A whole number in [1, " + MAX + "].")
    @OptionHelp(arg = "<int>", byDefault = "1")
    String threads;

    /** Defaulting to every processor core. */
    ThreadsOption() {}

    ThreadsOption(int byDefault) {
        threads = Integer.toString(byDefault);
    }

    /** The text given (or the fixed default), or null for every core. */
    String given() {
        return threads;
    }

    /** The checked thread count. */
    int count() {
        return threads == null ? Runtime.getRuntime().availableProcessors()
                : OptionValues.wholeNumber("--threads", threads, 1, MAX);
    }
}
