package dev.stork.sensor.i2c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What every NAU7802 must show through {@link Nau7802Driver}: run against the emulation and, under the "hardware"
 * tag, against a real chip.
 */
abstract class AbstractNau7802DriverTest extends AbstractChipContractTest {

    /** Allowed relative error of the conversion rate (the emulation is exact; a chip's RC oscillator is not). */
    protected abstract double rateTolerance();

    @Test
    void powerUpLeavesTheChipCalibratedAndConverting() throws Exception {
        Nau7802Driver driver = new Nau7802Driver(device(), Nau7802Driver.Gain.X128, Nau7802Driver.Ldo.V3_3,
                Nau7802Driver.ConversionRate.SPS80, clock());
        driver.powerUp();
        int pu = device().readRegister(Nau7802Registers.PU_CTRL);
        assertEquals(0x9E, pu & 0x9F, "AVDDS, CS, PUR, PUA, PUD set, RR clear: PU_CTRL = " + I2cException.hex(pu));
        assertEquals((4 << 3) | 7, device().readRegister(Nau7802Registers.CTRL1) & 0x3F, "VLDO 3.3 V, gain 128");
        int ctrl2 = device().readRegister(Nau7802Registers.CTRL2);
        assertEquals(3 << 4, ctrl2 & 0x70, "CRS 80 SPS");
        assertEquals(0, ctrl2 & 0x0C, "calibration finished (CALS) without error (CAL_ERR)");
        assertEquals(0x0F, device().readRegister(Nau7802Registers.REVISION_ID) & 0x0F, "revision id");
    }

    @Test
    void conversionsArriveAtTheConfiguredRate() throws Exception {
        for (Nau7802Driver.ConversionRate rate : new Nau7802Driver.ConversionRate[] {
                Nau7802Driver.ConversionRate.SPS80, Nau7802Driver.ConversionRate.SPS320}) {
            Nau7802Driver driver = new Nau7802Driver(device(), Nau7802Driver.Gain.X128, Nau7802Driver.Ldo.V3_3,
                    rate, clock());
            driver.powerUp();
            int fresh = 0;
            long pollNanos = 1_000_000L; // well under the 3.1 ms period at 320 SPS
            for (long t = 0; t < 1_000_000_000L; t += pollNanos) {
                letTimePass(pollNanos);
                if (driver.readIfReady()) {
                    fresh++;
                    assertTrue(driver.counts() >= Nau7802Driver.MIN_COUNTS && driver.counts() <= Nau7802Driver.MAX_COUNTS);
                }
            }
            assertEquals(rate.hz, fresh, rate.hz * rateTolerance() + 1, "conversions in 1 s at " + rate);
        }
    }
}
