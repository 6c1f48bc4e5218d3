package org.sxbelt.experiment.calibration;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileTestTest {

    private static final double[] U = {0, 0.25, 0.5, 0.75, 1};

    @Test
    void aClearBowlIsIdentified() {
        assertTrue(ProfileTest.identified(U, new double[]{9.1, 8.2, 7.9, 8.3, 9.0}, 0.05));
    }

    @Test
    void scatterWithoutATrendIsNot() {
        // the kind of profile a parameter that does nothing gives at 1:500: noise of about one unit
        assertFalse(ProfileTest.identified(U, new double[]{10.6, 11.9, 10.1, 12.0, 10.9}, 0.05));
    }

    @Test
    void aTrendTooSmallToMoveOneFactIsNot() {
        assertFalse(ProfileTest.identified(U, new double[]{8.00, 8.005, 8.01, 8.015, 8.02}, 0.05));
        assertTrue(ProfileTest.identified(U, new double[]{8.0, 8.5, 9.0, 9.5, 10.0}, 0.05));
    }

    @Test
    void tooFewPointsIdentifyNothingAndAFlatProfileNeither() {
        assertFalse(ProfileTest.identified(new double[]{0, 0.5, 1}, new double[]{1, 5, 9}, 0.05));
        assertFalse(ProfileTest.identified(U, new double[]{3, 3, 3, 3, 3}, 0.05));
    }
}
