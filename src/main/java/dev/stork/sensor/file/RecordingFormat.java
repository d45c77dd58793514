package dev.stork.sensor.file;

import java.util.Locale;

/** The recording file formats Stork reads; {@link #cliName()} is the name {@code --input} takes. */
public enum RecordingFormat {
    /** Santos and Duarte (2016) BDS balance data set: tab-separated forces, moments and COP in cm, 100 Hz. */
    BDS("bds", Content.COP),
    /** dos Santos et al. (2017) PDS data set: tab-separated two-plate ground reaction forces, COP in m, 100 Hz. */
    PDS("pds", Content.COP),
    /** An AMTI force-plate CSV export (metadata block, then frames of Fx..Mz, Cx..Cz), 100 Hz. */
    AMTI("amti", Content.COP),
    /** A smartphone IMU CSV: timestamp, acceleration in g, gyroscope in rad/s, orientation quaternion. */
    PHONE_IMU("phone-imu", Content.IMU),
    /** Stork's own plate recording: four load cells in newtons. */
    STORK_PLATE("stork-plate", Content.PLATE_CELLS),
    /** Stork's own IMU recording: acceleration in m/s², angular rate in rad/s. */
    STORK_IMU("stork-imu", Content.IMU);

    /** What a format's rows carry, which decides how it is analysed. */
    public enum Content {
        /** Centre of pressure (and forces) from a laboratory force plate. */
        COP,
        /** Four load-cell forces of a plate. */
        PLATE_CELLS,
        /** Acceleration and angular rate. */
        IMU
    }

    private final String cliName;
    private final Content content;

    RecordingFormat(String cliName, Content content) {
        this.cliName = cliName;
        this.content = content;
    }

    /** The lower-case name used on the command line and in JSON output, e.g. {@code phone-imu}. */
    public String cliName() {
        return cliName;
    }

    /** What the format's rows carry. */
    public Content content() {
        return content;
    }

    /**
     * Looks a format up by its {@link #cliName()} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the accepted names when {@code name} is none of them
     */
    public static RecordingFormat fromCliName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        StringBuilder known = new StringBuilder();
        for (RecordingFormat format : values()) {
            if (format.cliName.equals(wanted)) {
                return format;
            }
            known.append(known.length() == 0 ? "" : ", ").append(format.cliName);
        }
        throw new IllegalArgumentException("unknown input format '" + name + "'; known formats: " + known);
    }
}
