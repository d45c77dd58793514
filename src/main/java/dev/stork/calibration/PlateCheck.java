package dev.stork.calibration;

/**
 * The check placement: the known mass at the board's centre, measured with a profile. Reports how far the measured
 * COP lies from the centre and how far the measured weight is from the true one. The COP is computed here with the
 * four-cell formula (the signal layer's COP is downstream of calibration and not used).
 */
public final class PlateCheck {
    private PlateCheck() {
    }

    /**
     * @param profile the calibration to check
     * @param raw     mean raw reading of each cell with the mass at the centre
     * @param massKg  the mass, kg
     * @return {COP error mm, weight error %}
     */
    public static double[] centreErrors(PlateProfile profile, double[] raw, double massKg) {
        double[] n = new double[4];
        double total = 0;
        for (int i = 0; i < 4; i++) {
            n[i] = profile.gain(i) * (raw[i] - profile.offset(i));
            total += n[i];
        }
        double mlMm = profile.cellSpacingMlMm() / 2 * ((n[1] + n[3]) - (n[0] + n[2])) / total;
        double apMm = profile.cellSpacingApMm() / 2 * ((n[0] + n[1]) - (n[2] + n[3])) / total;
        double weightN = massKg * PlateProfile.GRAVITY_MPS2;
        return new double[] {Math.hypot(mlMm, apMm), 100 * (total - weightN) / weightN};
    }
}
