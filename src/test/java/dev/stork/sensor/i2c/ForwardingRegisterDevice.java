package dev.stork.sensor.i2c;

/** Passes every call to another device; tests override single methods to bend one answer. */
class ForwardingRegisterDevice implements RegisterDevice {

    private final RegisterDevice target;

    ForwardingRegisterDevice(RegisterDevice target) {
        this.target = target;
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
        return target.readRegister(register);
    }

    @Override
    public void writeRegister(int register, int value) throws I2cException {
        target.writeRegister(register, value);
    }

    @Override
    public void readRegisters(int register, byte[] buffer, int offset, int length) throws I2cException {
        target.readRegisters(register, buffer, offset, length);
    }

    @Override
    public void writeByte(int value) throws I2cException {
        target.writeByte(value);
    }

    @Override
    public int readByte() throws I2cException {
        return target.readByte();
    }
}
