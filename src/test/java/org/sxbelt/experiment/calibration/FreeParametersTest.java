package org.sxbelt.experiment.calibration;

import org.junit.jupiter.api.Test;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.Scenario;
import org.sxbelt.scenario.ScenarioLoader;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FreeParametersTest {

    @Test
    void theBuiltInListHoldsTenToTwentyFiveParametersWhoseBaselineValuesLieInTheirBounds() {
        List<FreeParameter> free = FreeParameters.loadDefault();
        assertTrue(free.size() >= 10 && free.size() <= 25, free.size() + " parameters");
        Scenario baseline = ScenarioLoader.loadDefault();
        for (FreeParameter f : free) {
            double v = baseline.params().get(f.param());
            assertTrue(v >= f.low() && v <= f.high(), f.key() + " = " + v + " outside " + f.low() + ".." + f.high());
            assertTrue(!f.why().isBlank(), f.key() + " says why it is free");
        }
    }

    @Test
    void valuesAreRoundedAsTheScenarioFileWritesThem() {
        FreeParameter whole = new FreeParameter(ParamSchema.byKey("firm.patienceMonths"), 4, 18, "");
        assertEquals(11, whole.value(0.5), 0);
        FreeParameter real = new FreeParameter(ParamSchema.byKey("labor.quitRate"), 0.004, 0.04, "");
        assertEquals(0.00844442, real.value(0.123456), 0);
        assertEquals(0.004, real.value(-3), 0);
        assertEquals(0.5, real.unit(0.022), 1e-12);
    }

    private static String problem(String text) {
        return assertThrows(CalibrationException.class, () -> FreeParameters.parse("p.csv", new StringReader(text))).getMessage();
    }

    @Test
    void badFilesGetOneLineNamingTheLineAndWhatIsAllowed() {
        assertEquals("p.csv line 1: expected the header key,low,high,why", problem("k,l,h\n"));
        assertTrue(problem("key,low,high,why\nlabor.quitRat,0,0.1,x\n").startsWith("p.csv line 2: unknown parameter \"labor.quitRat\""));
        assertEquals("p.csv line 2: labor.quitRate: low 0.6 must be below high 0.04",
                problem("key,low,high,why\nlabor.quitRate,0.6,0.04,x\n"));
        assertEquals("p.csv line 2: labor.quitRate: bounds 0..0.9 must lie in its allowed range 0..0.5",
                problem("key,low,high,why\nlabor.quitRate,0,0.9,x\n"));
        assertEquals("p.csv line 2 (high): \"abc\" is not a finite number", problem("key,low,high,why\nlabor.quitRate,0,abc,x\n"));
        assertEquals("p.csv line 3: labor.quitRate is listed twice",
                problem("key,low,high,why\nlabor.quitRate,0,0.1,x\nlabor.quitRate,0,0.2,y\n"));
        assertEquals("p.csv line 2: labor.otherTowns is boolean: only real and whole-number parameters can be calibrated",
                problem("key,low,high,why\nlabor.otherTowns,0,1,x\n"));
        assertEquals("p.csv: no parameters (a row per parameter: key,low,high,why)", problem("key,low,high,why\n"));
    }
}
