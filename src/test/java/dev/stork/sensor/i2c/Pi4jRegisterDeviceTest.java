package dev.stork.sensor.i2c;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.exception.Pi4JException;
import com.pi4j.io.i2c.I2C;
import com.pi4j.io.i2c.I2CConfig;
import com.pi4j.io.i2c.I2CProvider;
import com.pi4j.plugin.linuxfs.provider.i2c.LinuxFsI2CProvider;
import com.pi4j.plugin.mock.provider.i2c.MockI2C;
import com.pi4j.plugin.mock.provider.i2c.MockI2CProvider;

import java.io.IOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Wiring of the Pi4J adapter, on Pi4J's mock I2C plugin (register queues, no hardware). */
class Pi4jRegisterDeviceTest {

    private Context pi4j;
    private I2CProvider provider;
    private I2CConfig config;

    @BeforeEach
    void mockContext() {
        pi4j = Pi4J.newContextBuilder().add(MockI2CProvider.newInstance()).build();
        provider = pi4j.provider(MockI2CProvider.ID);
        config = I2C.newConfigBuilder(pi4j).id("imu").bus(1).device(0x68).provider(MockI2CProvider.ID).build();
    }

    @AfterEach
    void shutdown() {
        pi4j.shutdown();
    }

    @Test
    void burstReadLandsAtTheCallersOffset() throws Exception {
        MockI2C mock = new MockI2C(provider, config);
        mock.writeRegister(0x3B, new byte[] {1, 2, 3, 4}, 0, 4);
        Pi4jRegisterDevice device = new Pi4jRegisterDevice(mock);
        byte[] buffer = new byte[8];
        device.readRegisters(0x3B, buffer, 3, 4);
        assertArrayEquals(new byte[] {0, 0, 0, 1, 2, 3, 4, 0}, buffer);
        assertEquals(1, device.bus());
        assertEquals(0x68, device.address());
    }

    @Test
    void offsetStillHonouredWhenPi4jIgnoresIt() throws Exception {
        // Pi4J 2.8's LinuxFsI2C.readRegister(byte[], byte[], int, int) copies to buffer[i], dropping the offset.
        MockI2C offsetIgnoring = new MockI2C(provider, config) {
            @Override
            public int readRegister(int register, byte[] buffer, int offset, int length) {
                return super.readRegister(register, buffer, 0, length);
            }
        };
        offsetIgnoring.writeRegister(0x10, new byte[] {9, 8}, 0, 2);
        byte[] direct = new byte[4];
        offsetIgnoring.readRegister(0x10, direct, 2, 2);
        assertArrayEquals(new byte[] {9, 8, 0, 0}, direct, "the stand-in reproduces the Pi4J 2.8 defect");

        offsetIgnoring.writeRegister(0x10, new byte[] {7, 6}, 0, 2);
        byte[] buffer = {-1, -1, -1, -1};
        new Pi4jRegisterDevice(offsetIgnoring).readRegisters(0x10, buffer, 2, 2);
        assertArrayEquals(new byte[] {-1, -1, 7, 6}, buffer, "the adapter copies from its scratch array");
    }

    @Test
    void singleRegisterReadIsUnsigned() throws Exception {
        MockI2C mock = new MockI2C(provider, config);
        mock.writeRegister(0x75, (byte) 0xE8);
        assertEquals(0xE8, new Pi4jRegisterDevice(mock).readRegister(0x75));
    }

    @Test
    void writesReachTheRegisterAndRawBytesTheDevice() throws Exception {
        MockI2C mock = new MockI2C(provider, config);
        Pi4jRegisterDevice device = new Pi4jRegisterDevice(mock);
        device.writeRegister(0x6B, 0x81);
        assertEquals((byte) 0x81, (byte) mock.readRegister(0x6B));
        device.writeByte(0x04);
        assertEquals(0x04, device.readByte());
    }

    @Test
    void missingBytesAreAShortRead() {
        Pi4jRegisterDevice device = new Pi4jRegisterDevice(new MockI2C(provider, config));
        I2cException e = assertThrows(I2cException.class, () -> device.readRegisters(0x72, new byte[2], 0, 2));
        assertEquals(I2cException.Kind.BUS_ERROR, e.kind());
        assertEquals(0x68, e.address());
    }

    @Test
    void kernelErrorsBecomeNackOrTimeout() {
        MockI2C remoteIoError = new MockI2C(provider, config) {
            @Override
            public int readRegister(int register, byte[] buffer, int offset, int length) {
                throw new Pi4JException("Failed to execute ioctl for device 104 on bus 1",
                        new IOException("Remote I/O error"));
            }

            @Override
            public int writeRegister(int register, byte b) {
                throw new Pi4JException("Failed to execute action", new IOException("Connection timed out"));
            }
        };
        Pi4jRegisterDevice device = new Pi4jRegisterDevice(remoteIoError);
        I2cException read = assertThrows(I2cException.class, () -> device.readRegister(0x75));
        assertEquals(I2cException.Kind.NACK, read.kind());
        I2cException write = assertThrows(I2cException.class, () -> device.writeRegister(0x6B, 0));
        assertEquals(I2cException.Kind.TIMEOUT, write.kind());
    }

    @Test
    void aMissingBusIsABusErrorNamingTheDevice() {
        Context linuxfs = Pi4J.newContextBuilder().add(LinuxFsI2CProvider.newInstance()).build();
        try {
            // No machine has /dev/i2c-99; Pi4J refuses to create the device and the adapter says which bus.
            I2cException e = assertThrows(I2cException.class, () -> Pi4jRegisterDevice.open(linuxfs, 99, 0x68));
            assertEquals(I2cException.Kind.BUS_ERROR, e.kind());
            assertEquals(99, e.bus());
            assertTrue(e.getMessage().contains("/dev/i2c-99"), e.getMessage());
        } finally {
            linuxfs.shutdown();
        }
    }
}
