package dev.stork.sensor.i2c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.sensor.i2c.emulation.ManualNanoClock;
import dev.stork.sensor.i2c.emulation.Nau7802Emulation;
import dev.stork.sensor.i2c.support.ChipBench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The NAU7802 contract on the register-level emulation, plus known loads and failures. */
class Nau7802DriverEmulationTest extends AbstractNau7802DriverTest {

    private final ManualNanoClock clock = new ManualNanoClock(5_000_000_000L);
    private double loadCounts = 123_456.4;
    private Nau7802Emulation chip;

    @Override
    protected ChipBench openBench() {
        chip = new Nau7802Emulation(1, clock, t -> loadCounts);
        return ChipBench.emulated(chip, clock);
    }

    @Override
    protected double rateTolerance() {
        return 0;
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 1, -1, 123_456.4, -7_654_321.6, 8_388_607, -8_388_608})
    void knownLoadsReadBackToTheNearestCount(double counts) throws Exception {
        loadCounts = counts;
        Nau7802Driver driver = Nau7802Driver.forLoadCell(chip, clock);
        driver.powerUp();
        clock.advanceNanos(13_000_000L); // one 12.5 ms period at 80 SPS
        assertTrue(driver.readIfReady());
        assertEquals(counts, driver.counts(), 0.5, "24-bit two's complement, rounded to the nearest code");
        assertFalse(driver.readIfReady(), "CR cleared by reading ADCO_B0");
    }

    @Test
    void loadsBeyondTheRangeSaturate() throws Exception {
        loadCounts = 2e7;
        Nau7802Driver driver = Nau7802Driver.forLoadCell(chip, clock);
        driver.powerUp();
        clock.advanceNanos(13_000_000L);
        assertTrue(driver.readIfReady());
        assertEquals(Nau7802Driver.MAX_COUNTS, driver.counts());
        assertTrue(Nau7802Driver.saturated(driver.counts()));
    }

    @Test
    void failedCalibrationIsAChipError() {
        chip.failCalibration(true);
        I2cException e = assertThrows(I2cException.class, () -> Nau7802Driver.forLoadCell(chip, clock).powerUp());
        assertEquals(I2cException.Kind.CHIP_ERROR, e.kind());
    }

    @Test
    void missingPowerUpReadyTimesOutWithoutRealWaiting() {
        chip.neverPowerUp(true);
        I2cException e = assertThrows(I2cException.class, () -> Nau7802Driver.forLoadCell(chip, clock).powerUp());
        assertEquals(I2cException.Kind.TIMEOUT, e.kind());
        assertEquals(Nau7802Driver.POWER_UP_TIMEOUT_NANOS, clock.sleptNanos(), "waited the timeout in emulated time");
    }

    @Test
    void settingsMapToDatasheetCodes() {
        assertEquals(7, Nau7802Driver.Gain.X128.code);
        assertEquals(0, Nau7802Driver.Gain.X1.code);
        assertEquals(4, Nau7802Driver.Ldo.V3_3.code);
        assertEquals(0, Nau7802Driver.Ldo.V4_5.code);
        assertEquals(7, Nau7802Driver.ConversionRate.SPS320.code);
        assertEquals(3, Nau7802Driver.ConversionRate.SPS80.code);
    }
}
