package dev.stork.sensor.i2c.emulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** TCA9548A control byte behaviour. */
class Tca9548aEmulationTest {

    private final Tca9548aEmulation mux = new Tca9548aEmulation(1, 0x70, new ManualNanoClock(0));

    @Test
    void oneControlByteSelectsChannels() throws Exception {
        assertEquals(0, mux.readByte(), "no channel after reset");
        mux.writeByte(0x05);
        assertEquals(0x05, mux.readByte());
        assertEquals(0x05, mux.control());
        mux.writeRegister(0x01, 0x80); // two bytes: the last one stays
        assertEquals(0x80, mux.readByte());
        mux.powerOnReset();
        assertEquals(0, mux.control());
    }
}
