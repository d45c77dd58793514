package dev.stork.sensor.i2c;

/**
 * One chip at one address on an I2C bus, seen as registers: the small interface drivers talk to, implemented by
 * the Pi4J adapter on real hardware and by the register-level emulations in tests. Called only from the
 * acquisition thread of the source that owns the device; implementations need not be thread-safe.
 *
 * <p>Register values are unsigned bytes (0..255) passed as {@code int}. Burst reads use the chip's auto-increment
 * (whatever the chip does with it) and fill a caller-owned array; implementations never keep the array.
 */
public interface RegisterDevice {

    /** Bus number, e.g. 1 for /dev/i2c-1; for messages. */
    int bus();

    /** 7-bit device address; for messages. */
    int address();

    /** Reads one register; returns 0..255. */
    int readRegister(int register) throws I2cException;

    /** Writes one register with the low 8 bits of {@code value}. */
    void writeRegister(int register, int value) throws I2cException;

    /**
     * Reads {@code length} bytes starting at {@code register} in one transfer (repeated start, then a burst read)
     * into {@code buffer[offset .. offset+length)}.
     */
    void readRegisters(int register, byte[] buffer, int offset, int length) throws I2cException;

    /** Writes a single byte with no register address, for chips with only a control byte (TCA9548A). */
    void writeByte(int value) throws I2cException;

    /** Reads a single byte with no register address; returns 0..255. Also used to probe whether a chip answers. */
    int readByte() throws I2cException;
}
