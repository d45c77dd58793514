package dev.stork.signal.orientation;

/**
 * Estimates a sensor's orientation from accelerometer and gyroscope samples, updated one sample at a time on the
 * acquisition thread. Implementations allocate nothing in {@link #update} and {@link #reset}.
 *
 * <p>The estimate is the rotation from the sensor frame into the earth frame (z up), read through {@link #w()} to
 * {@link #z()} as a unit quaternion. Without a magnetometer the heading (yaw) is not observable and drifts with the
 * gyroscope; roll and pitch are held by gravity.
 */
public interface OrientationFilter {
    /**
     * Advances the estimate by one sample.
     *
     * @param accelXMps2 specific force along the sensor's x axis in m/s² (reads +g on the axis pointing up at rest)
     * @param accelYMps2 specific force, y
     * @param accelZMps2 specific force, z
     * @param gyroXRadPerS angular rate about the sensor's x axis in rad/s, right-handed
     * @param gyroYRadPerS angular rate, y
     * @param gyroZRadPerS angular rate, z
     * @param intervalS time since the previous sample in s, greater than 0
     */
    void update(double accelXMps2, double accelYMps2, double accelZMps2,
                double gyroXRadPerS, double gyroYRadPerS, double gyroZRadPerS, double intervalS);

    /** Sets roll and pitch from one accelerometer reading at rest (yaw 0), skipping the filter's convergence. */
    void alignToGravity(double accelXMps2, double accelYMps2, double accelZMps2);

    /** Back to the identity orientation with any internal state (such as a bias estimate) cleared. */
    void reset();

    /** Scalar part of the orientation quaternion. */
    double w();

    /** Vector part, x. */
    double x();

    /** Vector part, y. */
    double y();

    /** Vector part, z. */
    double z();

    /** The current estimate as a value; allocates, so for edges and tests rather than per sample. */
    default Quaternion orientation() {
        return new Quaternion(w(), x(), y(), z());
    }
}
