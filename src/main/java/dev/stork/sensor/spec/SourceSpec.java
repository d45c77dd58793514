package dev.stork.sensor.spec;

import dev.stork.sensor.i2c.I2cSourceSpec;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Which board to read, as written after {@code --source}: {@code sim}, {@code sim:imu},
 * {@code serial:/dev/ttyACM0}, {@code i2c:mpu6050@1:0x68}, {@code i2c:lsm6dsox@1:0x6a}, {@code i2c:nau7802x4@1},
 * {@code wii} (the first Balance Board found), {@code wii:/dev/input/eventN}, or {@code file:REC.csv} (a Stork
 * recording replayed as a live board, at its own pace, or with {@code file:REC.csv,speed=fast} as fast as it is
 * taken).
 *
 * @param kind       the kind of source
 * @param text       the spec as written, trimmed
 * @param device     the device path for serial and explicit Wii specs, the recording for a file, otherwise null
 * @param i2c        the parsed I2C spec for I2C sources, otherwise null
 * @param replayFast for a file: replay as fast as the samples are taken, not at the recording's pace
 */
public record SourceSpec(Kind kind, String text, Path device, I2cSourceSpec i2c, boolean replayFast) {
    /** Every spec form, for messages. */
    public static final String FORMS = "sim, sim:imu, serial:/dev/ttyACM0, i2c:mpu6050@1:0x68, i2c:lsm6dsox@1:0x6a, "
            + "i2c:nau7802x4@1, wii, wii:/dev/input/eventN, file:REC.csv[,speed=1|fast]";

    /** A spec that is not a replayed file. */
    public SourceSpec(Kind kind, String text, Path device, I2cSourceSpec i2c) {
        this(kind, text, device, i2c, false);
    }

    /** The kinds of source. */
    public enum Kind {
        /** A simulated person on a simulated four-cell plate. */
        SIM_PLATE,
        /** A simulated person on a simulated IMU wobble board. */
        SIM_WOBBLE_BOARD,
        /** A force plate behind a microcontroller on a serial port. */
        SERIAL_PLATE,
        /** A chip on an I2C bus: an IMU wobble board or four load-cell ADCs. */
        I2C,
        /** A Nintendo Wii Balance Board. */
        WII,
        /** A Stork recording replayed as a live board. */
        FILE
    }

    /**
     * Parses a spec.
     *
     * @throws IllegalArgumentException naming the spec, what is wrong and the accepted forms
     */
    public static SourceSpec parse(String spec) {
        String text = spec == null ? "" : spec.trim();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("sim") || lower.equals("sim:plate")) {
            return new SourceSpec(Kind.SIM_PLATE, text, null, null);
        }
        if (lower.equals("sim:imu") || lower.equals("sim:wobble")) {
            return new SourceSpec(Kind.SIM_WOBBLE_BOARD, text, null, null);
        }
        if (lower.startsWith("serial:")) {
            String path = text.substring("serial:".length()).trim();
            if (path.isEmpty()) {
                throw new IllegalArgumentException("source '" + text + "' names no serial port; e.g. serial:/dev/ttyACM0");
            }
            return new SourceSpec(Kind.SERIAL_PLATE, text, Path.of(path), null);
        }
        if (lower.startsWith("i2c:")) {
            return new SourceSpec(Kind.I2C, text, null, I2cSourceSpec.parse(text));
        }
        if (lower.equals("wii")) {
            return new SourceSpec(Kind.WII, text, null, null);
        }
        if (lower.startsWith("wii:")) {
            String path = text.substring("wii:".length()).trim();
            if (path.isEmpty()) {
                throw new IllegalArgumentException("source '" + text + "' names no device; e.g. wii:/dev/input/event7");
            }
            return new SourceSpec(Kind.WII, text, Path.of(path), null);
        }
        if (lower.startsWith("file:")) {
            return file(text);
        }
        throw new IllegalArgumentException("unknown source '" + text + "'; use one of: " + FORMS);
    }

    private static SourceSpec file(String text) {
        String rest = text.substring("file:".length()).trim();
        boolean fast = false;
        int comma = rest.lastIndexOf(',');
        if (comma >= 0 && rest.substring(comma + 1).trim().toLowerCase(Locale.ROOT).startsWith("speed=")) {
            String speed = rest.substring(comma + 1).trim().substring("speed=".length()).toLowerCase(Locale.ROOT);
            if (!speed.equals("1") && !speed.equals("fast")) {
                throw new IllegalArgumentException("source '" + text + "': speed is 1 (the recording's own pace) or "
                        + "fast, got '" + speed + "'");
            }
            fast = speed.equals("fast");
            rest = rest.substring(0, comma).trim();
        }
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("source '" + text + "' names no recording; e.g. file:session.csv");
        }
        return new SourceSpec(Kind.FILE, text, Path.of(rest), null, fast);
    }

    @Override
    public String toString() {
        return text;
    }
}
