package dev.stork.trial;

import dev.stork.signal.repetition.Repetition;
import dev.stork.signal.stance.HoldEndReason;
import dev.stork.signal.stance.Leg;
import java.util.List;

/**
 * One hold, or one set of repetitions: which leg, when it began and ended, why it ended, the sway during it and,
 * for a set, its repetitions.
 *
 * @param stanceLeg            the leg stood on ({@link Leg#UNKNOWN} on a wobble board unless the exercise named it)
 * @param startNanos           start, on the samples' monotonic time base
 * @param endNanos             end, same time base
 * @param endReason            why the hold ended
 * @param timeToStabilisationS seconds from the start until sway settled; NaN if it never did
 * @param sway                 sway over [start, end)
 * @param repetitions          a set's repetitions in order (the first {@code RepetitionSetDetector#MAX_KEPT});
 *                             empty for a hold
 * @param repetitionCount      repetitions counted (all of them, kept or not); 0 for a hold
 */
public record TrialResult(Leg stanceLeg, long startNanos, long endNanos, HoldEndReason endReason,
                          double timeToStabilisationS, SwaySummary sway, List<Repetition> repetitions,
                          int repetitionCount) {

    /** Copies the repetitions. */
    public TrialResult {
        repetitions = List.copyOf(repetitions);
    }

    /** A hold: no repetitions. */
    public TrialResult(Leg stanceLeg, long startNanos, long endNanos, HoldEndReason endReason,
                       double timeToStabilisationS, SwaySummary sway) {
        this(stanceLeg, startNanos, endNanos, endReason, timeToStabilisationS, sway, List.of(), 0);
    }

    /** Hold time, s. */
    public double holdS() {
        return (endNanos - startNanos) * 1e-9;
    }
}
