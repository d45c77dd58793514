package dev.stork.signal.stance;

import dev.stork.signal.repetition.Repetition;
import java.util.List;

/**
 * What the plate's and the wobble board's detectors share: the state, the running hold, the listener calls and
 * the time to stabilisation. A detector is fed one sample at a time by a single thread; its listener is called on
 * that thread. Nothing here allocates.
 */
public abstract sealed class StanceDetector permits PlateStanceDetector, WobbleHoldDetector,
        RepetitionSetDetector {
    static final long NONE = Long.MIN_VALUE;
    /**
     * The longest time between two samples that is not a loss of data, ns: 100 ms, ten periods of a Wii board and
     * five of the slowest plate, far beyond the jitter of any source.
     */
    public static final long MAX_GAP_NANOS = 100_000_000L;
    private static final double STABILISATION_SMOOTHING_TAU_S = 0.25;

    private final StanceListener listener;
    private final double targetS;
    final long targetNanos;
    final StabilisationTimer stabilisation;
    private StanceState state = StanceState.EMPTY;
    private long stateSinceNanos = NONE;
    private long holdStartNanos = NONE;
    private Leg holdLeg = Leg.UNKNOWN;
    long lastNanos = NONE;

    StanceDetector(StanceListener listener, double targetS, double stableSpeed, double stableForS) {
        this.listener = listener;
        this.targetS = targetS;
        this.targetNanos = Double.isInfinite(targetS) ? Long.MAX_VALUE : Math.round(targetS * 1e9);
        this.stabilisation = new StabilisationTimer(stableSpeed, stableForS, STABILISATION_SMOOTHING_TAU_S);
    }

    /** Forgets everything: the board is taken as empty (a wobble board as resting on its rim). No listener call. */
    public void reset() {
        state = StanceState.EMPTY;
        stateSinceNanos = NONE;
        holdStartNanos = NONE;
        holdLeg = Leg.UNKNOWN;
        lastNanos = NONE;
        stabilisation.reset();
        forgetLearnt();
    }

    /** Forgets what the subclass learnt of the person and the board (on {@link #reset()} and after a data gap). */
    abstract void forgetLearnt();

    /**
     * Ends a running hold because the data stopped (the source ended), reporting
     * {@link HoldEndReason#END_OF_DATA} at the last sample's time.
     */
    public void finish() {
        if (state == StanceState.HOLD) {
            endHold(lastNanos, HoldEndReason.END_OF_DATA, StanceState.HOLD_OVER);
        }
    }

    final void enter(StanceState next, long sinceNanos) {
        state = next;
        stateSinceNanos = sinceNanos;
        listener.onStateChanged(sinceNanos, next);
    }

    final void startHold(long startNanos, Leg leg) {
        holdStartNanos = startNanos;
        holdLeg = leg;
        enter(StanceState.HOLD, startNanos);
        listener.onHoldStarted(startNanos, leg);
    }

    /**
     * Checks for a gap in the data before the sample at {@code timeNanos}: when it is longer than
     * {@link #MAX_GAP_NANOS} a running hold ends at the last sample before it ({@link HoldEndReason#DATA_GAP}), so
     * the time without data is never counted, and the detector starts afresh as if the board had been stepped on.
     *
     */
    final void endAtGap(long timeNanos) {
        if (lastNanos == NONE || timeNanos - lastNanos <= MAX_GAP_NANOS) {
            return;
        }
        if (state == StanceState.HOLD) {
            endHold(lastNanos, HoldEndReason.DATA_GAP, StanceState.EMPTY);
        } else if (state != StanceState.EMPTY) {
            enter(StanceState.EMPTY, lastNanos);
        }
        stabilisation.reset();
        forgetLearnt();
    }

    /** Ends the running hold at the target time if it has been reached at {@code nowNanos}. */
    final boolean endAtTarget(long nowNanos) {
        if (nowNanos - holdStartNanos < targetNanos) {
            return false;
        }
        endHold(holdStartNanos + targetNanos, HoldEndReason.TARGET, StanceState.HOLD_OVER);
        return true;
    }

    final void endHold(long endNanos, HoldEndReason reason, StanceState next) {
        double ttsS = stabilisation.timeToStabilisationS();
        if (!(ttsS <= (endNanos - holdStartNanos) * 1e-9)) {
            ttsS = Double.NaN;
        }
        stabilisation.reset();
        enter(next, endNanos);
        listener.onHoldEnded(holdStartNanos, endNanos, holdLeg, reason, ttsS);
    }

    /** Takes back the running hold: it was not one. The detector moves to {@code next} at {@code atNanos}. */
    final void withdrawHold(long atNanos, StanceState next) {
        stabilisation.reset();
        enter(next, atNanos);
        listener.onHoldWithdrawn(holdStartNanos, holdLeg);
    }

    /** The current state. */
    public final StanceState state() {
        return state;
    }

    /** When the current state began, monotonic nanoseconds. */
    public final long stateSinceNanos() {
        return stateSinceNanos;
    }

    /** Start of the running (or last) hold, nanoseconds; {@link Long#MIN_VALUE} before the first hold. */
    public final long holdStartNanos() {
        return holdStartNanos;
    }

    /** Stance leg of the running (or last) hold; {@link Leg#UNKNOWN} when the board cannot tell. */
    public final Leg holdLeg() {
        return holdLeg;
    }

    /** Seconds the running hold has lasted at {@code nowNanos}; 0 when no hold is running. */
    public final double holdElapsedS(long nowNanos) {
        return state == StanceState.HOLD ? (nowNanos - holdStartNanos) * 1e-9 : 0;
    }

    /** Time to stabilisation of the running hold so far, s; NaN while not stable. */
    public final double timeToStabilisationS() {
        return stabilisation.timeToStabilisationS();
    }

    /** Repetitions counted in the running (or last) set; 0 for a detector of holds. */
    public int repetitions() {
        return 0;
    }

    /**
     * The repetitions of the set that just ended, in order; empty for a detector of holds. Allocates: call once per
     * set, not per sample.
     */
    public List<Repetition> completedRepetitions() {
        return List.of();
    }

    /** The target hold time, s. */
    public final double targetS() {
        return targetS;
    }
}
