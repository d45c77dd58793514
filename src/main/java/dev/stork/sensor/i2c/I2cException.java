package dev.stork.sensor.i2c;

import java.io.IOException;

/**
 * A transfer with a chip failed, or the chip is not the one expected. Carries the bus and address so the health
 * message can name the device.
 */
public class I2cException extends IOException {

    /** What went wrong on the bus. */
    public enum Kind {
        /** The chip did not acknowledge its address or a byte (absent, unpowered, wrong address). */
        NACK,
        /** The transfer did not complete in time (clock stretching, stuck bus). */
        TIMEOUT,
        /** Any other bus failure: arbitration lost, short read, address conflict behind a multiplexer. */
        BUS_ERROR,
        /** A chip answered but its identity register does not match the expected chip. */
        WRONG_CHIP,
        /** The chip answered but reported an internal failure (for example a failed calibration). */
        CHIP_ERROR
    }

    private final Kind kind;
    private final int bus;
    private final int address;
    private final String detail;

    /**
     * @param kind    what went wrong
     * @param bus     bus number (e.g. 1 for /dev/i2c-1)
     * @param address 7-bit device address
     * @param detail  what was being done, e.g. "reading register 0x75"
     */
    public I2cException(Kind kind, int bus, int address, String detail) {
        super(describe(kind, bus, address, detail));
        this.kind = kind;
        this.bus = bus;
        this.address = address;
        this.detail = detail;
    }

    /** As {@link #I2cException(Kind, int, int, String)} with the low-level cause kept. */
    public I2cException(Kind kind, int bus, int address, String detail, Throwable cause) {
        super(describe(kind, bus, address, detail), cause);
        this.kind = kind;
        this.bus = bus;
        this.address = address;
        this.detail = detail;
    }

    private static String describe(Kind kind, int bus, int address, String detail) {
        return kind + " from " + hex(address) + " on bus " + bus + ": " + detail;
    }

    /** What went wrong. */
    public Kind kind() {
        return kind;
    }

    /** Bus number of the device. */
    public int bus() {
        return bus;
    }

    /** 7-bit address of the device. */
    public int address() {
        return address;
    }

    /** What was being done or found, without kind, bus and address: "WHO_AM_I reads 0x70, ...". */
    public String detail() {
        return detail;
    }

    /** True when the chip did not answer at all (NACK or timeout), as opposed to answering wrongly. */
    public boolean notAnswering() {
        return kind == Kind.NACK || kind == Kind.TIMEOUT;
    }

    /** Formats an address or register the way datasheets write it: 0x68. */
    public static String hex(int value) {
        String digits = Integer.toHexString(value).toUpperCase(java.util.Locale.ROOT);
        return digits.length() < 2 ? "0x0" + digits : "0x" + digits;
    }
}
