package dev.stork.calibration.flow;

/**
 * What the person asks for: the kind of calibration, the known mass and, for a plate, where its cells sit.
 *
 * @param kind            plate or IMU
 * @param massKg          the known mass, kg (1 to 300; a plate calibration only, NaN for an IMU)
 * @param cellSpacingMlMm distance between the left and right cells, mm, or NaN to keep the board's current profile
 *                        (or the default {@value #DEFAULT_SPACING_ML_MM} mm)
 * @param cellSpacingApMm distance between the front and back cells, mm, or NaN likewise
 *                        (default {@value #DEFAULT_SPACING_AP_MM} mm)
 */
public record CalibrationRequest(CalibrationKind kind, double massKg, double cellSpacingMlMm,
                                 double cellSpacingApMm) {
    /** The mass asked for when none is given, kg. */
    public static final double DEFAULT_MASS_KG = 20;
    /** Cell spacing of a plate with no profile yet, left to right, mm (the Wii Balance Board's). */
    public static final double DEFAULT_SPACING_ML_MM = 433;
    /** Cell spacing of a plate with no profile yet, front to back, mm. */
    public static final double DEFAULT_SPACING_AP_MM = 238;

    /** Checks the mass and the spacing with a reason a person can act on. */
    public CalibrationRequest {
        if (kind == null) {
            throw new IllegalArgumentException("say what to calibrate: plate or imu");
        }
        if (kind == CalibrationKind.PLATE && !(massKg >= 1 && massKg <= 300)) {
            throw new IllegalArgumentException("the known mass must be 1 to 300 kg, got " + massKg);
        }
        if (Double.isNaN(cellSpacingMlMm) != Double.isNaN(cellSpacingApMm)) {
            throw new IllegalArgumentException("give both cell spacings (left-right and front-back) or neither");
        }
        if (!Double.isNaN(cellSpacingMlMm) && !(cellSpacingMlMm >= 50 && cellSpacingMlMm <= 2000
                && cellSpacingApMm >= 50 && cellSpacingApMm <= 2000)) {
            throw new IllegalArgumentException("cell spacings must be 50 to 2000 mm, got " + cellSpacingMlMm + " x "
                    + cellSpacingApMm + " mm");
        }
    }

    /** A plate calibration with {@code massKg}, the cell spacing kept from the board's profile. */
    public static CalibrationRequest plate(double massKg) {
        return new CalibrationRequest(CalibrationKind.PLATE, massKg, Double.NaN, Double.NaN);
    }

    /** An IMU calibration. */
    public static CalibrationRequest imu() {
        return new CalibrationRequest(CalibrationKind.IMU, Double.NaN, Double.NaN, Double.NaN);
    }

    /** This request with the plate's cell spacing given, mm. */
    public CalibrationRequest withCellSpacingMm(double mlMm, double apMm) {
        return new CalibrationRequest(kind, massKg, mlMm, apMm);
    }

    /** Whether the cell spacing was given. */
    public boolean hasCellSpacing() {
        return !Double.isNaN(cellSpacingMlMm);
    }
}
