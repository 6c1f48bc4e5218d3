package org.sxbelt.experiment.sweep;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DesignsTest {

    @Test
    void fullFactorialHasEveryCombinationOnce() {
        int[] counts = {3, 2, 4};
        List<int[]> combos = FullFactorial.combinations(counts);
        assertEquals(24, combos.size());
        assertEquals(24, FullFactorial.size(counts));
        Set<String> distinct = new HashSet<>();
        for (int[] c : combos) {
            for (int j = 0; j < 3; j++) assertTrue(c[j] >= 0 && c[j] < counts[j]);
            distinct.add(c[0] + "," + c[1] + "," + c[2]);
        }
        assertEquals(24, distinct.size());
        assertArrayEquals(new int[] {0, 0, 0}, combos.get(0));
        assertArrayEquals(new int[] {0, 0, 1}, combos.get(1), "last factor varies fastest");
        assertArrayEquals(new int[] {2, 1, 3}, combos.get(23));
        assertEquals(1, FullFactorial.combinations(new int[0]).size());
    }

    @Test
    void latinHypercubeHasOnePointPerBinForEveryFactor() {
        int n = 17, k = 4;
        List<UnitPoint> pts = LatinHypercube.sample(n, k, 42);
        assertEquals(n, pts.size());
        for (int j = 0; j < k; j++) {
            boolean[] hit = new boolean[n];
            for (UnitPoint p : pts) {
                double u = p.u(j);
                assertTrue(u >= 0 && u < 1, "in [0,1): " + u);
                int bin = (int) Math.floor(u * n);
                assertTrue(!hit[bin], "factor " + j + ": bin " + bin + " holds two points");
                hit[bin] = true;
            }
        }
        // deterministic for a seed, different for another
        assertArrayEquals(pts.get(3).u(), LatinHypercube.sample(n, k, 42).get(3).u());
        assertTrue(pts.get(3).u(0) != LatinHypercube.sample(n, k, 43).get(3).u(0));
    }

    @Test
    void morrisTrajectoriesMoveOneFactorByDeltaPerStep() {
        int r = 8, k = 5, p = 4;
        MorrisDesign d = MorrisDesign.generate(r, k, p, 7);
        double delta = 4.0 / 6.0;
        assertEquals(delta, d.delta(), 1e-15);
        assertEquals(r * (k + 1), d.points().size());
        for (int t = 0; t < r; t++) {
            Set<Integer> moved = new HashSet<>();
            for (int s = 0; s <= k; s++) {
                UnitPoint pt = d.points().get(t * (k + 1) + s);
                assertEquals(Integer.toString(t + 1), pt.group());
                assertEquals(s, pt.step());
                for (int j = 0; j < k; j++) {
                    double u = pt.u(j);
                    assertTrue(u >= 0 && u <= 1 + 1e-12);
                    double level = u * (p - 1);
                    assertEquals(Math.rint(level), level, 1e-9, "on the grid");
                }
                if (s == 0) continue;
                UnitPoint prev = d.points().get(t * (k + 1) + s - 1);
                int changed = -1;
                for (int j = 0; j < k; j++) {
                    double diff = pt.u(j) - prev.u(j);
                    if (diff != 0) {
                        assertEquals(-1, changed, "only one factor changes per step");
                        assertEquals(delta, Math.abs(diff), 1e-12, "changes by ±Δ");
                        changed = j;
                    }
                }
                assertEquals(d.changedFactor(t, s), changed);
                assertTrue(moved.add(changed), "every factor moves once");
            }
            assertEquals(k, moved.size());
        }
    }

    @Test
    void saltelliHasABAndMixedMatrices() {
        int n = 8, k = 3;
        List<UnitPoint> pts = SaltelliDesign.sample(n, k);
        assertEquals(n * (k + 2), pts.size());
        List<String> groups = new ArrayList<>();
        for (UnitPoint p : pts) if (!groups.contains(p.group())) groups.add(p.group());
        assertEquals(List.of("A", "B", "AB1", "AB2", "AB3"), groups);
        for (int j = 0; j < n; j++) {
            UnitPoint a = pts.get(j), b = pts.get(n + j);
            assertEquals("A", a.group());
            assertEquals(j, a.step());
            assertEquals(j, b.step());
            for (int i = 0; i < k; i++) {
                UnitPoint ab = pts.get((2 + i) * n + j);
                assertEquals("AB" + (i + 1), ab.group());
                assertEquals(j, ab.step());
                for (int c = 0; c < k; c++) {
                    assertEquals(c == i ? b.u(c) : a.u(c), ab.u(c), 0.0, "AB" + (i + 1) + " column " + c);
                }
            }
        }
        // quasi-random, not degenerate: A and B differ, no all-zero first point
        assertTrue(pts.get(0).u(0) > 0 || pts.get(0).u(1) > 0);
        assertTrue(pts.get(0).u(0) != pts.get(n).u(0) || pts.get(0).u(1) != pts.get(n).u(1));
    }
}
