package dev.stork.sensor.i2c;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * What every MPU-6050 must show through {@link Mpu6050Driver}, on top of the FIFO IMU contract: run against the
 * emulation and, under the "hardware" tag, against a real chip.
 */
abstract class AbstractMpu6050DriverTest extends AbstractFifoImuTest {

    @Override
    protected FifoImu fifoImu(int rateIndex) {
        return driver(ratesHz()[rateIndex]);
    }

    @Override
    protected int[] ratesHz() {
        return new int[] {200, 500};
    }

    protected Mpu6050Driver driver(int rateHz) {
        return new Mpu6050Driver(device(), Mpu6050Driver.AccelRange.G4, Mpu6050Driver.GyroRange.DPS500,
                Mpu6050Driver.DigitalLowPass.HZ44, rateHz, clock());
    }

    @Test
    void initWritesTheDatasheetSettings() throws Exception {
        Mpu6050Driver driver = driver(200);
        driver.init();
        RegisterDevice chip = device();
        assertEquals(0x68, chip.readRegister(Mpu6050Registers.WHO_AM_I));
        assertEquals(0x01, chip.readRegister(Mpu6050Registers.PWR_MGMT_1), "awake, PLL with X gyro");
        assertEquals(4, chip.readRegister(Mpu6050Registers.SMPLRT_DIV), "1 kHz / (1 + 4) = 200 Hz");
        assertEquals(3, chip.readRegister(Mpu6050Registers.CONFIG) & 0x07, "DLPF_CFG 3 = 44 Hz");
        assertEquals(1 << 3, chip.readRegister(Mpu6050Registers.GYRO_CONFIG) & 0x18, "FS_SEL 1 = ±500 °/s");
        assertEquals(1 << 3, chip.readRegister(Mpu6050Registers.ACCEL_CONFIG) & 0x18, "AFS_SEL 1 = ±4 g");
        assertEquals(0x78, chip.readRegister(Mpu6050Registers.FIFO_EN), "accel and three gyro axes");
        assertEquals(0x40, chip.readRegister(Mpu6050Registers.USER_CTRL) & 0x40, "FIFO enabled");
    }

    @Test
    void scaleFactorsFollowTheDatasheet() {
        Mpu6050Driver driver = driver(200);
        // ±4 g: 8192 LSB/g; ±500 °/s: 65.5 LSB/(°/s) (PS-MPU-6000A tables 6.1, 6.2). Exact arithmetic: 1e-15.
        assertEquals(9.80665 / 8192, driver.metresPerSecondSquaredPerLsb(), 1e-15);
        assertEquals(Math.PI / 180 / 65.5, driver.radiansPerSecondPerLsb(), 1e-15);
    }
}
