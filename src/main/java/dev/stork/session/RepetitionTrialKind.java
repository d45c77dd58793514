package dev.stork.session;

import dev.stork.board.TrialBoard;
import dev.stork.sensor.HealthEvent;
import dev.stork.signal.repetition.Repetition;
import dev.stork.signal.stance.RepetitionSetDetector;
import dev.stork.store.TrialEvent;
import dev.stork.training.EndReason;
import dev.stork.training.PrescribedTrial;
import dev.stork.training.TrialOutcome;
import dev.stork.trial.LiveSnapshot;
import dev.stork.trial.PlatePipeline;
import dev.stork.trial.TrialListener;
import dev.stork.trial.TrialResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A set of repetitions on the plate (hip hinge, lateral lunge): the instructions until the person stands still in
 * the top position, a countdown of {@link RepetitionSetDetector#READY_S} s, then the set, counted from the plate
 * until the target count or until the person steps off. Its outcome is the count, the set's time and sway; each
 * repetition's time and side-to-side wobble go into the trial's timeline.
 */
final class RepetitionTrialKind implements TrialKind {
    /** The one instance: the kind keeps no state. */
    static final RepetitionTrialKind INSTANCE = new RepetitionTrialKind();

    private RepetitionTrialKind() {
    }

    @Override
    public PlatePipeline pipeline(TrialBoard board, PrescribedTrial trial, TrialListener finished) {
        return PlatePipeline.forRepetitions(board.geometry(), board.rateHz(), (int) trial.target().amount(),
                finished);
    }

    @Override
    public LivePhase livePhase(LiveSnapshot snapshot, long twoLegSinceNanos) {
        return LivePhase.countingDown(snapshot, twoLegSinceNanos, RepetitionSetDetector.READY_S);
    }

    @Override
    public TrialOutcome outcome(PrescribedTrial trial, TrialResult result, TrialAnswer answer, Instant startTime,
                                String calibrationId) {
        EndReason reason = switch (result.endReason()) {
            case TARGET -> EndReason.TARGET;
            case STEP_OFF -> EndReason.STEP_OFF;
            case TOUCHDOWN, SUPPORT, EDGE_CONTACT, END_OF_DATA, DATA_GAP -> EndReason.STOPPED;
        };
        return new TrialOutcome(trial.exerciseId(), trial.level(), trial.leg(), trial.target(), result.holdS(),
                result.repetitionCount(), reason, result.sway().meanVelocityDisplay(),
                result.sway().ellipseAreaDisplay(), result.sway().rmsDistance() * 100, answer.pain(), answer.form(),
                startTime, calibrationId, Double.NaN);
    }

    @Override
    public List<TrialEvent> events(TrialResult result, HealthEvent boardLost) {
        List<TrialEvent> events = new ArrayList<>();
        events.add(new TrialEvent(0, "set-start", result.repetitionCount() + " repetitions"));
        for (Repetition rep : result.repetitions()) {
            events.add(new TrialEvent((rep.endNanos() - result.startNanos()) * 1e-9, "repetition",
                    String.format(Locale.ROOT, "%d: %.1f s, side-to-side sway %.2f cm", rep.number(),
                            rep.durationS(), rep.swayMlRmsM() * 100)));
        }
        if (boardLost != null) {
            events.add(new TrialEvent(result.holdS(), "board-lost", boardLost.message()));
        }
        events.add(new TrialEvent(result.holdS(), "set-end", result.endReason().name().toLowerCase(Locale.ROOT)));
        return events;
    }
}
