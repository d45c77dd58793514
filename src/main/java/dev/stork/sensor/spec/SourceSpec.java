package dev.stork.sensor.spec;

import dev.stork.sensor.i2c.I2cSourceSpec;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Which board to read, as written after {@code --source}: {@code sim}, {@code sim:imu},
 * {@code serial:/dev/ttyACM0}, {@code i2c:mpu6050@1:0x68}, {@code i2c:lsm6dsox@1:0x6a}, {@code i2c:nau7802x4@1},
 * {@code wii} (the first Balance Board found) or {@code wii:/dev/input/eventN}.
 *
 * @param kind     the kind of source
 * @param text     the spec as written, trimmed
 * @param device   the device path for serial and explicit Wii specs, otherwise null
 * @param i2c      the parsed I2C spec for I2C sources, otherwise null
 */
public record SourceSpec(Kind kind, String text, Path device, I2cSourceSpec i2c) {
    /** Every spec form, for messages. */
    public static final String FORMS = "sim, sim:imu, serial:/dev/ttyACM0, i2c:mpu6050@1:0x68, i2c:lsm6dsox@1:0x6a, "
            + "i2c:nau7802x4@1, wii, wii:/dev/input/eventN";

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
        WII
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
        throw new IllegalArgumentException("unknown source '" + text + "'; use one of: " + FORMS);
    }

    @Override
    public String toString() {
        return text;
    }
}
