package org.sxbelt.experiment.sweep;

/**
 * Part {@code k} of {@code n} of a sweep: the runs whose index i (in (point, replicate) order,
 * from 0) has {@code i mod n == k − 1}. Round robin, so every shard gets a similar mix of scenarios.
 */
public record Shard(int k, int n) {

    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (n < 1 || k < 1 || k > n) throw new IllegalArgumentException("shard " + k + "/" + n + ": expected 1 <= K <= N");
    }

    /** Parses {@code K/N}; null when the text is not of that form or K is not in [1, N]. */
    public static Shard parse(String text) {
        if (text == null) return null;
        String t = text.strip();
        int slash = t.indexOf('/');
        if (slash <= 0) return null;
        try {
            int k = Integer.parseInt(t.substring(0, slash).strip());
            int n = Integer.parseInt(t.substring(slash + 1).strip());
            if (n < 1 || k < 1 || k > n) return null;
            return new Shard(k, n);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public boolean contains(SweepPlan.Run run) {
        return run.index() % n == k - 1;
    }

    public boolean isAll() { return n == 1; }

    @Override
    public String toString() { return k + "/" + n; }
}
