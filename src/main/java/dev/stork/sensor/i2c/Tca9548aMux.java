package dev.stork.sensor.i2c;

import java.util.Objects;

/**
 * TI TCA9548A eight-channel I2C multiplexer: one control byte, one bit per downstream channel. Keeps the last
 * selection so a run of accesses to one channel costs no extra transfer; after any failure the selection is
 * treated as unknown and written again. Acquisition thread only.
 */
public final class Tca9548aMux {

    /** Lowest address (A2..A0 low); A2..A0 add 0..7. */
    public static final int BASE_ADDRESS = 0x70;
    /** Downstream channels. */
    public static final int CHANNELS = 8;

    private static final int UNKNOWN = -1;

    private final RegisterDevice device;
    private int selected = UNKNOWN;

    /** @throws IllegalArgumentException when the device's address is outside 0x70..0x77 */
    public Tca9548aMux(RegisterDevice device) {
        this.device = Objects.requireNonNull(device, "device");
        if (device.address() < BASE_ADDRESS || device.address() >= BASE_ADDRESS + CHANNELS) {
            throw new IllegalArgumentException("a TCA9548A answers at 0x70..0x77, not "
                    + I2cException.hex(device.address()));
        }
    }

    /** The multiplexer's own device. */
    public RegisterDevice device() {
        return device;
    }

    /** Connects only {@code channel} (0..7) downstream. */
    public void select(int channel) throws I2cException {
        if (channel < 0 || channel >= CHANNELS) {
            throw new IllegalArgumentException("TCA9548A channel must be 0..7, got " + channel);
        }
        writeControl(1 << channel);
    }

    /** Disconnects every channel. */
    public void selectNone() throws I2cException {
        writeControl(0);
    }

    /** Reads the control byte back (bit n = channel n connected). */
    public int readControl() throws I2cException {
        return device.readByte();
    }

    /** Forgets the cached selection, so the next {@link #select(int)} writes it again. */
    public void forget() {
        selected = UNKNOWN;
    }

    private void writeControl(int mask) throws I2cException {
        if (mask == selected) {
            return;
        }
        selected = UNKNOWN;
        device.writeByte(mask);
        selected = mask;
    }
}
