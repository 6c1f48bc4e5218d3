package org.sxbelt.experiment.sweep;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EtaEstimatorTest {

    /**
     * The sweep of issue 19: two workers, 270 runs of about 0.63 s after a first wave of two 3.9 s runs.
     * The old ETA (elapsed / finished x remaining) said 3.9 x 269 s = 17 min after the first run; the
     * whole sweep took about 85 s.
     */
    @Test
    void aSlowFirstWaveDoesNotInflateTheEstimateOnceALaterRunFinished() {
        EtaEstimator e = new EtaEstimator(2);
        e.finished(3.9, true);
        assertTrue(Double.isNaN(e.secondsLeft(267, new double[] {3.0})), "no ETA after one run");
        e.finished(3.9, true);
        // only the first wave so far: its mean, shared by the two workers
        assertEquals((2 * 3.9 + 266 * 3.9) / 2, e.secondsLeft(266, new double[] {0.0, 0.0}), 1e-9);
        e.finished(0.6, false);
        e.finished(0.66, false);
        assertEquals(0.63, e.runSeconds(), 1e-12);
        // 264 to start, two in flight for 0.2 and 0.5 s: (0.43 + 0.13 + 264 x 0.63) / 2
        assertEquals((0.43 + 0.13 + 264 * 0.63) / 2, e.secondsLeft(264, new double[] {0.2, 0.5}), 1e-9);
        double eta = e.secondsLeft(264, new double[] {0.2, 0.5});
        assertTrue(eta > 80 && eta < 90, "about 85 s: " + eta);
    }

    @Test
    void theAverageMovesWithTheLatestRuns() {
        EtaEstimator e = new EtaEstimator(1);
        for (int i = 0; i < 20; i++) e.finished(i < 10 ? 1.0 : 2.0, false);
        assertEquals(2.0, e.runSeconds(), 1e-12, "only the last " + EtaEstimator.WINDOW + " runs count");
        e.finished(12.0, false);
        assertEquals(3.0, e.runSeconds(), 1e-12);
        assertEquals(30.0, e.secondsLeft(10, new double[0]), 1e-9);
    }

    @Test
    void theLastRunsInFlightBoundTheEnd() {
        EtaEstimator e = new EtaEstimator(4);
        e.finished(10, false);
        e.finished(10, false);
        // nothing left to start: the sweep ends when the run in flight for 1 s does, 9 s from now
        assertEquals(9.0, e.secondsLeft(0, new double[] {1, 8, 9.5}), 1e-9);
        // a run over its expected time counts as about to end
        assertEquals(0.0, e.secondsLeft(0, new double[] {12}), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> new EtaEstimator(0));
    }
}
