package dev.stork.sensor.i2c;

import java.util.Objects;

/**
 * A chip behind one channel of a {@link Tca9548aMux}: selects the channel before every access, so several chips
 * at the same address (four NAU7802 at 0x2A) can share a bus. Acquisition thread only.
 */
public final class MuxedRegisterDevice implements RegisterDevice {

    private final Tca9548aMux mux;
    private final int channel;
    private final RegisterDevice target;

    /**
     * @param target the chip's address on the bus (the same object may serve every channel)
     */
    public MuxedRegisterDevice(Tca9548aMux mux, int channel, RegisterDevice target) {
        this.mux = Objects.requireNonNull(mux, "mux");
        this.target = Objects.requireNonNull(target, "target");
        if (channel < 0 || channel >= Tca9548aMux.CHANNELS) {
            throw new IllegalArgumentException("TCA9548A channel must be 0..7, got " + channel);
        }
        this.channel = channel;
    }

    /** The multiplexer channel (0..7). */
    public int channel() {
        return channel;
    }

    @Override
    public int bus() {
        return target.bus();
    }

    @Override
    public int address() {
        return target.address();
    }

    @Override
    public int readRegister(int register) throws I2cException {
        select();
        try {
            return target.readRegister(register);
        } catch (I2cException e) {
            mux.forget();
            throw e;
        }
    }

    @Override
    public void writeRegister(int register, int value) throws I2cException {
        select();
        try {
            target.writeRegister(register, value);
        } catch (I2cException e) {
            mux.forget();
            throw e;
        }
    }

    @Override
    public void readRegisters(int register, byte[] buffer, int offset, int length) throws I2cException {
        select();
        try {
            target.readRegisters(register, buffer, offset, length);
        } catch (I2cException e) {
            mux.forget();
            throw e;
        }
    }

    @Override
    public void writeByte(int value) throws I2cException {
        select();
        try {
            target.writeByte(value);
        } catch (I2cException e) {
            mux.forget();
            throw e;
        }
    }

    @Override
    public int readByte() throws I2cException {
        select();
        try {
            return target.readByte();
        } catch (I2cException e) {
            mux.forget();
            throw e;
        }
    }

    private void select() throws I2cException {
        mux.select(channel); // a failed select leaves the mux's selection unknown by itself
    }
}
