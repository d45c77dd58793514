package dev.stork.calibration;

/**
 * How good a plate calibration is, as measured when it was made. {@code NaN} marks a figure that was not measured
 * (a built-in profile has none).
 *
 * @param massKg                  the known mass used, kg
 * @param residualN               RMS of the fit's residuals, N
 * @param conditionNumber         condition number of the fit's column-scaled design matrix (see {@link GainFit})
 * @param checkCopErrorMm         distance between the measured and the true COP of the check placement, mm
 * @param checkWeightErrorPercent measured minus true weight of the check placement, % of the true weight
 */
public record PlateFitQuality(double massKg, double residualN, double conditionNumber, double checkCopErrorMm,
                              double checkWeightErrorPercent) {

    /** A quality with nothing measured. */
    public static final PlateFitQuality NOT_MEASURED =
            new PlateFitQuality(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /** This quality with the check placement's figures filled in. */
    public PlateFitQuality withCheck(double copErrorMm, double weightErrorPercent) {
        return new PlateFitQuality(massKg, residualN, conditionNumber, copErrorMm, weightErrorPercent);
    }
}
