package dev.stork.sensor.i2c;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.plugin.linuxfs.provider.i2c.LinuxFsI2CProvider;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

/**
 * The MPU-6050 contract on a real chip lying still and level: {@code mvn test -Dstork.hardware=true
 * -DexcludedTestGroups= -Dtest='Mpu6050DriverHardwareTest'}; bus and address from {@code stork.i2c.bus} (1) and
 * {@code stork.mpu6050.address} (0x68). Aborts when no chip answers.
 */
@Tag("hardware")
class Mpu6050DriverHardwareTest extends AbstractMpu6050DriverTest {

    private Context pi4j;
    private Pi4jRegisterDevice chip;

    @BeforeEach
    void openChip() {
        int bus = Integer.getInteger("stork.i2c.bus", 1);
        int address = Integer.decode(System.getProperty("stork.mpu6050.address", "0x68"));
        pi4j = Pi4J.newContextBuilder().add(LinuxFsI2CProvider.newInstance()).build();
        try {
            chip = Pi4jRegisterDevice.open(pi4j, bus, address);
            chip.readRegister(Mpu6050Registers.WHO_AM_I);
        } catch (I2cException e) {
            Assumptions.abort("no MPU-6050 answering at " + I2cException.hex(address) + " on bus " + bus + ": "
                    + e.getMessage());
        }
    }

    @AfterEach
    void closeChip() {
        if (chip != null) {
            chip.close();
        }
        pi4j.shutdown();
    }

    @Override
    protected RegisterDevice device() {
        return chip;
    }

    @Override
    protected NanoClock clock() {
        return NanoClock.SYSTEM;
    }

    @Override
    protected void letTimePass(long nanos) throws InterruptedException {
        NanoClock.SYSTEM.sleepNanos(nanos); // a real chip needs real time
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
