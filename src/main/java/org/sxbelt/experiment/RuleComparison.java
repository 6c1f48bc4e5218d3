package org.sxbelt.experiment;

import org.sxbelt.experiment.stats.Comparison;

import java.util.ArrayList;
import java.util.List;

/**
 * Which facts tell the two job-choice rules apart (issue 15 item 5): the same targets run under the
 * logit and under the expected-income rule on the same seeds (common random numbers), compared fact by
 * fact. A fact discriminates when one rule meets it and the other misses it, and the paired 95 % interval
 * of the difference (rule B − rule A, paired by seed) excludes 0; it is informative when only the second
 * holds. The comparison computes; it writes nothing.
 */
public final class RuleComparison {

    /** One fact under both rules. */
    public record Row(CalibrationTarget target, Validation.Outcome a, Validation.Outcome b, Comparison.Paired difference) {
        /** The paired interval of the difference excludes 0. */
        public boolean differs() {
            return difference.n() > 1 && (difference.ciLow() > 0 || difference.ciHigh() < 0);
        }

        /** One rule meets the fact and the other misses it, and the difference is not seed noise. */
        public boolean discriminates() {
            boolean oneEach = a.verdict() == Validation.Verdict.OK && b.verdict() == Validation.Verdict.MISS
                    || a.verdict() == Validation.Verdict.MISS && b.verdict() == Validation.Verdict.OK;
            return oneEach && differs();
        }
    }

    private final String ruleA;
    private final String ruleB;
    private final List<Row> rows;

    private RuleComparison(String ruleA, String ruleB, List<Row> rows) {
        this.ruleA = ruleA;
        this.ruleB = ruleB;
        this.rows = List.copyOf(rows);
    }

    /** Compares two validations of the same targets and seeds. */
    public static RuleComparison of(String ruleA, Validation.Report a, String ruleB, Validation.Report b) {
        if (!a.seeds().equals(b.seeds()) || a.outcomes().size() != b.outcomes().size()) {
            throw new IllegalArgumentException("the two validations must share their targets and seeds");
        }
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < a.outcomes().size(); k++) {
            Validation.Outcome x = a.outcomes().get(k), y = b.outcomes().get(k);
            if (!x.target().id().equals(y.target().id())) throw new IllegalArgumentException("targets differ at " + k);
            boolean na = Double.isNaN(x.mean()) || Double.isNaN(y.mean());
            rows.add(new Row(x.target(), x, y, na ? Comparison.Paired.NONE : Comparison.Paired.of(y.perSeed(), x.perSeed())));
        }
        return new RuleComparison(ruleA, ruleB, rows);
    }

    public String ruleA() { return ruleA; }

    public String ruleB() { return ruleB; }

    public List<Row> rows() { return rows; }

    /** Facts that discriminate, in target order. */
    public List<Row> discriminating() {
        return rows.stream().filter(Row::discriminates).toList();
    }
}
