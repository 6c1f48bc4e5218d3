package org.sxbelt.experiment.calibration;

import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * CMA-ES (commons-math3's {@link CMAESOptimizer}) on the unit cube, asked one generation at a time so
 * that a generation's candidates can be run in parallel and a calibration resumed after an interruption.
 *
 * <p>{@code CMAESOptimizer} asks for one point at a time and cannot be paused. But within a generation
 * its candidates depend only on its state at the generation's start and its random stream, not on the
 * losses of the candidates before them; and with a seeded generator it is deterministic. So
 * {@link #next} replays the optimizer from the start against the losses known so far: the first
 * generation with a candidate not yet known is collected whole (its unknown candidates get a
 * placeholder, which only that abandoned replay sees) and returned; once every candidate it asks for
 * is known, the search is finished. The start point is a generation of its own. Replaying costs
 * CMA-ES's own arithmetic, nothing of the model's, and gives exactly the run an uninterrupted
 * optimizer would have made.
 */
public final class CmaesSearch {

    /**
     * How to search.
     *
     * @param start      start point in [0, 1]^n
     * @param sigma      initial step size, the same on every axis (a share of the unit interval)
     * @param population candidates per generation (λ), at least 2
     * @param budget     most evaluations (the start point included), at least 1
     * @param seed       seed of CMA-ES's random stream
     */
    public record Settings(double[] start, double sigma, int population, int budget, long seed) {
        public Settings {
            if (start.length < 1) throw new IllegalArgumentException("at least one dimension");
            for (double u : start) {
                if (!(u >= 0 && u <= 1)) throw new IllegalArgumentException("start point outside [0, 1]: " + Arrays.toString(start));
            }
            if (!(sigma > 0 && sigma <= 1)) throw new IllegalArgumentException("sigma must be in (0, 1], got " + sigma);
            if (population < 2) throw new IllegalArgumentException("population must be at least 2, got " + population);
            if (budget < 1) throw new IllegalArgumentException("budget must be at least 1, got " + budget);
            start = start.clone();
        }

        @Override
        public double[] start() { return start.clone(); }

        /** CMA-ES's default population for {@code n} dimensions: 4 + ⌊3 ln n⌋. */
        public static int defaultPopulation(int n) { return 4 + (int) Math.floor(3 * Math.log(n)); }
    }

    /** What to evaluate next: a generation's unknown candidates, or none when the search is over. */
    public record Step(int generation, List<double[]> candidates) {
        public boolean finished() { return candidates.isEmpty(); }
    }

    private final Settings settings;

    public CmaesSearch(Settings settings) {
        this.settings = settings;
    }

    /**
     * The next generation to evaluate given {@code known} (loss by candidate, keyed by
     * {@link #key}), or a finished step. Candidates are returned in the order the optimizer asked for
     * them, each once.
     */
    public Step next(Map<List<Double>, Double> known) {
        Replay replay = new Replay(known);
        try {
            optimizer().optimize(new MaxEval(settings.budget()), GoalType.MINIMIZE,
                    new InitialGuess(settings.start()), new SimpleBounds(zeros(), ones()),
                    new CMAESOptimizer.Sigma(filled(settings.sigma())),
                    new CMAESOptimizer.PopulationSize(settings.population()),
                    new ObjectiveFunction(replay::loss));
        } catch (GenerationCollected done) {
            return new Step(done.generation, List.copyOf(replay.pending));
        } catch (TooManyEvaluationsException e) {
            // the budget ends the search; the optimizer normally catches this itself
        }
        if (!replay.pending.isEmpty()) return new Step(replay.generationOf(replay.firstPending), List.copyOf(replay.pending));
        return new Step(replay.generationOf(replay.calls), List.of());
    }

    /** The key of a candidate in {@code known}: its coordinates, exactly. */
    public static List<Double> key(double[] u) {
        List<Double> k = new ArrayList<>(u.length);
        for (double x : u) k.add(x);
        return List.copyOf(k);
    }

    private CMAESOptimizer optimizer() {
        // no convergence checker of our own: CMA-ES's stopping rules (tolX, tolFun, history) and the budget
        return new CMAESOptimizer(Integer.MAX_VALUE, Double.NEGATIVE_INFINITY, true, 0, 0,
                new MersenneTwister(settings.seed()), false, null);
    }

    /** The objective of one replay: known losses, placeholders for the first generation with unknowns. */
    private final class Replay {
        private final Map<List<Double>, Double> known;
        private final List<double[]> pending = new ArrayList<>();
        private final java.util.Set<List<Double>> pendingKeys = new java.util.HashSet<>();
        private int calls;
        private int firstPending = -1;

        Replay(Map<List<Double>, Double> known) {
            this.known = known;
        }

        /** Generation of call {@code c} (0 = the start point; then population calls each). */
        int generationOf(int c) {
            return c == 0 ? 0 : (c - 1) / settings.population() + 1;
        }

        /** The last call of call {@code c}'s generation. */
        private int lastCallOf(int c) {
            return c == 0 ? 0 : generationOf(c) * settings.population();
        }

        double loss(double[] u) {
            int c = calls++;
            if (firstPending >= 0 && c > lastCallOf(firstPending)) throw new GenerationCollected(generationOf(firstPending));
            List<Double> k = key(u);
            Double v = known.get(k);
            if (v != null) return v;
            if (firstPending < 0) firstPending = c;
            if (pendingKeys.add(k)) pending.add(u.clone());
            return 0; // a placeholder: this replay is abandoned once the generation is collected
        }
    }

    /** Thrown at the first call after the generation with unknown candidates: the replay stops there. */
    private static final class GenerationCollected extends RuntimeException {
        final int generation;

        GenerationCollected(int generation) {
            super(null, null, false, false);
            this.generation = generation;
        }
    }

    private double[] zeros() { return new double[settings.start.length]; }

    private double[] ones() { return filled(1); }

    private double[] filled(double v) {
        double[] a = new double[settings.start.length];
        Arrays.fill(a, v);
        return a;
    }
}
