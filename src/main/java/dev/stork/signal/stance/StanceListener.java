package dev.stork.signal.stance;

/**
 * Receives what a stance detector finds, on the thread that feeds the detector (the acquisition thread live, the
 * replaying thread on a recording). All arguments are primitives or enum constants, so reporting allocates
 * nothing. Times are the sample timestamps' nanoseconds; start and end times are backdated to the sample where
 * the change began, so they come earlier than the call.
 */
public interface StanceListener {

    /** The detector moved to {@code state}, which began at {@code sinceNanos}. */
    default void onStateChanged(long sinceNanos, StanceState state) {
    }

    /** A hold on {@code stanceLeg} began at {@code startNanos}. */
    default void onHoldStarted(long startNanos, Leg stanceLeg) {
    }

    /**
     * The hold that began at {@code startNanos} ended at {@code endNanos}.
     *
     * @param timeToStabilisationS seconds from the start until sway settled (see the detector), NaN if it never did
     */
    default void onHoldEnded(long startNanos, long endNanos, Leg stanceLeg, HoldEndReason reason,
                             double timeToStabilisationS) {
    }

    /**
     * The hold that began at {@code startNanos} turned out not to be one (a person stepping off the plate one foot
     * after the other stands on one leg for a moment): forget it. No {@link #onHoldEnded} follows for it.
     */
    default void onHoldWithdrawn(long startNanos, Leg stanceLeg) {
    }
}
