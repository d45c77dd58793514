package dev.stork.sensor.i2c.emulation;

import dev.stork.sensor.i2c.I2cException;
import dev.stork.sensor.i2c.NanoClock;

/**
 * Register-level TCA9548A: a single control byte (bit n connects channel n), 0 after reset. Every byte written
 * lands in the control register and a read returns it; there are no register addresses, so a "register write"
 * (two bytes) leaves the second byte selected. {@link EmulatedI2cBus} routes downstream traffic by this byte.
 */
public final class Tca9548aEmulation extends EmulatedChip {

    private int control;

    /** @param address 0x70..0x77 */
    public Tca9548aEmulation(int bus, int address, NanoClock clock) {
        super(bus, address, clock);
    }

    @Override
    public void powerOnReset() {
        control = 0;
    }

    /** The control byte: bit n set when channel n is connected. */
    public int control() {
        return control;
    }

    @Override
    public int readRegister(int register) throws I2cException {
        writeByte(register);
        return readByte();
    }

    @Override
    public void writeRegister(int register, int value) throws I2cException {
        begin("writing control byte ", value);
        control = value & 0xFF; // both bytes go to the control register; the last one stays
    }

    @Override
    public void readRegisters(int register, byte[] buffer, int offset, int length) throws I2cException {
        writeByte(register);
        begin("reading control byte ", control);
        java.util.Arrays.fill(buffer, offset, offset + length, (byte) control);
    }

    @Override
    public void writeByte(int value) throws I2cException {
        begin("writing control byte ", value);
        control = value & 0xFF;
    }

    @Override
    public int readByte() throws I2cException {
        begin("reading control byte ", control);
        return control;
    }
}
