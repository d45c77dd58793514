package dev.stork.session;

import dev.stork.board.TrialBoard;
import dev.stork.sensor.HealthEvent;
import dev.stork.signal.stance.PlateStanceConfig;
import dev.stork.store.TrialEvent;
import dev.stork.training.EndReason;
import dev.stork.training.Leg;
import dev.stork.training.PrescribedTrial;
import dev.stork.training.TrialOutcome;
import dev.stork.trial.LiveSnapshot;
import dev.stork.trial.PlatePipeline;
import dev.stork.trial.TrialListener;
import dev.stork.trial.TrialResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A single-leg hold: the instructions until the person stands on both legs (or kneels on both knees), a countdown
 * of {@link #COUNTDOWN_S}, then the hold, started by the stance detector on the lift and ended by touchdown,
 * step-off or the target, and kneeling also by the outstretched foot or a hand taking weight beside the board; its
 * time (capped at the target) and sway become the outcome.
 */
final class HoldTrialKind implements TrialKind {
    /** Standing on one leg. The kinds keep no state. */
    static final HoldTrialKind STANDING = new HoldTrialKind(PlateStanceConfig::defaults);
    /** Kneeling on one knee, the other leg out to the side ({@link PlateStanceConfig#kneeling}). */
    static final HoldTrialKind KNEELING = new HoldTrialKind(PlateStanceConfig::kneeling);
    /** Seconds of countdown from two-leg stance to the lift. */
    static final double COUNTDOWN_S = 3;

    private final DoubleFunction<PlateStanceConfig> configForTargetS;

    private HoldTrialKind(DoubleFunction<PlateStanceConfig> configForTargetS) {
        this.configForTargetS = configForTargetS;
    }

    @Override
    public PlatePipeline pipeline(TrialBoard board, PrescribedTrial trial, TrialListener finished) {
        return new PlatePipeline(board.geometry(), board.rateHz(), configForTargetS.apply(trial.target().amount()),
                finished);
    }

    @Override
    public LivePhase livePhase(LiveSnapshot snapshot, long twoLegSinceNanos) {
        return LivePhase.countingDown(snapshot, twoLegSinceNanos, COUNTDOWN_S);
    }

    @Override
    public TrialOutcome outcome(PrescribedTrial trial, TrialResult result, TrialAnswer answer, Instant startTime,
                                String calibrationId) {
        EndReason reason = switch (result.endReason()) {
            case TARGET -> EndReason.TARGET;
            case STEP_OFF -> EndReason.STEP_OFF;
            case TOUCHDOWN, SUPPORT, EDGE_CONTACT -> EndReason.TOUCHDOWN;
            case END_OF_DATA, DATA_GAP -> EndReason.STOPPED;
        };
        double rmsCm = result.sway().rmsDistance() * 100;
        return new TrialOutcome(trial.exerciseId(), trial.level(), legStoodOn(trial, result), trial.target(),
                Math.min(result.holdS(), trial.target().amount()), 0, reason, result.sway().meanVelocityDisplay(),
                result.sway().ellipseAreaDisplay(), rmsCm, answer.pain(), answer.form(), startTime, calibrationId,
                stabilisation(result));
    }

    /**
     * The leg the hold was really on: a person asked for the left leg who stands on the right has trained the right,
     * and the left/right comparison and the progression must see it so. Where the board cannot tell (a wobble
     * board), the prescribed leg.
     */
    static Leg legStoodOn(PrescribedTrial trial, TrialResult result) {
        if (trial.leg() == Leg.BOTH) {
            return Leg.BOTH;
        }
        return switch (result.stanceLeg()) {
            case LEFT -> Leg.LEFT;
            case RIGHT -> Leg.RIGHT;
            case UNKNOWN -> trial.leg();
        };
    }

    private static double stabilisation(TrialResult result) {
        double s = result.timeToStabilisationS();
        return Double.isFinite(s) && s >= 0 ? s : Double.NaN;
    }

    @Override
    public List<TrialEvent> events(TrialResult result, HealthEvent boardLost) {
        List<TrialEvent> events = new ArrayList<>();
        events.add(new TrialEvent(0, "hold-start", result.stanceLeg().name().toLowerCase()));
        if (boardLost != null) {
            events.add(new TrialEvent(result.holdS(), "board-lost", boardLost.message()));
        }
        events.add(new TrialEvent(result.holdS(), "hold-end", result.endReason().name().toLowerCase()));
        return events;
    }
}
