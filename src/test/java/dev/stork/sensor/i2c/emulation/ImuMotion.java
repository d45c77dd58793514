package dev.stork.sensor.i2c.emulation;

/**
 * What an emulated IMU feels at a given time: the physical values a simulated board (or a test) feeds into
 * {@link Mpu6050Emulation} and {@link Lsm6dsoxEmulation}. Called for each sample the emulation produces, on the
 * thread that talks to the emulated chip.
 */
@FunctionalInterface
public interface ImuMotion {

    /**
     * Fills {@code accelAndRate} (caller-owned, length 6, not kept) with acceleration x, y, z in m/s² (gravity
     * included, as an accelerometer at rest reads +9.81 on its up axis) and angular rate x, y, z in rad/s.
     *
     * @param timeNanos emulated time of the sample, in nanoseconds
     */
    void valuesAt(long timeNanos, double[] accelAndRate);

    /** A board lying still and level: +1 g on z, no rotation. */
    static ImuMotion levelAtRest() {
        return (timeNanos, out) -> {
            out[0] = 0;
            out[1] = 0;
            out[2] = STANDARD_GRAVITY;
            out[3] = 0;
            out[4] = 0;
            out[5] = 0;
        };
    }

    /** Standard gravity in m/s² (CGPM 1901), the "g" of accelerometer datasheets. */
    double STANDARD_GRAVITY = 9.80665;
}
