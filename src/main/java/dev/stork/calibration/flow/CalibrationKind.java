package dev.stork.calibration.flow;

import java.util.Locale;

/** What is being calibrated: a four-cell plate or an IMU wobble board. */
public enum CalibrationKind {
    /** A four-cell plate: tare, cell gains (counts boards), centre check. */
    PLATE("plate"),
    /** An IMU: gyroscope bias, accelerometer offset and scale, mounting. */
    IMU("imu");

    /** The word used on the command line and in the dashboard's JSON. */
    public final String word;

    CalibrationKind(String word) {
        this.word = word;
    }

    /**
     * The kind named {@code text} ({@code plate} or {@code imu}, any case).
     *
     * @throws IllegalArgumentException naming the text and the accepted words
     */
    public static CalibrationKind parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (CalibrationKind kind : values()) {
            if (kind.word.equals(t)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("calibrate what? expected 'plate' or 'imu', got '" + text + "'");
    }
}
