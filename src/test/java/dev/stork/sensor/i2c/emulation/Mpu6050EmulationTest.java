package dev.stork.sensor.i2c.emulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** MPU-6050 register behaviour as the register map describes it. */
class Mpu6050EmulationTest {

    private final ManualNanoClock clock = new ManualNanoClock(0);
    private final Mpu6050Emulation chip = new Mpu6050Emulation(1, 0x68, clock, (t, out) -> {
        out[0] = 1;
        out[1] = 2;
        out[2] = 3;
        out[3] = 0;
        out[4] = 0;
        out[5] = 0;
    });

    @Test
    void resetValuesAndSleep() throws Exception {
        assertEquals(0x40, chip.readRegister(0x6B), "PWR_MGMT_1: SLEEP after power-on");
        assertEquals(0x68, chip.readRegister(0x75), "WHO_AM_I");
        clock.advanceNanos(1_000_000_000L);
        chip.readRegister(0x75);
        assertEquals(0, chip.samplesProduced(), "asleep: no samples");
    }

    @Test
    void fifoReadsStayOnFifoRwWhileOtherBurstsIncrement() throws Exception {
        chip.writeRegister(0x6B, 0x01); // wake
        chip.writeRegister(0x1C, 0); // ±2 g: 16384 LSB/g
        chip.writeRegister(0x6A, 0x40); // FIFO on
        chip.writeRegister(0x23, 0x08); // accelerometer into the FIFO
        clock.advanceNanos(2_000_000L); // 8 kHz / (1 + 0): 16 samples of 6 bytes
        byte[] count = new byte[2];
        chip.readRegisters(0x72, count, 0, 2);
        assertEquals(96, ((count[0] & 0xFF) << 8) | (count[1] & 0xFF), "FIFO_COUNT_H then FIFO_COUNT_L");
        byte[] frames = new byte[12];
        chip.readRegisters(0x74, frames, 0, 12);
        int x = Math.round((float) (1 / 9.80665 * 16384));
        int y = Math.round((float) (2 / 9.80665 * 16384));
        int z = Math.round((float) (3 / 9.80665 * 16384));
        byte[] frame = {(byte) (x >> 8), (byte) x, (byte) (y >> 8), (byte) y, (byte) (z >> 8), (byte) z};
        byte[] twoFrames = new byte[12];
        System.arraycopy(frame, 0, twoFrames, 0, 6);
        System.arraycopy(frame, 0, twoFrames, 6, 6);
        assertArrayEquals(twoFrames, frames, "two whole frames from one register");
        byte[] out = new byte[6];
        chip.readRegisters(0x3B, out, 0, 6);
        assertArrayEquals(frame, out, "ACCEL_XOUT_H..ACCEL_ZOUT_L by auto-increment");
        assertEquals(84, chip.fifoBytes());
    }

    @Test
    void deviceResetRestoresResetValues() throws Exception {
        chip.writeRegister(0x6B, 0x01);
        chip.writeRegister(0x1B, 0x18);
        chip.writeRegister(0x6B, 0x80);
        assertEquals(0x40, chip.readRegister(0x6B));
        assertEquals(0, chip.readRegister(0x1B));
    }
}
