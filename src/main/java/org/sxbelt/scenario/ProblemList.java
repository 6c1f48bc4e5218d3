package org.sxbelt.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems found in one scenario file, each with its position. Reports the first in file
 * order (problems without a position, such as a missing required key, come first), so the same
 * broken file always gives the same message.
 */
final class ProblemList {

    private record Problem(int line, int column, int seq, String message) {}

    private final String origin;
    private final List<Problem> problems = new ArrayList<>();

    ProblemList(String origin) {
        this.origin = origin;
    }

    /** Adds a problem at a 1-based line and column; 0 when unknown. */
    void add(int line, int column, String message) {
        problems.add(new Problem(Math.max(line, 0), Math.max(column, 0), problems.size(), message));
    }

    boolean isEmpty() { return problems.isEmpty(); }

    int size() { return problems.size(); }

    /** Throws a {@link ScenarioException} for the first problem in file order, if there is any. */
    void throwIfAny() {
        problems.stream()
                .min(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column)
                        .thenComparingInt(Problem::seq))
                .ifPresent(p -> { throw ScenarioException.at(origin, p.line(), p.message()); });
    }
}
