package dev.stork.calibration.flow;

import dev.stork.calibration.ImuProfile;
import dev.stork.calibration.PlateProfile;
import java.nio.file.Path;

/**
 * An immutable picture of a running calibration for a terminal or the dashboard, published by
 * {@link CalibrationRun} about 30 times a second and whenever something changes. Any thread may read it.
 *
 * @param kind         plate or IMU
 * @param phase        where the calibration stands
 * @param board        the board's name, e.g. "serial plate 57020001 on /dev/ttyACM0"
 * @param deviceId     the board's device id (the profile's key); empty while connecting
 * @param stepIndex    the current step, from 0 ({@code stepCount} once every step is done)
 * @param stepCount    number of steps; 0 while connecting
 * @param stepId       the current step's id, e.g. {@code near-top-left}; empty when none
 * @param prompt       the current step's instruction; empty when none
 * @param promptNumber counts the times the person was asked to go on (a step refused too often asks again)
 * @param loadN        the plate's load, N, estimated with the gains of the profile the calibration started from
 *                     (the current one, or nominal ones for a new board); NaN before the tare of a new board
 *                     and for an IMU
 * @param accelXMps2   the IMU's raw acceleration x, m/s² (NaN for a plate)
 * @param accelYMps2   raw acceleration y, m/s²
 * @param accelZMps2   raw acceleration z, m/s²
 * @param progress     how much of the current step's window is collected, 0..1
 * @param message      the last result, refusal, health problem or failure, for the person; may be empty
 * @param plateResult  the new plate profile once {@link Phase#DONE}, else null
 * @param imuResult    the new IMU profile once {@link Phase#DONE}, else null
 * @param savedFile    where the new profile was saved once {@link Phase#DONE}, else null
 */
public record CalibrationSnapshot(CalibrationKind kind, Phase phase, String board, String deviceId, int stepIndex,
                                  int stepCount, String stepId, String prompt, int promptNumber, double loadN,
                                  double accelXMps2, double accelYMps2, double accelZMps2, double progress,
                                  String message, PlateProfile plateResult, ImuProfile imuResult, Path savedFile) {

    /** Where a calibration stands. */
    public enum Phase {
        /** Waiting for the board's first sample (and, for a serial plate, its board id). */
        CONNECTING,
        /** Showing a step's prompt until the person goes on. */
        WAITING,
        /** Collecting a steady window for the current step. */
        COLLECTING,
        /** Finished and the new profile saved. */
        DONE,
        /** The board could not be used or the fit was refused; nothing saved. */
        FAILED,
        /** The person cancelled; nothing saved. */
        CANCELLED;

        /** Whether the calibration is over. */
        public boolean finished() {
            return this == DONE || this == FAILED || this == CANCELLED;
        }
    }

    /** Whether the calibration is over. */
    public boolean finished() {
        return phase.finished();
    }

    /** Whether the board answered and the steps began (false when it failed or was cancelled while connecting). */
    public boolean started() {
        return stepCount > 0;
    }
}
