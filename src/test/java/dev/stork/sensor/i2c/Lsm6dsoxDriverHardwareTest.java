package dev.stork.sensor.i2c;

import dev.stork.sensor.i2c.support.ChipBench;
import dev.stork.sensor.i2c.support.HardwareChip;

import org.junit.jupiter.api.Tag;

/**
 * The LSM6DSOX contract on a real chip lying still and level: {@code mvn test -DexcludedTestGroups=none
 * -Dtest='Lsm6dsoxDriverHardwareTest'}; bus and address from {@code stork.i2c.bus} (1) and
 * {@code stork.lsm6dsox.address} (0x6A). Aborts when no chip answers.
 */
@Tag("hardware")
class Lsm6dsoxDriverHardwareTest extends AbstractLsm6dsoxDriverTest {

    @Override
    protected ChipBench openBench() {
        return HardwareChip.openOrAbort("LSM6DSOX",
                Integer.decode(System.getProperty("stork.lsm6dsox.address", "0x6A")), Lsm6dsoxRegisters.WHO_AM_I);
    }

    /** Level within a few degrees plus the datasheet's zero-g offset (±20 mg): 0.1 g. */
    @Override
    protected double restToleranceMetresPerSecondSquared() {
        return 0.98;
    }

    /** Zero-rate level ±1 °/s typical (datasheet table 2), with margin: 5 °/s. */
    @Override
    protected double restToleranceRadiansPerSecond() {
        return Math.toRadians(5);
    }
}
