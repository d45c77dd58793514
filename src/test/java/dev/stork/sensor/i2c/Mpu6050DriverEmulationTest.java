package dev.stork.sensor.i2c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stork.sensor.i2c.emulation.ImuMotion;
import dev.stork.sensor.i2c.emulation.ManualNanoClock;
import dev.stork.sensor.i2c.emulation.Mpu6050Emulation;
import dev.stork.sensor.i2c.support.ClockOnX;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The MPU-6050 contract on the register-level emulation, plus what only an emulation can set up. */
class Mpu6050DriverEmulationTest extends AbstractMpu6050DriverTest {

    private final ManualNanoClock clock = new ManualNanoClock(1_000_000_000L);
    private ImuMotion motion = ImuMotion.levelAtRest();
    private Mpu6050Emulation chip;

    @BeforeEach
    void plugIn() {
        chip = new Mpu6050Emulation(1, 0x68, clock, (t, out) -> motion.valuesAt(t, out));
    }

    @Override
    protected RegisterDevice device() {
        return chip;
    }

    @Override
    protected NanoClock clock() {
        return clock;
    }

    @Override
    protected void letTimePass(long nanos) {
        clock.advanceNanos(nanos);
    }

    /** Half an LSB of ±4 g on z (9.80665 / 8192 / 2) and a hair for float rounding. */
    @Override
    protected double restToleranceMetresPerSecondSquared() {
        return 9.80665 / 8192 / 2 + 1e-12;
    }

    @Override
    protected double restToleranceRadiansPerSecond() {
        return 1e-12; // zero quantises to exactly zero
    }

    @ParameterizedTest
    @EnumSource(Mpu6050Driver.AccelRange.class)
    void knownValuesReadBackWithinHalfAnLsbInEveryAccelRange(Mpu6050Driver.AccelRange range) throws Exception {
        double[] truth = {1.234, -5.678, 9.1, 0.5, -1.0, 2.0};
        motion = (t, out) -> System.arraycopy(truth, 0, out, 0, 6);
        for (Mpu6050Driver.GyroRange gyro : Mpu6050Driver.GyroRange.values()) {
            Mpu6050Driver driver = new Mpu6050Driver(chip, range, gyro, Mpu6050Driver.DigitalLowPass.HZ94, 250,
                    clock);
            driver.init();
            clock.advanceNanos(20_000_000L);
            double[] values = new double[6 * driver.maxSamplesPerRead()];
            int n = driver.readFifo(values, driver.maxSamplesPerRead());
            assertEquals(5, n, "20 ms at 250 Hz");
            for (int axis = 0; axis < 3; axis++) {
                // Rounding to the nearest code: error at most half an LSB.
                assertEquals(truth[axis], values[axis], driver.metresPerSecondSquaredPerLsb() / 2 + 1e-12,
                        range + " accel axis " + axis);
                assertEquals(truth[3 + axis], values[3 + axis], driver.radiansPerSecondPerLsb() / 2 + 1e-12,
                        gyro + " gyro axis " + axis);
            }
        }
    }

    @Test
    void samplesComeOutInOrderWithNoneLostOrRepeated() throws Exception {
        // x acceleration = time in seconds since start, so each sample says when it was taken.
        long start = clock.nanoTime();
        motion = ClockOnX.since(start, 0);
        Mpu6050Driver driver = new Mpu6050Driver(chip, Mpu6050Driver.AccelRange.G16, Mpu6050Driver.GyroRange.DPS250,
                Mpu6050Driver.DigitalLowPass.HZ94, 200, clock);
        driver.init();
        long fifoStart = clock.nanoTime();
        double[] values = new double[6 * driver.maxSamplesPerRead()];
        int k = 0;
        for (int read = 0; read < 300; read++) {
            clock.advanceNanos((3 + read % 50) * 1_000_000L);
            int n;
            do {
                n = driver.readFifo(values, 7); // small reads: many bursts per drain
                for (int i = 0; i < n; i++, k++) {
                    double expectedSeconds = (fifoStart - start) * 1e-9 + (k + 1) / 200.0;
                    assertEquals(expectedSeconds, values[6 * i], 9.80665 / 2048 / 2 + 1e-12, "sample " + k);
                }
            } while (n == 7);
        }
        assertEquals(chip.samplesProduced(), k, "every sample produced was read exactly once");
    }

    @Test
    void overflowIsCountedAndTheFifoStartsOver() throws Exception {
        Mpu6050Driver driver = driver(200);
        driver.init();
        clock.advanceNanos(1_000_000_000L); // 200 frames of 12 bytes > 1024
        double[] values = new double[6 * driver.maxSamplesPerRead()];
        assertEquals(0, driver.readFifo(values, driver.maxSamplesPerRead()));
        assertEquals(1, driver.overflows());
        clock.advanceNanos(50_000_000L);
        assertEquals(10, driver.readFifo(values, driver.maxSamplesPerRead()), "50 ms at 200 Hz after the reset");
    }

    @Test
    void anotherChipAtTheAddressIsRejected() throws Exception {
        Mpu6050Driver driver = new Mpu6050Driver(new WhoAmIOverride(chip, 0x70), Mpu6050Driver.AccelRange.G2,
                Mpu6050Driver.GyroRange.DPS250, Mpu6050Driver.DigitalLowPass.HZ44, 200, clock);
        I2cException e = assertThrows(I2cException.class, driver::init);
        assertEquals(I2cException.Kind.WRONG_CHIP, e.kind());
    }

    @Test
    void ratesThatSmplrtDivCannotMakeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> driver(300));
        assertThrows(IllegalArgumentException.class, () -> driver(2000));
        assertEquals(4, driver(200).sampleRateDivider());
        assertEquals(1, driver(500).sampleRateDivider());
    }

    /** A device whose WHO_AM_I reads a fixed other value. */
    private static final class WhoAmIOverride extends ForwardingRegisterDevice {
        private final int id;

        WhoAmIOverride(RegisterDevice target, int id) {
            super(target);
            this.id = id;
        }

        @Override
        public int readRegister(int register) throws I2cException {
            return register == Mpu6050Registers.WHO_AM_I ? id : super.readRegister(register);
        }
    }
}
