package dev.stork.session;

import dev.stork.board.TrialBoard;
import dev.stork.sensor.HealthEvent;
import dev.stork.signal.stance.StanceState;
import dev.stork.store.TrialEvent;
import dev.stork.training.PrescribedTrial;
import dev.stork.training.TrialOutcome;
import dev.stork.trial.LiveSnapshot;
import dev.stork.trial.PlatePipeline;
import dev.stork.trial.TrialListener;
import dev.stork.trial.TrialResult;
import java.time.Instant;
import java.util.List;

/**
 * One kind of exercise as a session runs it: what its trial runs on the board, what the person is told while it
 * runs, and what its finished result becomes. {@link SessionRunner} holds the steps every kind shares (the
 * questions, the commit, the rests, the commands), so a new kind (repetitions, an exercise logged off the board)
 * is a new implementation, not a branch in the runner. The kinds: {@link HoldTrialKind}, {@link RepetitionTrialKind}.
 *
 * <p>Threads: {@link #livePhase} is called on any thread that reads the session's state, the other methods on the
 * session thread; an implementation keeps no state of its own.
 */
interface TrialKind {

    /**
     * The live pipeline of one trial, built as the trial starts and fed by the acquisition thread.
     *
     * @param board    the board the trial runs on
     * @param trial    the prescribed trial
     * @param finished told on the acquisition thread when the pipeline has the trial's result; must not block
     */
    PlatePipeline pipeline(TrialBoard board, PrescribedTrial trial, TrialListener finished);

    /**
     * What the person is being asked to do while the trial's source runs (the session publishes
     * {@link SessionPhase#HOLDING} for all of that time), from the pipeline's latest snapshot.
     *
     * @param snapshot         the pipeline's snapshot
     * @param twoLegSinceNanos when the person was last seen settling onto both legs, in the snapshot's time base, or
     *                         {@link Long#MIN_VALUE} while they are not on both legs
     */
    LivePhase livePhase(LiveSnapshot snapshot, long twoLegSinceNanos);

    /**
     * What the finished trial is for the store and the scoring.
     *
     * @param trial         the prescribed trial
     * @param result        the pipeline's result
     * @param answer        the person's answers about the trial
     * @param startTime     when the trial began (the board was opened for it)
     * @param calibrationId the calibration of the board, or null
     */
    TrialOutcome outcome(PrescribedTrial trial, TrialResult result, TrialAnswer answer, Instant startTime,
                         String calibrationId);

    /**
     * The timeline stored with the trial.
     *
     * @param result    the pipeline's result
     * @param boardLost the loss of the board that ended the trial, or null
     */
    List<TrialEvent> events(TrialResult result, HealthEvent boardLost);

    /**
     * The phase shown while a trial's source runs.
     *
     * @param phase          what the person should be doing
     * @param countdownLeftS seconds of countdown left, in {@link SessionPhase#COUNTDOWN}; else 0
     */
    record LivePhase(SessionPhase phase, double countdownLeftS) {
        private static final LivePhase INSTRUCTIONS = new LivePhase(SessionPhase.INSTRUCTIONS, 0);
        private static final LivePhase HOLDING = new LivePhase(SessionPhase.HOLDING, 0);

        /**
         * The phase of a trial that counts down {@code countdownS} from two-leg stance (the detector's
         * {@link StanceState#TWO_LEG}, "in position") to its start: instructions before, the countdown, then
         * HOLDING from the start until the source ends (after the hold or set the person is only stepping down).
         */
        static LivePhase countingDown(LiveSnapshot snapshot, long twoLegSinceNanos, double countdownS) {
            if (snapshot.holding() || snapshot.trialsCompleted() != 0) {
                return HOLDING;
            }
            if (snapshot.state() == StanceState.TWO_LEG && twoLegSinceNanos != Long.MIN_VALUE) {
                return new LivePhase(SessionPhase.COUNTDOWN,
                        Math.max(0, countdownS - (snapshot.timeNanos() - twoLegSinceNanos) * 1e-9));
            }
            return INSTRUCTIONS;
        }
    }
}
