package dev.stork.sensor.i2c.support;

import dev.stork.sensor.i2c.emulation.ImuMotion;

/**
 * A test motion that writes the time into the x acceleration (m/s² = seconds since {@code startNanos}), so every
 * sample read back says when the chip took it. z reads 1 g and y turns at a fixed rate.
 */
public final class ClockOnX {

    private ClockOnX() {
    }

    /**
     * @param startNanos  the time that reads as 0 m/s²
     * @param yRateRadPerS the constant rate about y, in rad/s
     */
    public static ImuMotion since(long startNanos, double yRateRadPerS) {
        return (t, out) -> {
            out[0] = (t - startNanos) * 1e-9;
            out[1] = 0;
            out[2] = ImuMotion.STANDARD_GRAVITY;
            out[3] = 0;
            out[4] = yRateRadPerS;
            out[5] = 0;
        };
    }
}
