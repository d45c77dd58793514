package dev.stork.sensor.i2c.emulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** LSM6DSOX register behaviour as the datasheet describes it. */
class Lsm6dsoxEmulationTest {

    private final ManualNanoClock clock = new ManualNanoClock(0);
    private final Lsm6dsoxEmulation chip = new Lsm6dsoxEmulation(1, 0x6A, clock, ImuMotion.levelAtRest());

    @Test
    void burstsIncrementOnlyWithIfInc() throws Exception {
        assertEquals(0x04, chip.readRegister(0x12), "CTRL3_C resets with IF_INC set");
        chip.writeRegister(0x10, 0x5C);
        byte[] out = new byte[2];
        chip.readRegisters(0x0F, out, 0, 2);
        assertArrayEquals(new byte[] {0x6C, 0x5C}, out, "WHO_AM_I then CTRL1_XL");
        chip.writeRegister(0x12, 0x00); // IF_INC off
        chip.readRegisters(0x0F, out, 0, 2);
        assertArrayEquals(new byte[] {0x6C, 0x6C}, out, "the address stays without IF_INC");
    }

    @Test
    void softwareResetRestoresResetValues() throws Exception {
        chip.writeRegister(0x10, 0x5C);
        chip.writeRegister(0x12, 0x01);
        assertEquals(0, chip.readRegister(0x10));
        assertEquals(0x04, chip.readRegister(0x12), "SW_RESET cleared, IF_INC back");
    }

    @Test
    void fifoHoldsGyroThenAccelWordsPerPeriod() throws Exception {
        chip.writeRegister(0x10, 0x58); // 208 Hz, ±4 g
        chip.writeRegister(0x11, 0x50); // 208 Hz, ±250 °/s
        chip.writeRegister(0x09, 0x55); // batch both at 208 Hz
        chip.writeRegister(0x0A, 0x06); // continuous
        clock.advanceNanos(10_000_000L); // two periods of 4.8 ms
        assertEquals(4, chip.readRegister(0x3A), "DIFF_FIFO");
        byte[] word = new byte[7];
        chip.readRegisters(0x78, word, 0, 7);
        assertEquals(0x01, (word[0] & 0xFF) >> 3, "gyroscope tag first");
        assertArrayEquals(new byte[] {0, 0, 0, 0, 0, 0}, java.util.Arrays.copyOfRange(word, 1, 7), "at rest");
        chip.readRegisters(0x78, word, 0, 7);
        assertEquals(0x02, (word[0] & 0xFF) >> 3, "accelerometer tag second");
        int z = (short) (((word[6] & 0xFF) << 8) | (word[5] & 0xFF));
        assertEquals(Math.round(1000 / 0.122), z, "1 g on z at 0.122 mg/LSB, little-endian");
        assertEquals(2, chip.readRegister(0x3A));
        assertEquals(0x03, chip.readRegister(0x1E) & 0x03, "GDA and XLDA");
    }

    @Test
    void continuousModeOverwritesAndFlagsOverrun() throws Exception {
        chip.writeRegister(0x11, 0x50);
        chip.writeRegister(0x10, 0x50);
        chip.writeRegister(0x09, 0x55);
        chip.writeRegister(0x0A, 0x06);
        clock.advanceNanos(2_000_000_000L);
        int status2 = chip.readRegister(0x3B);
        assertEquals(0x40, status2 & 0x40, "FIFO_OVR_IA");
        assertEquals(Lsm6dsoxEmulation.FIFO_WORDS, chip.fifoWords());
        chip.writeRegister(0x0A, 0x00);
        assertEquals(0, chip.readRegister(0x3B) & 0x43, "bypass empties the FIFO and clears the overrun");
    }
}
