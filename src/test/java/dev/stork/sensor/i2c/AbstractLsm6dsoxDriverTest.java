package dev.stork.sensor.i2c;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * What every LSM6DSOX must show through {@link Lsm6dsoxDriver}, on top of the FIFO IMU contract: run against the
 * emulation and, under the "hardware" tag, against a real chip.
 */
abstract class AbstractLsm6dsoxDriverTest extends AbstractFifoImuTest {

    private static final Lsm6dsoxDriver.OutputDataRate[] RATES = {
        Lsm6dsoxDriver.OutputDataRate.HZ208, Lsm6dsoxDriver.OutputDataRate.HZ416};

    @Override
    protected FifoImu fifoImu(int rateIndex) {
        return driver(RATES[rateIndex]);
    }

    @Override
    protected int[] ratesHz() {
        return new int[] {208, 416};
    }

    protected Lsm6dsoxDriver driver(Lsm6dsoxDriver.OutputDataRate rate) {
        return new Lsm6dsoxDriver(device(), Lsm6dsoxDriver.AccelRange.G4, Lsm6dsoxDriver.GyroRange.DPS500, rate,
                clock());
    }

    @Test
    void initWritesTheDatasheetSettings() throws Exception {
        driver(Lsm6dsoxDriver.OutputDataRate.HZ208).init();
        RegisterDevice chip = device();
        assertEquals(0x6C, chip.readRegister(Lsm6dsoxRegisters.WHO_AM_I));
        assertEquals(0x44, chip.readRegister(Lsm6dsoxRegisters.CTRL3_C) & 0x45, "BDU and IF_INC on, reset done");
        assertEquals((0b0101 << 4) | (0b10 << 2), chip.readRegister(Lsm6dsoxRegisters.CTRL1_XL) & 0xFC,
                "ODR_XL 208 Hz, FS_XL ±4 g");
        assertEquals((0b0101 << 4) | (0b01 << 2), chip.readRegister(Lsm6dsoxRegisters.CTRL2_G) & 0xFE,
                "ODR_G 208 Hz, FS_G ±500 °/s");
        assertEquals(0x55, chip.readRegister(Lsm6dsoxRegisters.FIFO_CTRL3), "BDR_GY and BDR_XL 208 Hz");
        assertEquals(0x06, chip.readRegister(Lsm6dsoxRegisters.FIFO_CTRL4) & 0x07, "continuous mode");
    }

    @Test
    void scaleFactorsFollowTheDatasheet() {
        Lsm6dsoxDriver driver = driver(Lsm6dsoxDriver.OutputDataRate.HZ208);
        // ±4 g: 0.122 mg/LSB; ±500 °/s: 17.5 m°/s per LSB (DS13604 table 2). Exact arithmetic: 1e-15.
        assertEquals(0.122e-3 * 9.80665, driver.metresPerSecondSquaredPerLsb(), 1e-15);
        assertEquals(Math.toRadians(17.5e-3), driver.radiansPerSecondPerLsb(), 1e-15);
    }
}
