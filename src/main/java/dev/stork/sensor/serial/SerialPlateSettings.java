package dev.stork.sensor.serial;

/**
 * How to reach a serial plate and how patient to be with it.
 *
 * @param portPath            device path, e.g. "/dev/ttyACM0" (a symbolic link such as a pty link works too)
 * @param baudRate            line speed in bit/s; the reference firmware uses 500000 (ignored by USB-CDC boards)
 * @param rateHz              sample rate to ask the device for, in Hz, or 0 to keep the device's own
 * @param infoTimeoutMillis   how long to wait for the device-info frame after opening the port, in ms; opening
 *                            resets many Arduinos and their bootloader takes 1 to 2 s
 * @param silenceTimeoutMillis how long without a byte before the plate counts as lost, in ms
 * @param retryIntervalMillis how often to try reopening a lost port, in ms
 */
public record SerialPlateSettings(String portPath, int baudRate, int rateHz, long infoTimeoutMillis,
                                  long silenceTimeoutMillis, long retryIntervalMillis) {

    /** The reference firmware's line speed, in bit/s. */
    public static final int DEFAULT_BAUD_RATE = 500_000;

    /** Checks the values. */
    public SerialPlateSettings {
        if (portPath == null || portPath.isBlank()) {
            throw new IllegalArgumentException("serial plate: port path is empty");
        }
        if (baudRate <= 0) {
            throw new IllegalArgumentException("serial plate on " + portPath + ": baud rate must be positive, got "
                    + baudRate);
        }
        if (rateHz < 0 || rateHz > 1000) {
            throw new IllegalArgumentException("serial plate on " + portPath + ": rate must be 0 (device default) "
                    + "or 1..1000 Hz, got " + rateHz);
        }
        if (infoTimeoutMillis <= 0 || silenceTimeoutMillis <= 0 || retryIntervalMillis <= 0) {
            throw new IllegalArgumentException("serial plate on " + portPath + ": timeouts must be positive");
        }
    }

    /** Defaults for a plate on {@code portPath}: 500000 baud, device rate, 3 s info timeout, 1 s silence, 0.25 s retry. */
    public static SerialPlateSettings forPort(String portPath) {
        return new SerialPlateSettings(portPath, DEFAULT_BAUD_RATE, 0, 3000, 1000, 250);
    }

    /** The same settings asking the device for {@code newRateHz}. */
    public SerialPlateSettings withRateHz(int newRateHz) {
        return new SerialPlateSettings(portPath, baudRate, newRateHz, infoTimeoutMillis, silenceTimeoutMillis,
                retryIntervalMillis);
    }
}
