package dev.stork.sensor;

/**
 * What a {@link SampleSource} delivers.
 *
 * @param name        a human-readable name, e.g. "serial plate on /dev/ttyACM0"
 * @param kind        which kind of board
 * @param nominalRateHz the rate the device is set to, in Hz; 0 when irregular (Wii board)
 * @param cellUnit    unit of {@link PlateSample} cell values; {@link CellUnit#NONE} for IMU sources
 * @param deviceId    an identifier of the physical device (board id, serial number), used to match calibrations
 */
public record SourceDescription(String name, BoardKind kind, double nominalRateHz, CellUnit cellUnit,
                                String deviceId) {

    /** Kinds of board Stork reads. */
    public enum BoardKind {
        /** Four load cells under a plate. */
        FORCE_PLATE,
        /** A wobble board carrying an IMU. */
        IMU_WOBBLE_BOARD
    }

    /** Units of plate cell values. */
    public enum CellUnit {
        /** Raw ADC counts: calibration turns them into newtons. */
        COUNTS,
        /** Kilograms (the Wii Balance Board's factory calibration). */
        KILOGRAMS,
        /** Newtons, already calibrated (simulation, recordings). */
        NEWTONS,
        /** Not a plate. */
        NONE
    }
}
