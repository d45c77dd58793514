package dev.stork.calibration;

/**
 * When the live stage zeroes an empty board by itself and when it warns about drift.
 *
 * @param autoZeroS    how long the board must stay empty and steady before it is zeroed, s
 * @param maxLoadN     largest total (after the last zero) still counted as an empty board, N
 * @param maxSpreadN   steadiness: largest spread of 0.1 s block means of the total over the window, N
 * @param driftWarnN   warn when the empty board's reading, summed over the cells' absolute values, has moved this
 *                     far from the calibration's zero, N
 */
public record EmptyBoardSettings(double autoZeroS, double maxLoadN, double maxSpreadN, double driftWarnN) {

    /**
     * 10 s empty and steady below 20 N (about 2 kg: less than any person, more than dust or a cat's paw's worth
     * of drift), 1 N spread as in {@link Steadiness#PLATE}, and a warning at 5 N (half a kilogram: enough to move
     * the COP of a light person by millimetres).
     */
    public static final EmptyBoardSettings DEFAULT = new EmptyBoardSettings(10, 20, 1.0, 5);

    /** Checks the values. */
    public EmptyBoardSettings {
        if (!(autoZeroS >= 0.5 && autoZeroS <= 600)) {
            throw new IllegalArgumentException("auto-zero time must be 0.5..600 s, got " + autoZeroS);
        }
        if (!(maxLoadN > 0 && maxSpreadN > 0 && driftWarnN > 0)) {
            throw new IllegalArgumentException("empty-board thresholds must be positive newtons");
        }
    }
}
