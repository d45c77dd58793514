package dev.stork.training;

import static dev.stork.training.support.Outcomes.trial;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AsymmetryTest {
    @Test
    void indexIsRightMinusLeftOverTheLarger() {
        assertEquals(100.0 / 3, Asymmetry.index(15, 10), 1e-12);
        assertEquals(-100.0 / 3, Asymmetry.index(10, 15), 1e-12);
        assertEquals(0, Asymmetry.index(0, 0), 0);
    }

    @Test
    void aClearlyShorterHoldFlagsThatLeg() {
        // left median 9 s (SD 0.84 -> SRD 2.3 s), right 15 s: index (15 - 9) / 15 = 40 %, difference 6 s > SRD
        List<TrialOutcome> trials = holds(new double[] {8, 9, 10, 9, 8}, new double[] {15, 15, 15, 15, 15});
        Asymmetry asymmetry = Asymmetry.of(trials, "single-leg-stance", 1);
        assertEquals(40, asymmetry.holdIndexPercent(), 1e-9);
        assertEquals(Leg.LEFT, asymmetry.lagging());
        assertEquals("Your left leg lags: it held 9 s against 15 s on the right (40 % less).", asymmetry.sentence());
    }

    @Test
    void aDifferenceWithinTheLegsOwnScatterIsNotFlagged() {
        // medians 10 and 15 s (index 33 %), but the left's SD is 4.5 s -> SRD 12.5 s > 5 s
        Asymmetry asymmetry = Asymmetry.of(holds(new double[] {5, 15, 10, 14, 6}, new double[] {15, 9, 15, 8, 15}),
                "single-leg-stance", 1);
        assertEquals(100.0 / 3, asymmetry.holdIndexPercent(), 1e-9);
        assertFalse(asymmetry.flagged());
    }

    @Test
    void moreSwayOnOneLegFlagsItWhenHoldsAreEven() {
        List<TrialOutcome> trials = new ArrayList<>();
        double[] left = {2.0, 2.1, 2.0, 1.9, 2.0};
        double[] right = {3.0, 3.1, 2.9, 3.0, 3.0};
        for (int i = 0; i < 5; i++) {
            trials.add(trial().sway(left[i], 8, 0.5).build());
            trials.add(trial().leg(Leg.RIGHT).sway(right[i], 8, 0.5).build());
        }
        Asymmetry asymmetry = Asymmetry.of(trials, "single-leg-stance", 1);
        assertEquals(0, asymmetry.holdIndexPercent(), 0);
        assertEquals(100.0 / 3, asymmetry.swayIndexPercent(), 1e-9, "(3.0 - 2.0) / 3.0");
        assertEquals(Leg.RIGHT, asymmetry.lagging());
        assertEquals("Your right leg lags: it sways 50 % more than the left.", asymmetry.sentence());
    }

    @Test
    void tooFewTrialsOrOneLegOnlyAreSaidSo() {
        Asymmetry few = Asymmetry.of(holds(new double[] {5, 6}, new double[] {15, 15}), "single-leg-stance", 1);
        assertNull(few.lagging());
        assertTrue(few.sentence().startsWith("Too few trials"), few.sentence());
        Asymmetry oneLeg = Asymmetry.of(holds(new double[] {5, 6, 7}, new double[0]), "single-leg-stance", 1);
        assertTrue(Double.isNaN(oneLeg.holdIndexPercent()));
        assertEquals("Not compared yet: do this level on both legs first.", oneLeg.sentence());
    }

    private static List<TrialOutcome> holds(double[] left, double[] right) {
        List<TrialOutcome> trials = new ArrayList<>();
        for (double seconds : left) {
            trials.add(trial().hold(seconds).build());
        }
        for (double seconds : right) {
            trials.add(trial().leg(Leg.RIGHT).hold(seconds).build());
        }
        return trials;
    }
}
