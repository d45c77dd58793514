package dev.stork.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RealChangeTest {
    @Test
    void srdIsTwoPointSevenSevenTimesTheTrialSd() {
        // values 10, 12, 14: sample SD = 2; SRD = 1.96 * sqrt(2) * 2 = 5.543717...
        double srd = RealChange.smallestRealDifference(new double[] {10, 12, 14});
        assertEquals(5.5437171, srd, 1e-6);
        assertTrue(RealChange.isReal(5.6, srd));
        assertTrue(RealChange.isReal(-5.6, srd), "a real loss is as real as a gain");
        assertFalse(RealChange.isReal(5.5, srd));
    }

    @Test
    void nanValuesAreSkippedAndTooFewGiveNoSrd() {
        assertEquals(5.5437171, RealChange.smallestRealDifference(new double[] {10, Double.NaN, 12, 14}), 1e-6);
        double none = RealChange.smallestRealDifference(new double[] {10, 12, Double.NaN});
        assertTrue(Double.isNaN(none));
        assertFalse(RealChange.isReal(100, none), "no SRD, no claim of a real change");
    }
}
