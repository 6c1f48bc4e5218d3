package org.sxbelt.experiment.calibration;

import org.junit.jupiter.api.Test;
import org.sxbelt.experiment.CalibrationTarget;
import org.sxbelt.experiment.CalibrationTargetKind;
import org.sxbelt.experiment.Statistic;
import org.sxbelt.model.Level;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CalibrationLossTest {

    static CalibrationTarget target(String id, double low, double high, double tolerance) {
        return new CalibrationTarget(id, CalibrationTargetKind.FITTED, id, Statistic.MEAN, List.of("jobs_park"), List.of(),
                Level.BELT, List.of("belt"), 0, 11, low, high, tolerance, "test", "", 2);
    }

    @Test
    void aRangeScoresZeroAtItsMiddleAndOneAtItsEnds() {
        CalibrationTarget t = target("wage", 3000, 5000, 0);
        assertEquals(0, CalibrationLoss.scaledError(t, 4000), 1e-12);
        assertEquals(1, CalibrationLoss.scaledError(t, 5000), 1e-12);
        assertEquals(-1, CalibrationLoss.scaledError(t, 3000), 1e-12);
        assertEquals(2, CalibrationLoss.scaledError(t, 6000), 1e-12);
    }

    @Test
    void aSingleFigureScoresByItsTolerance() {
        CalibrationTarget t = target("firms", 400, 400, 0.1);
        assertEquals(1, CalibrationLoss.scaledError(t, 440), 1e-12);
        assertEquals(-0.5, CalibrationLoss.scaledError(t, 380), 1e-12);
    }

    @Test
    void aOneSidedRangeIsFlatInsideAndCountsTenPerCentMissesOutside() {
        CalibrationTarget atLeast = target("share", 0.8, Double.POSITIVE_INFINITY, 0);
        assertEquals(0, CalibrationLoss.scaledError(atLeast, 0.95), 1e-12);
        assertEquals(-1, CalibrationLoss.scaledError(atLeast, 0.72), 1e-9);
    }

    @Test
    void theLossIsTheMeanSquareAndNaCountsTen() {
        List<CalibrationTarget> ts = List.of(target("a", 3000, 5000, 0), target("b", 400, 400, 0.1));
        CalibrationLoss.Value v = CalibrationLoss.of(ts, new double[]{5000, 420});
        assertEquals((1 + 0.25) / 2, v.loss(), 1e-12);
        assertEquals(100.0 / 2, CalibrationLoss.of(ts, new double[]{4000, Double.NaN}).loss(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> CalibrationLoss.of(ts, new double[]{1}));
    }
}
