package dev.stork.sensor.i2c;

import dev.stork.sensor.i2c.support.ChipBench;
import dev.stork.sensor.i2c.support.HardwareChip;

import org.junit.jupiter.api.Tag;

/**
 * The NAU7802 contract on a real chip wired directly to bus {@code stork.i2c.bus} (1) at 0x2A:
 * {@code mvn test -DexcludedTestGroups=none -Dtest='Nau7802DriverHardwareTest'}. Aborts when no chip answers.
 */
@Tag("hardware")
class Nau7802DriverHardwareTest extends AbstractNau7802DriverTest {

    @Override
    protected ChipBench openBench() {
        return HardwareChip.openOrAbort("NAU7802", Nau7802Registers.ADDRESS, Nau7802Registers.REVISION_ID);
    }

    /** The internal oscillator and host scheduling: 10 %. */
    @Override
    protected double rateTolerance() {
        return 0.10;
    }
}
