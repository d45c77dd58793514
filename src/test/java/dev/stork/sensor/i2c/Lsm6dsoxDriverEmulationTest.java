package dev.stork.sensor.i2c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stork.sensor.i2c.emulation.ImuMotion;
import dev.stork.sensor.i2c.emulation.Lsm6dsoxEmulation;
import dev.stork.sensor.i2c.emulation.ManualNanoClock;
import dev.stork.sensor.i2c.support.ChipBench;
import dev.stork.sensor.i2c.support.ClockOnX;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The LSM6DSOX contract on the register-level emulation, plus what only an emulation can set up. */
class Lsm6dsoxDriverEmulationTest extends AbstractLsm6dsoxDriverTest {

    private final ManualNanoClock clock = new ManualNanoClock(2_000_000_000L);
    private ImuMotion motion = ImuMotion.levelAtRest();
    private Lsm6dsoxEmulation chip;

    @Override
    protected ChipBench openBench() {
        chip = new Lsm6dsoxEmulation(1, 0x6A, clock, (t, out) -> motion.valuesAt(t, out));
        return ChipBench.emulated(chip, clock);
    }

    /** Half an LSB of ±4 g (0.122 mg / 2) and a hair for float rounding. */
    @Override
    protected double restToleranceMetresPerSecondSquared() {
        return 0.122e-3 * 9.80665 / 2 + 1e-12;
    }

    @Override
    protected double restToleranceRadiansPerSecond() {
        return 1e-12;
    }

    @ParameterizedTest
    @EnumSource(Lsm6dsoxDriver.GyroRange.class)
    void knownValuesReadBackWithinHalfAnLsbInEveryRange(Lsm6dsoxDriver.GyroRange gyro) throws Exception {
        // 2.0 rad/s fits even the ±125 °/s range (2.18 rad/s).
        double[] truth = {1.234, -5.678, 9.1, 0.5, -1.0, 2.0};
        motion = (t, out) -> System.arraycopy(truth, 0, out, 0, 6);
        for (Lsm6dsoxDriver.AccelRange range : Lsm6dsoxDriver.AccelRange.values()) {
            Lsm6dsoxDriver driver = new Lsm6dsoxDriver(chip, range, gyro, Lsm6dsoxDriver.OutputDataRate.HZ416,
                    clock);
            FifoImuEmulationChecks.readsKnownValues(driver, clock, 10_000_000L, 4, truth,
                    driver.metresPerSecondSquaredPerLsb(), driver.radiansPerSecondPerLsb(), range + "/" + gyro);
        }
    }

    @Test
    void samplesComeOutInOrderWithNoneLostOrRepeated() throws Exception {
        motion = ClockOnX.since(clock.nanoTime(), 0);
        Lsm6dsoxDriver driver = new Lsm6dsoxDriver(chip, Lsm6dsoxDriver.AccelRange.G16,
                Lsm6dsoxDriver.GyroRange.DPS250, Lsm6dsoxDriver.OutputDataRate.HZ208, clock);
        int read = FifoImuEmulationChecks.readsInOrderWithNoneLostOrRepeated(driver, clock, clock.nanoTime(),
                driver.metresPerSecondSquaredPerLsb());
        assertEquals(chip.samplesProduced(), read, "every sample produced was read exactly once");
    }

    @Test
    void overflowIsCountedAndTheFifoStartsOver() throws Exception {
        // 2 s at 208 Hz is 832 words, more than the emulation's 512-word FIFO holds.
        FifoImuEmulationChecks.overflowsAndStartsOver(driver(Lsm6dsoxDriver.OutputDataRate.HZ208), clock,
                2_000_000_000L);
    }

    @Test
    void anotherChipAtTheAddressIsRejected() {
        RegisterDevice mpu = new ForwardingRegisterDevice(chip) {
            @Override
            public int readRegister(int register) throws I2cException {
                return register == Lsm6dsoxRegisters.WHO_AM_I ? 0x69 : super.readRegister(register);
            }
        };
        I2cException e = assertThrows(I2cException.class, () -> Lsm6dsoxDriver.forWobbleBoard(mpu, clock).init());
        assertEquals(I2cException.Kind.WRONG_CHIP, e.kind());
    }
}
