package org.sxbelt.experiment.stats;

import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SobolIndicesTest {

    /** A Saltelli (2010) design on [lo, hi]^k from a 2k-dimensional Sobol' sequence: A, B, AB_1..AB_k. */
    static DesignFile saltelli(int k, int n, double lo, double hi, Map<Integer, double[]> xs) {
        SobolSequenceGenerator gen = new SobolSequenceGenerator(2 * k);
        gen.nextVector(); // skip the all-zero first point
        List<DesignFile.Point> points = new ArrayList<>();
        List<String> factors = new ArrayList<>();
        for (int i = 1; i <= k; i++) factors.add("x" + i);
        int id = 0;
        for (int j = 0; j < n; j++) {
            double[] u = gen.nextVector();
            double[] a = new double[k], b = new double[k];
            for (int i = 0; i < k; i++) {
                a[i] = lo + (hi - lo) * u[i];
                b[i] = lo + (hi - lo) * u[k + i];
            }
            id = add(points, xs, id, "A", j, a);
            id = add(points, xs, id, "B", j, b);
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                id = add(points, xs, id, "AB" + (i + 1), j, ab);
            }
        }
        return new DesignFile(factors, points);
    }

    private static int add(List<DesignFile.Point> points, Map<Integer, double[]> xs, int id, String group, int j, double[] x) {
        List<String> v = new ArrayList<>();
        for (double xi : x) v.add(Double.toString(xi));
        points.add(new DesignFile.Point(id, "baseline", v, "sobol", group, Integer.toString(j)));
        xs.put(id, x);
        return id + 1;
    }

    private static SobolIndices run(DesignFile d, Map<Integer, double[]> xs, ToDoubleFunction<double[]> f) {
        return SobolIndices.of(d, "y", p -> f.applyAsDouble(xs.get(p)));
    }

    @Test
    void linearModelHasAnalyticIndices() {
        // f = x1 + 2 x2 + 3 x3 on U(0,1)^3: S_i = ST_i = a_i^2 / 14
        Map<Integer, double[]> xs = new HashMap<>();
        DesignFile d = saltelli(3, 1024, 0, 1, xs);
        SobolIndices s = run(d, xs, x -> x[0] + 2 * x[1] + 3 * x[2]);
        double[] a = {1, 2, 3};
        for (int i = 0; i < 3; i++) {
            SobolIndices.Index idx = s.indices().get(i);
            double exact = a[i] * a[i] / 14;
            assertEquals(1024, idx.n());
            assertEquals(exact, idx.s1(), 0.03, "S" + (i + 1));
            assertEquals(exact, idx.st(), 0.03, "ST" + (i + 1));
            assertTrue(idx.s1Low() <= idx.s1() && idx.s1() <= idx.s1High());
            assertTrue(idx.s1Low() < exact && exact < idx.s1High(), "S" + (i + 1) + " interval covers " + exact);
            assertTrue(idx.stLow() < exact && exact < idx.stHigh(), "ST" + (i + 1) + " interval covers " + exact);
            assertTrue(idx.s1High() - idx.s1Low() < 0.15, idx.toString());
        }
    }

    @Test
    void ishigamiFunction() {
        // f = sin x1 + 7 sin^2 x2 + 0.1 x3^4 sin x1 on U(-pi, pi)^3
        Map<Integer, double[]> xs = new HashMap<>();
        DesignFile d = saltelli(3, 8192, -Math.PI, Math.PI, xs);
        SobolIndices s = run(d, xs, x -> Math.sin(x[0]) + 7 * Math.pow(Math.sin(x[1]), 2)
                + 0.1 * Math.pow(x[2], 4) * Math.sin(x[0]));
        double[] s1 = {0.3139, 0.4424, 0.0};
        double[] st = {0.5576, 0.4424, 0.2437};
        for (int i = 0; i < 3; i++) {
            assertEquals(s1[i], s.indices().get(i).s1(), 0.04, "S" + (i + 1));
            assertEquals(st[i], s.indices().get(i).st(), 0.04, "ST" + (i + 1));
        }
    }

    @Test
    void shiftingTheOutputChangesNothing() {
        // centring: a response of mean 10^4 gives the same indices as the same response around zero
        Map<Integer, double[]> xs = new HashMap<>();
        DesignFile d = saltelli(3, 256, 0, 1, xs);
        SobolIndices low = run(d, xs, x -> x[0] + 2 * x[1] + 3 * x[2]);
        SobolIndices high = run(d, xs, x -> 1e4 + x[0] + 2 * x[1] + 3 * x[2]);
        for (int i = 0; i < 3; i++) {
            assertEquals(low.indices().get(i).s1(), high.indices().get(i).s1(), 1e-6);
            assertEquals(low.indices().get(i).st(), high.indices().get(i).st(), 1e-6);
            assertEquals(low.indices().get(i).s1High(), high.indices().get(i).s1High(), 1e-6);
        }
    }

    @Test
    void bootstrapIsReproducibleAndCsvHasOneRowPerFactor() {
        Map<Integer, double[]> xs = new HashMap<>();
        DesignFile d = saltelli(2, 64, 0, 1, xs);
        SobolIndices a = run(d, xs, x -> x[0] + 0.5 * x[1]);
        SobolIndices b = run(d, xs, x -> x[0] + 0.5 * x[1]);
        assertEquals(a.indices(), b.indices());
        String csv = SobolIndices.csv(List.of(a));
        String[] lines = csv.split("\n");
        assertEquals("indicator,factor,n,s1,s1_ci_low,s1_ci_high,st,st_ci_low,st_ci_high", lines[0]);
        assertEquals(3, lines.length);
        assertTrue(lines[1].startsWith("y,x1,64,"));
    }

    @Test
    void naResponsesDropTheirBaseSample() {
        Map<Integer, double[]> xs = new HashMap<>();
        DesignFile d = saltelli(2, 32, 0, 1, xs);
        SobolIndices s = SobolIndices.of(d, "y", p -> p == 5 ? Double.NaN : xs.get(p)[0]);
        assertEquals(31, s.indices().get(0).n());
        assertEquals(1, s.indices().get(0).st(), 0.15);
        assertEquals(0, s.indices().get(1).st(), 1e-12);
    }
}
