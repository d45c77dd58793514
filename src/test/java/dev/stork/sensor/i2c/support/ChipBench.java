package dev.stork.sensor.i2c.support;

import dev.stork.sensor.i2c.NanoClock;
import dev.stork.sensor.i2c.RegisterDevice;
import dev.stork.sensor.i2c.emulation.ManualNanoClock;

/** A chip on the bench for a contract test: the device, the clock it runs on and how time passes for it. */
public interface ChipBench extends AutoCloseable {

    /** The chip. */
    RegisterDevice device();

    /** The clock drivers wait with. */
    NanoClock clock();

    /** Lets {@code nanos} of chip time pass without reading. */
    void letTimePass(long nanos) throws InterruptedException;

    /** Releases the chip. */
    @Override
    void close();

    /** An emulated chip on emulated time: time passes instantly. */
    static ChipBench emulated(RegisterDevice chip, ManualNanoClock clock) {
        return new ChipBench() {
            @Override
            public RegisterDevice device() {
                return chip;
            }

            @Override
            public NanoClock clock() {
                return clock;
            }

            @Override
            public void letTimePass(long nanos) {
                clock.advanceNanos(nanos);
            }

            @Override
            public void close() {
                // nothing to release
            }
        };
    }
}
