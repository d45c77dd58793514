package dev.stork.sensor.i2c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stork.sensor.i2c.emulation.ImuMotion;
import dev.stork.sensor.i2c.emulation.ManualNanoClock;
import dev.stork.sensor.i2c.emulation.Mpu6050Emulation;
import dev.stork.sensor.i2c.support.ChipBench;
import dev.stork.sensor.i2c.support.ClockOnX;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The MPU-6050 contract on the register-level emulation, plus what only an emulation can set up. */
class Mpu6050DriverEmulationTest extends AbstractMpu6050DriverTest {

    private final ManualNanoClock clock = new ManualNanoClock(1_000_000_000L);
    private ImuMotion motion = ImuMotion.levelAtRest();
    private Mpu6050Emulation chip;

    @Override
    protected ChipBench openBench() {
        chip = new Mpu6050Emulation(1, 0x68, clock, (t, out) -> motion.valuesAt(t, out));
        return ChipBench.emulated(chip, clock);
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
    void knownValuesReadBackWithinHalfAnLsbInEveryRange(Mpu6050Driver.AccelRange range) throws Exception {
        double[] truth = {1.234, -5.678, 9.1, 0.5, -1.0, 2.0};
        motion = (t, out) -> System.arraycopy(truth, 0, out, 0, 6);
        for (Mpu6050Driver.GyroRange gyro : Mpu6050Driver.GyroRange.values()) {
            Mpu6050Driver driver = new Mpu6050Driver(chip, range, gyro, Mpu6050Driver.DigitalLowPass.HZ94, 250,
                    clock);
            FifoImuEmulationChecks.readsKnownValues(driver, clock, 20_000_000L, 5, truth,
                    driver.metresPerSecondSquaredPerLsb(), driver.radiansPerSecondPerLsb(), range + "/" + gyro);
        }
    }

    @Test
    void samplesComeOutInOrderWithNoneLostOrRepeated() throws Exception {
        motion = ClockOnX.since(clock.nanoTime(), 0);
        Mpu6050Driver driver = new Mpu6050Driver(chip, Mpu6050Driver.AccelRange.G16, Mpu6050Driver.GyroRange.DPS250,
                Mpu6050Driver.DigitalLowPass.HZ94, 200, clock);
        int read = FifoImuEmulationChecks.readsInOrderWithNoneLostOrRepeated(driver, clock, clock.nanoTime(),
                driver.metresPerSecondSquaredPerLsb());
        assertEquals(chip.samplesProduced(), read, "every sample produced was read exactly once");
    }

    @Test
    void overflowIsCountedAndTheFifoStartsOver() throws Exception {
        // 1 s at 200 Hz is 200 frames of 12 bytes, more than the 1024-byte FIFO holds.
        FifoImuEmulationChecks.overflowsAndStartsOver(driver(200), clock, 1_000_000_000L);
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
