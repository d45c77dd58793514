package dev.stork.sensor.i2c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What every MPU-6050 must show through {@link Mpu6050Driver}: run against the emulation and, under the
 * "hardware" tag, against a real chip. Subclasses supply the device, the clock and how time passes.
 */
abstract class AbstractMpu6050DriverTest {

    /** The chip under test, fresh for each test. */
    protected abstract RegisterDevice device();

    /** The clock the driver waits with and the chip runs on. */
    protected abstract NanoClock clock();

    /** Lets {@code nanos} of chip time pass without reading. */
    protected abstract void letTimePass(long nanos) throws InterruptedException;

    /** How far a board at rest may read from 1 g, in m/s² (quantisation for the emulation, mounting for a chip). */
    protected abstract double restToleranceMetresPerSecondSquared();

    /** How far a board at rest may read from zero rotation, in rad/s. */
    protected abstract double restToleranceRadiansPerSecond();

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

    @Test
    void boardAtRestReadsOneGAndNoRotation() throws Exception {
        Mpu6050Driver driver = driver(200);
        driver.init();
        letTimePass(100_000_000L);
        double[] values = new double[6 * driver.maxSamplesPerRead()];
        int n = driver.readFifo(values, driver.maxSamplesPerRead());
        assertTrue(n >= 15, "100 ms at 200 Hz gives about 20 samples, got " + n);
        for (int i = 0; i < n; i++) {
            double g = Math.sqrt(sq(values[6 * i]) + sq(values[6 * i + 1]) + sq(values[6 * i + 2]));
            assertEquals(9.80665, g, restToleranceMetresPerSecondSquared(), "|a| of sample " + i);
            for (int axis = 3; axis < 6; axis++) {
                assertEquals(0, values[6 * i + axis], restToleranceRadiansPerSecond(), "rate of sample " + i);
            }
        }
    }

    @Test
    void fifoDrainsWithoutLossOverManyReads() throws Exception {
        for (int rateHz : new int[] {200, 500}) {
            Mpu6050Driver driver = driver(rateHz);
            driver.init();
            double[] values = new double[6 * driver.maxSamplesPerRead()];
            long total = 0;
            long elapsedNanos = 0;
            // Irregular read intervals (7..43 ms) over 2 s, all short enough for the 1024-byte FIFO (85 frames).
            for (int read = 0; elapsedNanos < 2_000_000_000L; read++) {
                long stepNanos = (7 + (read * 13) % 37) * 1_000_000L;
                letTimePass(stepNanos);
                elapsedNanos += stepNanos;
                int n;
                do {
                    n = driver.readFifo(values, driver.maxSamplesPerRead());
                    total += n;
                } while (n == driver.maxSamplesPerRead());
            }
            double expected = elapsedNanos * 1e-9 * rateHz;
            // The first sample comes one period after the FIFO starts and the last may not be due yet: ±2 samples.
            assertEquals(expected, total, 2.0, "samples at " + rateHz + " Hz over " + elapsedNanos + " ns");
            assertEquals(0, driver.overflows(), "no FIFO overflow at " + rateHz + " Hz");
        }
    }

    private static double sq(double x) {
        return x * x;
    }
}
