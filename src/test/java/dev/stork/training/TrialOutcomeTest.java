package dev.stork.training;

import static dev.stork.training.support.Outcomes.trial;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrialOutcomeTest {
    @Test
    void badFieldsAreNamed() {
        IllegalArgumentException pain = assertThrows(IllegalArgumentException.class, () -> trial().pain(11).build());
        assertEquals("trial outcome: pain must be 0 to 10, was 11", pain.getMessage());
        IllegalArgumentException sway = assertThrows(IllegalArgumentException.class,
                () -> trial().sway(-1, Double.NaN, Double.NaN).build());
        assertEquals("trial outcome: pathVelocityCmS must be a finite number >= 0 or NaN (not measured), was -1.0",
                sway.getMessage());
    }

    @Test
    void targetIsMetOnlyWithGoodForm() {
        assertTrue(trial().hold(15).build().metTarget());
        assertFalse(trial().hold(14.9).build().metTarget());
        assertFalse(trial().hold(15).lostForm().build().metTarget());
        assertEquals(0.5, trial().target(Target.repetitions(10)).repetitions(5).build().fractionOfTarget(), 0);
        assertFalse(trial().build().hasSway());
    }
}
