package dev.stork.sensor.i2c.emulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** NAU7802 register behaviour as the datasheet describes it. */
class Nau7802EmulationTest {

    private final ManualNanoClock clock = new ManualNanoClock(0);
    private double counts = -2;
    private final Nau7802Emulation chip = new Nau7802Emulation(1, clock, t -> counts);

    @Test
    void powerUpReadyComesAfterPowerUpDigital() throws Exception {
        chip.writeRegister(0x00, 0x02);
        assertEquals(0, chip.readRegister(0x00) & 0x08, "PUR not yet");
        clock.advanceNanos(Nau7802Emulation.POWER_UP_NANOS);
        assertEquals(0x08, chip.readRegister(0x00) & 0x08, "PUR");
        assertEquals(0x0F, chip.readRegister(0x1F) & 0x0F, "REVISION_ID");
    }

    @Test
    void conversionsSetCycleReadyWhichReadingAdcoB0Clears() throws Exception {
        chip.writeRegister(0x00, 0x02);
        clock.advanceNanos(Nau7802Emulation.POWER_UP_NANOS);
        chip.writeRegister(0x02, 0x70); // 320 SPS
        chip.writeRegister(0x00, 0x16); // PUD, PUA, CS
        clock.advanceNanos(3_125_000L);
        assertEquals(0x20, chip.readRegister(0x00) & 0x20, "CR after one period");
        byte[] adc = new byte[3];
        chip.readRegisters(0x12, adc, 0, 3);
        assertEquals(-2, (adc[0] << 16) | ((adc[1] & 0xFF) << 8) | (adc[2] & 0xFF), "two's complement");
        assertEquals(0, chip.readRegister(0x00) & 0x20, "CR cleared by the read");
        clock.advanceNanos(10 * 3_125_000L);
        assertEquals(0x20, chip.readRegister(0x00) & 0x20, "the chip catches up with the clock at each transfer");
        assertEquals(11, chip.conversionsProduced());
        assertEquals(1, chip.conversionsRead(), "unread conversions were overwritten");
    }

    @Test
    void registerResetClearsEverythingButRr() throws Exception {
        chip.writeRegister(0x01, 0x27);
        chip.writeRegister(0x00, 0x01);
        assertEquals(0x01, chip.readRegister(0x00));
        assertEquals(0, chip.readRegister(0x01));
    }

    @Test
    void loadsInNewtonsGoThroughALinearCell() {
        // 500 N on a cell of 2,000 counts/N with 10,000 counts at no load: 1,010,000 counts, exactly.
        LoadSignal cell = LoadSignal.fromNewtons(t -> 500.0, 2_000, 10_000);
        assertEquals(1_010_000, cell.countsAt(0), 0.0);
    }
}
