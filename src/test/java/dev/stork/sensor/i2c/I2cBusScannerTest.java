package dev.stork.sensor.i2c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stork.sensor.i2c.emulation.EmulatedI2cBus;
import dev.stork.sensor.i2c.emulation.ImuMotion;
import dev.stork.sensor.i2c.emulation.Lsm6dsoxEmulation;
import dev.stork.sensor.i2c.emulation.ManualNanoClock;
import dev.stork.sensor.i2c.emulation.Mpu6050Emulation;
import dev.stork.sensor.i2c.emulation.Nau7802Emulation;
import dev.stork.sensor.i2c.emulation.Tca9548aEmulation;

import java.util.List;

import org.junit.jupiter.api.Test;

class I2cBusScannerTest {

    private final ManualNanoClock clock = new ManualNanoClock(0);

    @Test
    void findsAndNamesEveryKnownChipWithItsSpec() throws Exception {
        EmulatedI2cBus bus = new EmulatedI2cBus(1);
        bus.attach(new Mpu6050Emulation(1, 0x69, clock, ImuMotion.levelAtRest()));
        bus.attach(new Lsm6dsoxEmulation(1, 0x6A, clock, ImuMotion.levelAtRest()));
        Tca9548aEmulation plateMux = new Tca9548aEmulation(1, 0x70, clock);
        bus.attach(plateMux);
        for (int c = 0; c < 4; c++) {
            bus.attachBehind(plateMux, c, new Nau7802Emulation(1, clock, t -> 0));
        }
        Tca9548aEmulation emptyMux = new Tca9548aEmulation(1, 0x73, clock);
        bus.attach(emptyMux);
        Tca9548aEmulation halfMux = new Tca9548aEmulation(1, 0x75, clock);
        bus.attach(halfMux);
        bus.attachBehind(halfMux, 5, new Nau7802Emulation(1, clock, t -> 0));

        List<I2cBusScanner.Found> found = new I2cBusScanner(bus).scan(1);

        assertEquals(List.of(
                new I2cBusScanner.Found(1, 0x69, "MPU-6050", "i2c:mpu6050@1:0x69"),
                new I2cBusScanner.Found(1, 0x6A, "LSM6DSOX", "i2c:lsm6dsox@1:0x6A"),
                new I2cBusScanner.Found(1, 0x70, "TCA9548A with NAU7802 on channels 0, 1, 2, 3",
                        "i2c:nau7802x4@1:0x70"),
                new I2cBusScanner.Found(1, 0x73, "TCA9548A (probably), nothing known behind it", null),
                new I2cBusScanner.Found(1, 0x75, "TCA9548A with NAU7802 on channels 5", null)), found);
        assertEquals(0, plateMux.control(), "every channel disconnected after the scan");
        assertEquals(0, halfMux.control());
    }

    @Test
    void aChipThatIsNotTheExpectedOneIsUnknown() throws Exception {
        // An MPU-6050 strapped to 0x6B is nothing the scanner knows there.
        Mpu6050Emulation stranger = new Mpu6050Emulation(1, 0x6B, clock, ImuMotion.levelAtRest());
        List<I2cBusScanner.Found> found = new I2cBusScanner(new EmulatedI2cBus(1).attach(stranger)).scan(1);
        assertEquals(List.of(new I2cBusScanner.Found(1, 0x6B, "unknown", null)), found);
    }

    @Test
    void aMissingBusIsAnError() {
        I2cException e = assertThrows(I2cException.class, () -> new I2cBusScanner(new EmulatedI2cBus(1)).scan(4));
        assertEquals(I2cException.Kind.BUS_ERROR, e.kind());
    }
}
