package dev.stork.trial;

import dev.stork.signal.stance.HoldEndReason;
import dev.stork.signal.stance.Leg;

/**
 * One hold: which leg, when it began and ended, why it ended, and the sway during it.
 *
 * @param stanceLeg            the leg stood on ({@link Leg#UNKNOWN} on a wobble board unless the exercise named it)
 * @param startNanos           start, on the samples' monotonic time base
 * @param endNanos             end, same time base
 * @param endReason            why the hold ended
 * @param timeToStabilisationS seconds from the start until sway settled; NaN if it never did
 * @param sway                 sway over [start, end)
 */
public record TrialResult(Leg stanceLeg, long startNanos, long endNanos, HoldEndReason endReason,
                          double timeToStabilisationS, SwaySummary sway) {

    /** Hold time, s. */
    public double holdS() {
        return (endNanos - startNanos) * 1e-9;
    }
}
