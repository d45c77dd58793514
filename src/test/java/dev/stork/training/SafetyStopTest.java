package dev.stork.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SafetyStopTest {
    private static TrialOutcome trial(String exercise, int pain, FormReport form) {
        return new TrialOutcome(exercise, 1, Leg.LEFT, Target.holdSeconds(15), 10, 0, EndReason.TOUCHDOWN, 2, 3, 0.4,
                OptionalInt.of(pain), form, Instant.EPOCH, null);
    }

    private final SafetyStop stop = SafetyStop.standard();

    @Test
    void painAtOrAboveTheThresholdStopsTheExercise() {
        assertEquals(Optional.empty(), stop.after(trial("single-leg-stance", 4, FormReport.KEPT), false, List.of()));
        assertEquals(Optional.of(SafetyStop.Reason.PAIN),
                stop.after(trial("single-leg-stance", 5, FormReport.KEPT), false, List.of()));
        assertEquals(Optional.of(SafetyStop.Reason.PAIN),
                stop.after(trial("single-leg-stance", 8, FormReport.KEPT), false, List.of()));
        assertEquals(Optional.empty(), new SafetyStop(7).after(trial("single-leg-stance", 6, FormReport.KEPT), false,
                List.of()), "a person's own threshold");
    }

    @Test
    void sharpPainOrTinglingStopsWhateverItsNumber() {
        assertEquals(Optional.of(SafetyStop.Reason.SHARP_PAIN_OR_TINGLING),
                stop.after(trial("single-leg-stance", 1, FormReport.KEPT), true, List.of()));
    }

    @Test
    void formLostTwiceInTheSameExerciseStopsIt() {
        TrialOutcome lost = trial("single-leg-rdl", 0, FormReport.LOST);
        assertEquals(Optional.empty(), stop.after(lost, false, List.of()), "once is not yet a stop");
        assertEquals(Optional.empty(), stop.after(lost, false, List.of(trial("single-leg-stance", 0,
                FormReport.LOST))), "lost in another exercise does not count");
        assertEquals(Optional.of(SafetyStop.Reason.FORM_LOST_TWICE), stop.after(lost, false, List.of(lost)));
    }

    @Test
    void twoStopsEndTheSessionAndEachStopIsOnePlainSentence() {
        assertTrue(!SafetyStop.endsSession(1) && SafetyStop.endsSession(2));
        assertEquals("Pain of 8/10: that is enough single-leg stance for today.",
                SafetyStop.sentence(SafetyStop.Reason.PAIN, "single-leg stance", 8));
        assertThrows(IllegalArgumentException.class, () -> new SafetyStop(0));
    }
}
