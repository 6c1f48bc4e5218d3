package org.sxbelt.experiment.stats;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MorrisIndicesTest {

    /** f = 2 x1 + 0 x2 + x3^2. */
    static double f(double[] x) {
        return 2 * x[0] + 0 * x[1] + x[2] * x[2];
    }

    /**
     * Four trajectories on the 4-level grid {0, 1/3, 2/3, 1} with step Δ = 2/3: from a base point, the
     * factors move by +Δ one at a time in the given order. Returns the design and fills {@code xs}.
     */
    static DesignFile handBuiltDesign(List<double[]> xs) {
        double t = 1.0 / 3, d = 2.0 / 3;
        double[][] bases = {{0, 0, 0}, {t, t, t}, {0, t, 0}, {t, 0, t}};
        int[][] orders = {{0, 1, 2}, {2, 0, 1}, {1, 2, 0}, {0, 2, 1}};
        List<DesignFile.Point> points = new ArrayList<>();
        int id = 0;
        for (int r = 0; r < bases.length; r++) {
            double[] x = bases[r].clone();
            for (int s = 0; s <= 3; s++) {
                if (s > 0) x[orders[r][s - 1]] += d;
                xs.add(x.clone());
                List<String> v = new ArrayList<>();
                for (double xi : x) v.add(String.format(Locale.ROOT, "%.17g", xi));
                points.add(new DesignFile.Point(id++, "baseline", v, "morris", Integer.toString(r), Integer.toString(s)));
            }
        }
        return new DesignFile(List.of("x1", "x2", "x3"), points);
    }

    @Test
    void knownFunctionRanksFactors() {
        List<double[]> xs = new ArrayList<>();
        DesignFile design = handBuiltDesign(xs);
        MorrisIndices m = MorrisIndices.of(design, "f", p -> f(xs.get(p)));
        assertEquals(0, m.skipped());
        assertEquals(12, m.effects().size());
        MorrisIndices.Index x1 = m.indices().get(0), x2 = m.indices().get(1), x3 = m.indices().get(2);
        assertEquals(4, x1.r());
        // linear: EE = 2 everywhere (the factor range is 1)
        assertEquals(2, x1.mu(), 1e-12);
        assertEquals(2, x1.muStar(), 1e-12);
        assertEquals(0, x1.sigma(), 1e-12);
        // inert
        assertEquals(0, x2.muStar(), 1e-12);
        assertEquals(0, x2.sigma(), 1e-12);
        // x3^2: EE = ((x + Δ)^2 − x^2) / Δ = 2x + Δ, x = 0 or 1/3 -> 2/3 or 4/3; bases 0, 1/3, 0, 1/3 -> μ* = 1
        assertEquals(1, x3.muStar(), 1e-12);
        assertTrue(x3.sigma() > 0);
        List<MorrisIndices.Index> ranked = m.ranked();
        assertEquals(List.of("x1", "x3", "x2"), ranked.stream().map(MorrisIndices.Index::factor).toList());
        assertTrue(x3.muStar() > 100 * x2.muStar() + 0.5);
        String csv = MorrisIndices.csv(List.of(m));
        assertTrue(csv.startsWith("indicator,factor,r,mu,mu_star,sigma\nf,x1,4,2,2,0\n"), csv);
        assertTrue(MorrisIndices.effectsCsv(List.of(m)).contains("f,x3,1,"));
    }

    @Test
    void effectsAreScaledByTheFactorRange() {
        List<double[]> xs = new ArrayList<>();
        DesignFile unit = handBuiltDesign(xs);
        // the same design with x1 in [10, 40]: the effect of f = 2 * (x1 - 10) / 30 per full range stays 2
        List<DesignFile.Point> scaled = new ArrayList<>();
        for (DesignFile.Point p : unit.points()) {
            List<String> v = new ArrayList<>(p.values());
            v.set(0, Double.toString(10 + 30 * p.value(0)));
            scaled.add(new DesignFile.Point(p.point(), p.scenario(), v, p.type(), p.group(), p.step()));
        }
        DesignFile d = new DesignFile(unit.factors(), scaled);
        MorrisIndices m = MorrisIndices.of(d, "f", p -> 2 * (d.point(p).value(0) - 10) / 30);
        assertEquals(2, m.indices().get(0).muStar(), 1e-9);
    }

    @Test
    void stepsChangingTwoFactorsAreSkipped() {
        List<DesignFile.Point> pts = List.of(
                new DesignFile.Point(0, "s", List.of("0", "0"), "morris", "0", "0"),
                new DesignFile.Point(1, "s", List.of("1", "1"), "morris", "0", "1"),
                new DesignFile.Point(2, "s", List.of("1", "0"), "morris", "1", "0"),
                new DesignFile.Point(3, "s", List.of("0", "0"), "morris", "1", "1"));
        MorrisIndices m = MorrisIndices.of(new DesignFile(List.of("a", "b"), pts), "y", p -> p);
        assertEquals(1, m.skipped());
        assertEquals(1, m.effects().size());
        assertEquals(-1.0, m.effects().get(0).effect(), 1e-12); // (y3 - y2) / ((0 - 1) / range 1)
    }
}
