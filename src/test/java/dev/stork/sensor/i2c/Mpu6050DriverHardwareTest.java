package dev.stork.sensor.i2c;

import dev.stork.sensor.i2c.support.ChipBench;
import dev.stork.sensor.i2c.support.HardwareChip;

import org.junit.jupiter.api.Tag;

/**
 * The MPU-6050 contract on a real chip lying still and level: {@code mvn test -DexcludedTestGroups=none
 * -Dtest='Mpu6050DriverHardwareTest'}; bus and address from {@code stork.i2c.bus} (1) and
 * {@code stork.mpu6050.address} (0x68). Aborts when no chip answers.
 */
@Tag("hardware")
class Mpu6050DriverHardwareTest extends AbstractMpu6050DriverTest {

    @Override
    protected ChipBench openBench() {
        return HardwareChip.openOrAbort("MPU-6050",
                Integer.decode(System.getProperty("stork.mpu6050.address", "0x68")), Mpu6050Registers.WHO_AM_I);
    }

    /** Level within a few degrees plus the datasheet's zero-g offset (±80 mg on z): 0.1 g. */
    @Override
    protected double restToleranceMetresPerSecondSquared() {
        return 0.98;
    }

    /** Zero-rate offset ±20 °/s (datasheet table 6.1). */
    @Override
    protected double restToleranceRadiansPerSecond() {
        return Math.toRadians(20);
    }
}
