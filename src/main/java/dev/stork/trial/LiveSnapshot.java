package dev.stork.trial;

import dev.stork.signal.stance.Leg;
import dev.stork.signal.stance.StanceState;

/**
 * What the terminal and the dashboard show, as published by a pipeline about 30 times a second. Immutable.
 *
 * @param timeNanos       time of the last sample included, ns (samples' monotonic time base)
 * @param state           the detector's state
 * @param loadN           total load on a plate, N (0 on a wobble board)
 * @param copMlM          filtered COP ML, m (plate)
 * @param copApM          filtered COP AP, m (plate)
 * @param tiltRad         filtered total tilt, rad (wobble board)
 * @param holdLeg         leg of the running or last hold
 * @param holdElapsedS    time of the running hold so far, s; 0 when none runs
 * @param targetS         target hold time, s (infinite for a set of repetitions)
 * @param sway            sway of the running hold so far (of the last hold when none runs)
 * @param trialsCompleted number of holds that have ended
 * @param lastTrial       the last hold's result, null before the first
 * @param repetitions     repetitions counted in the running (or last) set; 0 for holds
 */
public record LiveSnapshot(long timeNanos, StanceState state, double loadN, double copMlM, double copApM,
                           double tiltRad, Leg holdLeg, double holdElapsedS, double targetS, SwaySummary sway,
                           int trialsCompleted, TrialResult lastTrial, int repetitions) {

    /** Whether a hold is running. */
    public boolean holding() {
        return state == StanceState.HOLD;
    }
}
