package dev.stork.sensor.i2c.emulation;

import dev.stork.sensor.i2c.I2cException;
import dev.stork.sensor.i2c.NanoClock;
import dev.stork.sensor.i2c.RegisterDevice;

import java.util.Objects;

/**
 * A chip as a map of 256 byte registers, answering {@link RegisterDevice} transfers the way the real chip does.
 * Subclasses load reset values, decide what a read or write of each register does, how the register pointer
 * advances in a burst, and what happens as emulated time passes. Before every transfer the emulation catches up
 * with the clock, so data-ready flags and FIFOs fill exactly as in real time.
 *
 * <p>Faults: {@link #injectFaults(I2cException.Kind, int)} makes the next transfers fail as a real bus would.
 * Single-threaded, like the driver using it.
 */
public abstract class EmulatedChip implements RegisterDevice {

    /** The register file; subclasses read and write it directly. */
    protected final byte[] registers = new byte[256];
    /** Emulated time source shared with whoever drives the chip. */
    protected final NanoClock clock;

    private final int bus;
    private final int address;
    private int pointer;
    private I2cException.Kind faultKind = I2cException.Kind.NACK;
    private int faultsLeft;
    private long transfers;

    /**
     * @param bus     bus number reported in messages
     * @param address 7-bit address the chip answers at
     * @param clock   emulated (or real) time
     */
    protected EmulatedChip(int bus, int address, NanoClock clock) {
        this.bus = bus;
        this.address = address;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Makes the next {@code count} transfers fail with {@code kind}; {@link Integer#MAX_VALUE} unplugs the chip
     * until {@link #clearFaults()}.
     */
    public void injectFaults(I2cException.Kind kind, int count) {
        this.faultKind = Objects.requireNonNull(kind, "kind");
        this.faultsLeft = count;
    }

    /** Makes the chip answer again. */
    public void clearFaults() {
        faultsLeft = 0;
    }

    /** Number of transfers attempted on this chip so far, failed ones included. */
    public long transfers() {
        return transfers;
    }

    /** Restores reset values, as after power-on or a soft reset. */
    public abstract void powerOnReset();

    /** Brings data-ready flags and FIFOs up to {@code nowNanos}. */
    protected void advanceTo(long nowNanos) {
    }

    /** What a read of {@code register} returns; may have side effects (popping a FIFO, clearing a flag). */
    protected int read(int register) {
        return registers[register] & 0xFF;
    }

    /** What a write of {@code value} to {@code register} does; by default stores it. */
    protected void write(int register, int value) {
        registers[register] = (byte) value;
    }

    /** The register a burst read moves to after {@code register}; by default the next one. */
    protected int nextInBurst(int register) {
        return (register + 1) & 0xFF;
    }

    @Override
    public final int bus() {
        return bus;
    }

    @Override
    public final int address() {
        return address;
    }

    @Override
    public int readRegister(int register) throws I2cException {
        begin("reading register ", register);
        pointer = register & 0xFF;
        return read(pointer);
    }

    @Override
    public void writeRegister(int register, int value) throws I2cException {
        begin("writing register ", register);
        pointer = register & 0xFF;
        write(pointer, value & 0xFF);
    }

    @Override
    public void readRegisters(int register, byte[] buffer, int offset, int length) throws I2cException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        begin("reading registers from ", register);
        int at = register & 0xFF;
        for (int i = 0; i < length; i++) {
            buffer[offset + i] = (byte) read(at);
            at = nextInBurst(at);
        }
        pointer = at;
    }

    /** A bare byte written to a register chip sets its register pointer, as a real chip takes it. */
    @Override
    public void writeByte(int value) throws I2cException {
        begin("writing byte ", value);
        pointer = value & 0xFF;
    }

    @Override
    public int readByte() throws I2cException {
        begin("reading a byte at ", pointer);
        int value = read(pointer);
        pointer = nextInBurst(pointer);
        return value;
    }

    /** Counts the transfer, fails it if a fault is pending, and catches up with the clock. */
    protected final void begin(String action, int what) throws I2cException {
        transfers++;
        if (faultsLeft > 0) {
            if (faultsLeft != Integer.MAX_VALUE) {
                faultsLeft--;
            }
            throw new I2cException(faultKind, bus, address, action + I2cException.hex(what) + " (injected)");
        }
        advanceTo(clock.nanoTime());
    }

    /** Writes a signed 16-bit value big-endian (high byte first) at {@code register}. */
    protected final void putBigEndian16(int register, int value) {
        registers[register] = (byte) (value >> 8);
        registers[register + 1] = (byte) value;
    }

    /** Rounds {@code value} to the nearest integer and clamps it to a signed 16-bit range, as an ADC saturates. */
    protected static int toInt16(double value) {
        long rounded = Math.round(value);
        return (int) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, rounded));
    }
}
