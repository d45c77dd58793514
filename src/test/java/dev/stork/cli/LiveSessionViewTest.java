package dev.stork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.stork.session.FinishedTrial;
import dev.stork.training.EndReason;
import dev.stork.training.Exercise;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.FormReport;
import dev.stork.training.Leg;
import dev.stork.training.PrescribedTrial;
import dev.stork.training.Target;
import dev.stork.training.TrialOutcome;
import dev.stork.training.TrialScore;
import java.time.Instant;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class LiveSessionViewTest {
    private static FinishedTrial finished(Leg asked, Leg stood) {
        PrescribedTrial trial = new PrescribedTrial("single-leg-stance", 1, asked, 1, 1, Target.holdSeconds(15), 20,
                "Stop if it hurts.");
        TrialOutcome outcome = new TrialOutcome("single-leg-stance", 1, stood, Target.holdSeconds(15), 9, 0,
                EndReason.TOUCHDOWN, 2, 3, 0.5, OptionalInt.of(0), FormReport.KEPT, Instant.EPOCH, null, 1.2);
        return new FinishedTrial(1, trial, outcome, new TrialScore(80, 60, 100, "hold and sway"), 1);
    }

    @Test
    void aHoldOnTheOtherLegIsSaidToCountForTheLegStoodOn() {
        Exercise stance = ExerciseCatalogue.standard().get("single-leg-stance");
        assertEquals("You stood on your right leg: this counts for the right.",
                LiveSessionView.otherLegSentence(finished(Leg.LEFT, Leg.RIGHT), stance));
        assertNull(LiveSessionView.otherLegSentence(finished(Leg.LEFT, Leg.LEFT), stance),
                "the leg asked for: nothing said");
        assertNull(LiveSessionView.otherLegSentence(finished(Leg.BOTH, Leg.BOTH), stance));
        assertEquals("You knelt on your right knee: this counts for the right.", LiveSessionView.otherLegSentence(
                finished(Leg.LEFT, Leg.RIGHT), ExerciseCatalogue.standard().get("kneeling-side-leg")));
    }
}
