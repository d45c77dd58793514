package dev.stork.calibration;

/**
 * When an IMU counts as still: over {@code windowS} seconds no gyroscope axis varies by more than
 * {@code maxGyroStdRadPs} (standard deviation) and no accelerometer axis by more than {@code maxAccelStdMps2}.
 *
 * @param windowS          how long the IMU must stay still, s
 * @param maxGyroStdRadPs  largest standard deviation of any gyroscope axis, rad/s
 * @param maxAccelStdMps2  largest standard deviation of any accelerometer axis, m/s²
 */
public record ImuStillness(double windowS, double maxGyroStdRadPs, double maxAccelStdMps2) {

    /**
     * 3 s with gyroscope axes within 0.02 rad/s and accelerometer axes within 0.2 m/s². An MPU-6050 at 100 Hz
     * shows about 0.005 rad/s and 0.03 m/s² of noise, so a still board stays far inside; a hand-held or rocking
     * board moves at 0.1 rad/s and more.
     */
    public static final ImuStillness DEFAULT = new ImuStillness(3, 0.02, 0.2);

    /** Checks the values. */
    public ImuStillness {
        if (!(windowS >= 0.2 && windowS <= 600 && maxGyroStdRadPs > 0 && maxAccelStdMps2 > 0)) {
            throw new IllegalArgumentException("IMU stillness needs a 0.2..600 s window and positive limits");
        }
    }

    /** Throws with the reason when the window (accel x, y, z, gyro x, y, z) shows movement. */
    void check(ChannelWindow window) throws CalibrationRefusedException {
        for (int axis = 0; axis < 3; axis++) {
            double gyroStd = window.standardDeviation(3 + axis);
            if (!(gyroStd < maxGyroStdRadPs)) {
                throw new CalibrationRefusedException("the board is moving: gyroscope " + "xyz".charAt(axis)
                        + " varies by " + Steadiness.round(gyroStd) + " rad/s over " + Steadiness.round(window.spanS())
                        + " s, need < " + maxGyroStdRadPs + " rad/s; let it rest");
            }
            double accelStd = window.standardDeviation(axis);
            if (!(accelStd < maxAccelStdMps2)) {
                throw new CalibrationRefusedException("the board is moving: accelerometer " + "xyz".charAt(axis)
                        + " varies by " + Steadiness.round(accelStd) + " m/s² over "
                        + Steadiness.round(window.spanS()) + " s, need < " + maxAccelStdMps2 + " m/s²; let it rest");
            }
        }
    }
}
