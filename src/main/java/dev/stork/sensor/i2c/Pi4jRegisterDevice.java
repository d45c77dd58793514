package dev.stork.sensor.i2c;

import com.pi4j.context.Context;
import com.pi4j.io.i2c.I2C;
import com.pi4j.io.i2c.I2CConfig;
import com.pi4j.plugin.linuxfs.provider.i2c.LinuxFsI2CProvider;

import java.util.Locale;
import java.util.Objects;

/**
 * {@link RegisterDevice} on a Pi4J 2.8 {@link I2C}, normally from the linuxfs provider (/dev/i2c-N, ioctl
 * I2C_RDWR with a repeated start). Pi4J failures (runtime exceptions carrying the errno) become
 * {@link I2cException}s of the matching kind.
 *
 * <p>Pi4J 2.8's linuxfs {@code readRegister(int, byte[], int, int)} ignores its offset argument and always fills
 * the buffer from index 0. This adapter therefore reads into a scratch array it owns (a final field, so nothing is
 * allocated here per read) and copies to the caller's offset. Single-threaded, like every {@link RegisterDevice}.
 */
public final class Pi4jRegisterDevice implements RegisterDevice, AutoCloseable {

    /** Longest burst read in bytes; Pi4J 2.8 packs a read into a 2048-byte ioctl buffer with its headers. */
    public static final int MAX_BURST_BYTES = 1024;

    private final I2C i2c;
    private final byte[] scratch = new byte[MAX_BURST_BYTES];

    /** Wraps an already created Pi4J device; this adapter closes it in {@link #close()}. */
    public Pi4jRegisterDevice(I2C i2c) {
        this.i2c = Objects.requireNonNull(i2c, "i2c");
    }

    /**
     * Creates the device through Pi4J's linuxfs provider.
     *
     * @param context a Pi4J context holding the linuxfs plugin
     * @throws I2cException when the bus cannot be opened (no /dev/i2c-N or no permission)
     */
    public static Pi4jRegisterDevice open(Context context, int bus, int address) throws I2cException {
        I2CConfig config = I2C.newConfigBuilder(context)
                .id(String.format(Locale.ROOT, "stork-i2c-%d-%02x", bus, address))
                .bus(bus)
                .device(address)
                .provider(LinuxFsI2CProvider.ID)
                .build();
        try {
            return new Pi4jRegisterDevice(context.create(config));
        } catch (RuntimeException e) {
            throw new I2cException(I2cException.Kind.BUS_ERROR, bus, address,
                    "cannot open /dev/i2c-" + bus + " (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public int bus() {
        return i2c.bus();
    }

    @Override
    public int address() {
        return i2c.device();
    }

    @Override
    public int readRegister(int register) throws I2cException {
        readRegisters(register, scratch, 0, 1);
        return scratch[0] & 0xFF;
    }

    @Override
    public void writeRegister(int register, int value) throws I2cException {
        try {
            i2c.writeRegister(register, (byte) value);
        } catch (RuntimeException e) {
            throw translate(e, "writing register ", register);
        }
    }

    @Override
    public void readRegisters(int register, byte[] buffer, int offset, int length) throws I2cException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length > scratch.length) {
            throw new IllegalArgumentException("burst of " + length + " bytes from " + I2cException.hex(address())
                    + " exceeds " + MAX_BURST_BYTES);
        }
        int got;
        try {
            // Offset 0 on purpose: Pi4J 2.8 ignores the offset, so read into scratch and copy.
            got = i2c.readRegister(register, scratch, 0, length);
        } catch (RuntimeException e) {
            throw translate(e, "reading register ", register);
        }
        if (got != length) {
            throw new I2cException(I2cException.Kind.BUS_ERROR, bus(), address(),
                    "short read at register " + I2cException.hex(register) + ": " + got + " of " + length + " bytes");
        }
        System.arraycopy(scratch, 0, buffer, offset, length);
    }

    @Override
    public void writeByte(int value) throws I2cException {
        try {
            i2c.write((byte) value);
        } catch (RuntimeException e) {
            throw translate(e, "writing control byte ", value);
        }
    }

    @Override
    public int readByte() throws I2cException {
        int value;
        try {
            value = i2c.read();
        } catch (RuntimeException e) {
            throw translate(e, "reading a byte", -1);
        }
        if (value < 0) {
            throw new I2cException(I2cException.Kind.NACK, bus(), address(), "no byte to read");
        }
        return value & 0xFF;
    }

    /** Closes the Pi4J device. */
    @Override
    public void close() {
        i2c.close();
    }

    /** Maps Pi4J's exception (whose cause carries the kernel's errno text) to a kind the health logic can use. */
    private I2cException translate(RuntimeException e, String action, int register) {
        String text = messages(e).toLowerCase(Locale.ROOT);
        I2cException.Kind kind;
        if (text.contains("remote i/o") || text.contains("121") || text.contains("no such device or address")) {
            kind = I2cException.Kind.NACK; // EREMOTEIO / ENXIO: no ACK from the address
        } else if (text.contains("timed out") || text.contains("110")) {
            kind = I2cException.Kind.TIMEOUT; // ETIMEDOUT
        } else {
            kind = I2cException.Kind.BUS_ERROR;
        }
        String what = register < 0 ? action : action + I2cException.hex(register);
        return new I2cException(kind, bus(), address(), what + " (" + e.getMessage() + ")", e);
    }

    private static String messages(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append(' ');
        }
        return text.toString();
    }
}
