package dev.stork.calibration;

/**
 * Zeroing a plate: the mean raw reading of each cell over a steady window of the empty board becomes the cell's
 * offset. Refused while the readings move (see {@link Steadiness}) or, when a previous zero is known, while the
 * board carries more than {@code maxLoadN} above it (someone is still on it).
 */
public final class Tare {
    /** Default largest load above the previous zero accepted as "empty", N (about 2 kg). */
    public static final double DEFAULT_MAX_LOAD_N = 20;

    private Tare() {
    }

    /**
     * The offsets of the empty board from a full window of raw cell values (channels 0..3, steadiness value = the
     * estimated total force in N).
     *
     * @param window       the empty board's readings
     * @param steadiness   the steadiness rule
     * @param previous     the profile in use, to estimate the load in N; null when there is none
     * @param maxLoadN     largest load above the previous zero still counted as empty, N
     * @return four offsets in raw units
     * @throws CalibrationRefusedException with the reason when the board is moving or loaded
     */
    public static double[] offsets(ChannelWindow window, Steadiness steadiness, PlateProfile previous,
                                   double maxLoadN) throws CalibrationRefusedException {
        steadiness.check(window, "readings", "N");
        double[] offsets = new double[4];
        double loadN = 0;
        for (int i = 0; i < 4; i++) {
            offsets[i] = window.mean(i);
            if (previous != null) {
                loadN += previous.gain(i) * (offsets[i] - previous.offset(i));
            }
        }
        if (previous != null && loadN > maxLoadN) {
            throw new CalibrationRefusedException("the board is not empty: it carries " + Steadiness.round(loadN)
                    + " N above its last zero, need < " + Steadiness.round(maxLoadN) + " N; step off and remove "
                    + "everything from it");
        }
        return offsets;
    }
}
