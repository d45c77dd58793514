package dev.stork.sensor.i2c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.sensor.SampleSource;
import dev.stork.sensor.SourceDescription;
import dev.stork.sensor.i2c.emulation.EmulatedI2cBus;
import dev.stork.sensor.i2c.emulation.ImuMotion;
import dev.stork.sensor.i2c.emulation.Lsm6dsoxEmulation;
import dev.stork.sensor.i2c.emulation.ManualNanoClock;

import org.junit.jupiter.api.Test;

class I2cSourceSpecTest {

    @Test
    void parsesChipBusAndAddress() {
        assertEquals(new I2cSourceSpec(I2cSourceSpec.Chip.MPU6050, 1, 0x68), I2cSourceSpec.parse("i2c:mpu6050@1:0x68"));
        assertEquals(new I2cSourceSpec(I2cSourceSpec.Chip.LSM6DSOX, 1, 0x6A), I2cSourceSpec.parse("i2c:lsm6dsox@1:0x6a"));
        assertEquals(new I2cSourceSpec(I2cSourceSpec.Chip.LSM6DSOX, 3, 107), I2cSourceSpec.parse("I2C:LSM6DSOX@3:107"));
    }

    @Test
    void addressDefaultsToTheChipsUsualOne() {
        assertEquals(0x70, I2cSourceSpec.parse("i2c:nau7802x4@1").address(), "multiplexer default");
        assertEquals(0x68, I2cSourceSpec.parse("i2c:mpu6050@0").address());
        assertEquals(0x6A, I2cSourceSpec.parse("i2c:lsm6dsox@1").address());
    }

    @Test
    void printsCanonically() {
        assertEquals("i2c:nau7802x4@1:0x74", I2cSourceSpec.parse(" i2c:nau7802x4@1:0x74 ").toString());
        assertEquals("i2c:mpu6050@1:0x69", I2cSourceSpec.parse("i2c:mpu6050@1:105").toString());
    }

    @Test
    void mistakesAreNamed() {
        assertMessage("i2c:bmp280@1", "unknown chip 'bmp280' (known: mpu6050, lsm6dsox, nau7802x4)");
        assertMessage("serial:/dev/ttyACM0", "must start with 'i2c:'");
        assertMessage("i2c:mpu6050", "names no bus");
        assertMessage("i2c:mpu6050@one", "bus 'one' is not a number");
        assertMessage("i2c:mpu6050@1:0xZZ", "address '0xZZ' is not a number");
        assertMessage("i2c:mpu6050@1:0x6a", "mpu6050 answers at 0x68..0x69, not 0x6A");
        assertMessage("i2c:nau7802x4@1:0x2a", "nau7802x4 answers at 0x70..0x77, not 0x2A");
        assertMessage("i2c:mpu6050@1:0x68:9", "too many ':' parts");
    }

    @Test
    void opensTheBoardOnABus() throws Exception {
        ManualNanoClock clock = new ManualNanoClock(0);
        EmulatedI2cBus bus = new EmulatedI2cBus(1).attach(new Lsm6dsoxEmulation(1, 0x6B, clock,
                ImuMotion.levelAtRest()));
        SampleSource imu = I2cSourceSpec.parse("i2c:lsm6dsox@1:0x6b").open(bus, clock);
        assertEquals(SourceDescription.BoardKind.IMU_WOBBLE_BOARD, imu.description().kind());
        assertEquals(208, imu.description().nominalRateHz());
        SampleSource plate = I2cSourceSpec.parse("i2c:nau7802x4@1").open(bus, clock);
        assertEquals(SourceDescription.CellUnit.COUNTS, plate.description().cellUnit());
        assertEquals(80, plate.description().nominalRateHz());
    }

    private static void assertMessage(String spec, String expectedPart) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> I2cSourceSpec.parse(spec));
        assertTrue(e.getMessage().contains(expectedPart), e.getMessage());
        assertTrue(e.getMessage().contains(spec.trim()) || e.getMessage().contains("must start"), e.getMessage());
    }
}
