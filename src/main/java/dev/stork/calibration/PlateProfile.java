package dev.stork.calibration;

import dev.stork.sensor.SourceDescription.CellUnit;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The calibration of one four-cell plate: per cell {@code force_N = gain × (raw − offset)}, cells in the order
 * top-left, top-right, bottom-left, bottom-right, and where the cells sit. Immutable; the arrays are copied in and
 * out. Stored as JSON by {@link ProfileCodec} (format in {@code calibration/README.md}).
 *
 * @param deviceId        the board this profile belongs to ({@link dev.stork.sensor.SourceDescription#deviceId()})
 * @param calibratedAt    when the calibration was made
 * @param cellUnit        unit of the raw cell values: counts, kilograms (Wii board) or newtons
 * @param cellSpacingMlMm distance between left and right cells, mm
 * @param cellSpacingApMm distance between front and back cells, mm
 * @param gainNPerUnit    four gains, newtons per raw unit
 * @param offsetUnits     four offsets (the raw reading of the empty board), raw units
 * @param quality         the fit's quality
 */
public record PlateProfile(String deviceId, Instant calibratedAt, CellUnit cellUnit, double cellSpacingMlMm,
                           double cellSpacingApMm, double[] gainNPerUnit, double[] offsetUnits,
                           PlateFitQuality quality) {
    /** Version of the JSON format this code reads and writes. */
    public static final int SCHEMA_VERSION = 1;
    /** Standard gravity, m/s²: newtons per kilogram of the Wii board's factory calibration. */
    public static final double GRAVITY_MPS2 = 9.80665;
    /** Device id the Wii Balance Board source reports. */
    public static final String WII_DEVICE_ID = "wii-balance-board";

    /** Copies the arrays and checks their length. */
    public PlateProfile {
        if (gainNPerUnit.length != 4 || offsetUnits.length != 4) {
            throw new IllegalArgumentException("a plate profile needs four gains and four offsets");
        }
        gainNPerUnit = gainNPerUnit.clone();
        offsetUnits = offsetUnits.clone();
    }

    /** The Wii Balance Board's built-in profile: factory kilograms times g, no offset, cells 433 × 238 mm apart. */
    public static PlateProfile wiiBalanceBoard() {
        double g = GRAVITY_MPS2;
        return new PlateProfile(WII_DEVICE_ID, Instant.EPOCH, CellUnit.KILOGRAMS, 433, 238,
                new double[] {g, g, g, g}, new double[4], PlateFitQuality.NOT_MEASURED);
    }

    @Override
    public double[] gainNPerUnit() {
        return gainNPerUnit.clone();
    }

    @Override
    public double[] offsetUnits() {
        return offsetUnits.clone();
    }

    /** Gain of one cell (0 top-left … 3 bottom-right), N per raw unit. */
    public double gain(int cell) {
        return gainNPerUnit[cell];
    }

    /** Offset of one cell, raw units. */
    public double offset(int cell) {
        return offsetUnits[cell];
    }

    /** This profile with new offsets (a tare), the rest kept. */
    public PlateProfile withOffsets(double[] newOffsetUnits, Instant when) {
        return new PlateProfile(deviceId, when, cellUnit, cellSpacingMlMm, cellSpacingApMm, gainNPerUnit,
                newOffsetUnits, quality);
    }

    /**
     * Identifies this calibration for the trials measured with it: device id, date and the first 8 hex digits of a
     * SHA-256 over the coefficients, e.g. {@code nau7802-plate@2026-11-22T04:30:00Z#1a2b3c4d}.
     */
    public String calibrationId() {
        StringBuilder content = new StringBuilder(deviceId).append('|').append(calibratedAt).append('|')
                .append(cellUnit).append('|').append(cellSpacingMlMm).append('|').append(cellSpacingApMm);
        for (int i = 0; i < 4; i++) {
            content.append('|').append(gainNPerUnit[i]).append('|').append(offsetUnits[i]);
        }
        return deviceId + "@" + calibratedAt + "#" + shortHash(content.toString());
    }

    static String shortHash(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
