package dev.stork.calibration;

/**
 * When a reading counts as steady: over {@code windowS} seconds the 0.1 s block means of the steadiness value
 * (a plate's total force, N; an IMU's gyroscope magnitude, rad/s) may spread by at most {@code maxSpread}.
 *
 * @param windowS   how long the reading must stay steady, s
 * @param maxSpread the largest allowed spread of block means, in the steadiness value's unit
 */
public record Steadiness(double windowS, double maxSpread) {

    /**
     * Plate default: 2 s within 1.0 N. A load cell of 0.2 N white noise at 80 Hz gives 0.4 N on the total and
     * 0.14 N on a 0.1 s block mean, so twenty still blocks spread by about 0.5 N; a person standing still wavers by
     * several newtons and a load being placed by tens.
     */
    public static final Steadiness PLATE = new Steadiness(2.0, 1.0);

    /** Checks the values. */
    public Steadiness {
        if (!(windowS >= 0.2 && windowS <= 600)) {
            throw new IllegalArgumentException("steadiness window must be 0.2..600 s, got " + windowS);
        }
        if (!(maxSpread > 0)) {
            throw new IllegalArgumentException("steadiness spread must be positive, got " + maxSpread);
        }
    }

    /** Throws with the reason when the window is not steady; {@code unit} and {@code what} name the quantity. */
    void check(ChannelWindow window, String what, String unit) throws CalibrationRefusedException {
        double spread = window.steadinessSpread();
        if (!(spread < maxSpread)) {
            throw new CalibrationRefusedException(what + " not steady: " + round(spread) + " " + unit
                    + " spread over " + round(window.spanS()) + " s, need < " + round(maxSpread) + " " + unit);
        }
    }

    static String round(double v) {
        return Double.toString(Math.round(v * 100) / 100.0);
    }
}
