package dev.stork.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stork.sensor.HealthEvent;
import dev.stork.signal.stance.HoldEndReason;
import dev.stork.signal.stance.StanceState;
import dev.stork.store.TrialEvent;
import dev.stork.training.EndReason;
import dev.stork.training.FormReport;
import dev.stork.training.Leg;
import dev.stork.training.PrescribedTrial;
import dev.stork.training.Target;
import dev.stork.training.TrialOutcome;
import dev.stork.trial.LiveSnapshot;
import dev.stork.trial.SwaySummary;
import dev.stork.trial.TrialResult;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The hold as a kind of trial: what the person is told on the board and what a finished hold becomes. */
class HoldTrialKindTest {
    private static final long SECOND_NANOS = 1_000_000_000L;
    private static final PrescribedTrial TRIAL = new PrescribedTrial("single-leg-stance", 1, Leg.LEFT, 1, 1,
            Target.holdSeconds(20), 30, "Stop if it hurts.");
    private static final SwaySummary SWAY = new SwaySummary(1000, 0.2, 0.02, 0.005, 0.0004,
            SwaySummary.Unit.METRES);

    private static LiveSnapshot snapshot(long timeNanos, StanceState state, int holdsEnded) {
        return new LiveSnapshot(timeNanos, state, 700, 0, 0, 0, dev.stork.signal.stance.Leg.LEFT, 0, 20, SWAY,
                holdsEnded, null, 0);
    }

    private static TrialResult hold(double heldS, HoldEndReason reason) {
        return new TrialResult(dev.stork.signal.stance.Leg.LEFT, 5 * SECOND_NANOS,
                5 * SECOND_NANOS + (long) (heldS * SECOND_NANOS), reason, 1.5, SWAY);
    }

    @Test
    void thePersonIsAtTheInstructionsThenCountsDownOnBothLegsThenHolds() {
        HoldTrialKind kind = HoldTrialKind.STANDING;
        assertEquals(new TrialKind.LivePhase(SessionPhase.INSTRUCTIONS, 0),
                kind.livePhase(snapshot(SECOND_NANOS, StanceState.STEPPING_ON, 0), Long.MIN_VALUE));
        // 1.25 s on both legs of the 3 s countdown: 1.75 s left (to within rounding of the nanoseconds).
        TrialKind.LivePhase counting = kind.livePhase(snapshot(3_250_000_000L, StanceState.TWO_LEG, 0),
                2 * SECOND_NANOS);
        assertEquals(SessionPhase.COUNTDOWN, counting.phase());
        assertEquals(1.75, counting.countdownLeftS(), 1e-9);
        assertEquals(0, kind.livePhase(snapshot(9 * SECOND_NANOS, StanceState.TWO_LEG, 0), 2 * SECOND_NANOS)
                .countdownLeftS(), 0, "a late lift: the countdown stays at zero");
        assertEquals(SessionPhase.HOLDING,
                kind.livePhase(snapshot(9 * SECOND_NANOS, StanceState.HOLD, 0), 2 * SECOND_NANOS).phase());
        assertEquals(SessionPhase.HOLDING,
                kind.livePhase(snapshot(30 * SECOND_NANOS, StanceState.TWO_LEG, 1), 29 * SECOND_NANOS).phase(),
                "on both legs again after the hold, the person is only stepping down");
    }

    @Test
    void aFinishedHoldBecomesItsOutcomeCappedAtTheTarget() {
        Instant start = Instant.parse("2026-03-01T10:00:00Z");
        TrialOutcome outcome = HoldTrialKind.STANDING.outcome(TRIAL, hold(21.5, HoldEndReason.TARGET),
                new TrialAnswer(2, false), start, "cal-1");
        assertEquals(20, outcome.holdSeconds(), 0, "held to the target, never beyond");
        assertEquals(EndReason.TARGET, outcome.endReason());
        assertEquals(2.0, outcome.pathVelocityCmS(), 1e-12);
        assertEquals(0.5, outcome.rmsDistanceCm(), 1e-12);
        assertEquals(OptionalInt.of(2), outcome.pain());
        assertEquals(FormReport.reported(false), outcome.form());
        assertEquals(start, outcome.startTime());
        assertEquals("cal-1", outcome.calibrationId());
        assertEquals(1.5, outcome.timeToStabilisationS(), 0, "the time to stabilisation is kept");
        assertEquals(Leg.LEFT, outcome.leg());

        assertEquals(EndReason.TOUCHDOWN, HoldTrialKind.STANDING.outcome(TRIAL, hold(4, HoldEndReason.EDGE_CONTACT),
                TrialAnswer.STOPPED_UNANSWERED, start, null).endReason());
        assertEquals(EndReason.STOPPED, HoldTrialKind.STANDING.outcome(TRIAL, hold(4, HoldEndReason.DATA_GAP),
                TrialAnswer.STOPPED_UNANSWERED, start, null).endReason());
    }

    @Test
    void aLostBoardIsOnTheHoldsTimelineWhereTheHoldEnded() {
        TrialResult result = hold(4, HoldEndReason.END_OF_DATA);
        assertEquals(List.of(new TrialEvent(0, "hold-start", "left"), new TrialEvent(4, "hold-end", "end_of_data")),
                HoldTrialKind.STANDING.events(result, null));
        HealthEvent lost = new HealthEvent(9 * SECOND_NANOS, HealthEvent.Kind.DISCONNECTED, "plate unplugged");
        assertEquals(List.of(new TrialEvent(0, "hold-start", "left"),
                new TrialEvent(4, "board-lost", "plate unplugged"), new TrialEvent(4, "hold-end", "end_of_data")),
                HoldTrialKind.STANDING.events(result, lost));
    }

    @Test
    void aHoldOnTheOtherLegCountsForTheLegStoodOn() {
        TrialResult onRight = new TrialResult(dev.stork.signal.stance.Leg.RIGHT, 5 * SECOND_NANOS, 12 * SECOND_NANOS,
                HoldEndReason.TOUCHDOWN, Double.NaN, SWAY);
        TrialOutcome outcome = HoldTrialKind.STANDING.outcome(TRIAL, onRight, new TrialAnswer(0, false),
                Instant.EPOCH, null);
        assertEquals(Leg.RIGHT, outcome.leg(), "asked for the left, stood on the right");
        assertEquals(Double.NaN, outcome.timeToStabilisationS(), "never settled");
        TrialResult unknown = new TrialResult(dev.stork.signal.stance.Leg.UNKNOWN, 5 * SECOND_NANOS,
                12 * SECOND_NANOS, HoldEndReason.EDGE_CONTACT, 2, SWAY);
        assertEquals(Leg.LEFT, HoldTrialKind.STANDING.outcome(TRIAL, unknown, new TrialAnswer(0, false),
                Instant.EPOCH, null).leg(), "a board that cannot tell: the leg asked for");
    }
}
