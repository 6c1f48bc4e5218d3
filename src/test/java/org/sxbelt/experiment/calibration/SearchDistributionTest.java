package org.sxbelt.experiment.calibration;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SearchDistributionTest {

    private static CalibrationTable.Row row(int evaluation, int generation, double... values) {
        return new CalibrationTable.Row(evaluation, generation, 1.0, values, values, new double[0]);
    }

    @Test
    void summarisesTheLastCompleteGenerationAndSkipsOneCutShortByTheBudget() {
        List<CalibrationTable.Row> rows = new ArrayList<>();
        rows.add(row(0, 0, 5, 50));
        rows.add(row(1, 1, 1, 10));
        rows.add(row(2, 1, 3, 30));
        rows.add(row(3, 2, 2, 20));
        rows.add(row(4, 2, 4, 60));
        rows.add(row(5, 3, 9, 90)); // generation 3 holds 1 of 2: cut short by the budget
        SearchDistribution d = SearchDistribution.ofLastGeneration(rows, 2);
        assertEquals(2, d.generation());
        assertEquals(2, d.candidates());
        assertArrayEquals(new double[] {3, 40}, d.mean(), 1e-12);
        assertArrayEquals(new double[] {Math.sqrt(2), Math.sqrt(800)}, d.sd(), 1e-12); // n - 1 in the variance
    }

    @Test
    void noCompleteGenerationAfterTheStartGivesNone() {
        assertNull(SearchDistribution.ofLastGeneration(List.of(row(0, 0, 1), row(1, 1, 2)), 3));
        assertNull(SearchDistribution.ofLastGeneration(List.of(row(0, 0, 1)), 2));
        assertThrows(IllegalArgumentException.class, () -> SearchDistribution.ofLastGeneration(List.of(), 1));
    }
}
