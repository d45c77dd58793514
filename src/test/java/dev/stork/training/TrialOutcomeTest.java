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

    @Test
    void aTrialWithItsFormNotReportedIsNeitherMetNorMissedWhenItReachedTheTarget() {
        TrialOutcome unanswered = trial().hold(15).unanswered().build();
        assertFalse(unanswered.metTarget(), "not shown to be met: form unknown");
        assertFalse(unanswered.missedTarget(), "nor missed: the target was reached");
        assertFalse(unanswered.answered());
        assertTrue(trial().hold(10).unanswered().build().missedTarget(), "a short hold is a miss whatever was said");
        assertTrue(trial().hold(15).lostForm().build().missedTarget());
        assertFalse(trial().hold(15).build().missedTarget());
        assertTrue(trial().build().answered());
        assertFalse(trial().pain(2).formUnanswered().build().answered(), "pain alone is not both answers");
    }

    @Test
    void missingAnswersAreNamedAndNotReportedIsExplicit() {
        IllegalArgumentException pain = assertThrows(IllegalArgumentException.class, () -> new TrialOutcome(
                "single-leg-stance", 1, Leg.LEFT, Target.holdSeconds(15), 15, 0, EndReason.TARGET, Double.NaN,
                Double.NaN, Double.NaN, null, FormReport.KEPT, java.time.Instant.EPOCH, null));
        assertEquals("trial outcome: pain is missing (use OptionalInt.empty() when not reported)", pain.getMessage());
        IllegalArgumentException form = assertThrows(IllegalArgumentException.class, () -> new TrialOutcome(
                "single-leg-stance", 1, Leg.LEFT, Target.holdSeconds(15), 15, 0, EndReason.TARGET, Double.NaN,
                Double.NaN, Double.NaN, java.util.OptionalInt.empty(), null, java.time.Instant.EPOCH, null));
        assertEquals("trial outcome: form is missing (use NOT_REPORTED when not reported)", form.getMessage());
    }
}
