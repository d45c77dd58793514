package dev.stork.sensor.i2c.support;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.plugin.linuxfs.provider.i2c.LinuxFsI2CProvider;

import dev.stork.sensor.i2c.I2cException;
import dev.stork.sensor.i2c.NanoClock;
import dev.stork.sensor.i2c.Pi4jRegisterDevice;

import org.junit.jupiter.api.Assumptions;

/**
 * A real chip for the "hardware" contract tests: opens it through Pi4J's linuxfs provider on bus
 * {@code stork.i2c.bus} (default 1) and aborts the test when nothing answers.
 */
public final class HardwareChip implements ChipBench {

    private final Context pi4j;
    private final Pi4jRegisterDevice device;

    private HardwareChip(Context pi4j, Pi4jRegisterDevice device) {
        this.pi4j = pi4j;
        this.device = device;
    }

    /**
     * Opens the chip and reads {@code probeRegister} to see that it answers.
     *
     * @param chipName for the abort message, e.g. "MPU-6050"
     */
    public static HardwareChip openOrAbort(String chipName, int address, int probeRegister) {
        int bus = Integer.getInteger("stork.i2c.bus", 1);
        Context pi4j = Pi4J.newContextBuilder().add(LinuxFsI2CProvider.newInstance()).build();
        try {
            Pi4jRegisterDevice device = Pi4jRegisterDevice.open(pi4j, bus, address);
            device.readRegister(probeRegister);
            return new HardwareChip(pi4j, device);
        } catch (I2cException e) {
            pi4j.shutdown();
            Assumptions.abort("no " + chipName + " answering at " + I2cException.hex(address) + " on bus " + bus
                    + ": " + e.getMessage());
            throw new IllegalStateException("unreachable: abort throws", e);
        }
    }

    @Override
    public Pi4jRegisterDevice device() {
        return device;
    }

    /** The host clock: a real chip needs real time. */
    @Override
    public NanoClock clock() {
        return NanoClock.SYSTEM;
    }

    @Override
    public void letTimePass(long nanos) throws InterruptedException {
        NanoClock.SYSTEM.sleepNanos(nanos);
    }

    @Override
    public void close() {
        device.close();
        pi4j.shutdown();
    }
}
