package dev.stork.sensor.i2c.emulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stork.sensor.i2c.I2cException;

import org.junit.jupiter.api.Test;

/** Fault injection and transfer counting, common to every emulated chip. */
class EmulatedChipTest {

    private final ManualNanoClock clock = new ManualNanoClock(0);
    private final Mpu6050Emulation chip = new Mpu6050Emulation(1, 0x68, clock, ImuMotion.levelAtRest());

    @Test
    void theNextNTransfersFailWithTheInjectedKindThenTheChipAnswers() throws Exception {
        chip.injectFaults(I2cException.Kind.TIMEOUT, 2);
        I2cException first = assertThrows(I2cException.class, () -> chip.readRegister(0x75));
        assertEquals(I2cException.Kind.TIMEOUT, first.kind());
        assertEquals(0x68, first.address());
        assertEquals(1, first.bus());
        assertThrows(I2cException.class, () -> chip.writeRegister(0x6B, 0));
        assertEquals(0x68, chip.readRegister(0x75));
        assertEquals(3, chip.transfers(), "failed transfers count too");
    }

    @Test
    void anUnpluggedChipStaysSilentUntilCleared() throws Exception {
        chip.injectFaults(I2cException.Kind.NACK, Integer.MAX_VALUE);
        for (int i = 0; i < 1000; i++) {
            assertThrows(I2cException.class, chip::readByte);
        }
        chip.clearFaults();
        assertEquals(0x68, chip.readRegister(0x75));
    }

    @Test
    void aBareByteSetsTheRegisterPointer() throws Exception {
        chip.writeByte(0x75);
        assertEquals(0x68, chip.readByte());
    }
}
