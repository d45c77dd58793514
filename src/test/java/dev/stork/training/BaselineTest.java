package dev.stork.training;

import static dev.stork.training.support.Outcomes.trial;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineTest {
    @Test
    void medianOfTheLastTenMatchingTrials() {
        List<TrialOutcome> earlier = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            earlier.add(trial().sway(i, 10 * i, Double.NaN).build());
            earlier.add(trial().leg(Leg.RIGHT).sway(100, 100, 100).build());
        }
        Baseline baseline = Baseline.of(earlier, "single-leg-stance", 1, Leg.LEFT);
        assertEquals(10, baseline.trials());
        assertEquals(7.5, baseline.pathVelocityCmS(), 1e-12, "median of 3..12");
        assertEquals(75, baseline.ellipseArea95Cm2(), 1e-12);
        assertTrue(Double.isNaN(baseline.rmsDistanceCm()), "never measured");
    }

    @Test
    void fewerThanThreeTrialsGiveNoBaseline() {
        List<TrialOutcome> earlier = List.of(trial().sway(2, 8, 0.5).build(), trial().sway(3, 9, 0.6).build());
        assertFalse(Baseline.of(earlier, "single-leg-stance", 1, Leg.LEFT).exists());
    }
}
