package dev.stork.sensor.i2c;

import dev.stork.sensor.i2c.support.HardwareChip;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

/**
 * The NAU7802 contract on a real chip wired directly to bus {@code stork.i2c.bus} (1) at 0x2A:
 * {@code mvn test -DexcludedTestGroups=none -Dtest='Nau7802DriverHardwareTest'}. Aborts when no chip answers.
 */
@Tag("hardware")
class Nau7802DriverHardwareTest extends AbstractNau7802DriverTest {

    private HardwareChip chip;

    @BeforeEach
    void openChip() {
        chip = HardwareChip.openOrAbort("NAU7802", Nau7802Registers.ADDRESS, Nau7802Registers.REVISION_ID);
    }

    @AfterEach
    void closeChip() {
        if (chip != null) {
            chip.close();
        }
    }

    @Override
    protected RegisterDevice device() {
        return chip.device();
    }

    @Override
    protected NanoClock clock() {
        return NanoClock.SYSTEM;
    }

    @Override
    protected void letTimePass(long nanos) throws InterruptedException {
        NanoClock.SYSTEM.sleepNanos(nanos); // a real chip needs real time
    }

    /** The internal oscillator and host scheduling: 10 %. */
    @Override
    protected double rateTolerance() {
        return 0.10;
    }
}
