package dev.stork.sensor.i2c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.stork.sensor.i2c.emulation.EmulatedI2cBus;
import dev.stork.sensor.i2c.emulation.ManualNanoClock;
import dev.stork.sensor.i2c.emulation.Nau7802Emulation;
import dev.stork.sensor.i2c.emulation.Tca9548aEmulation;

import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/** Four chips at one address behind a TCA9548A: the channel is selected before each access. */
class MuxedRegisterDeviceTest {

    @Test
    void eachAccessIsPrecededBySelectingItsChannel() throws Exception {
        RegisterDevice muxChip = mock(RegisterDevice.class);
        when(muxChip.address()).thenReturn(0x70);
        RegisterDevice cells = mock(RegisterDevice.class);
        Tca9548aMux mux = new Tca9548aMux(muxChip);
        MuxedRegisterDevice cell0 = new MuxedRegisterDevice(mux, 0, cells);
        MuxedRegisterDevice cell3 = new MuxedRegisterDevice(mux, 3, cells);

        cell0.readRegister(0x00);
        cell3.readRegister(0x00);
        cell3.writeRegister(0x01, 0x27); // same channel again: no second select
        cell0.readRegisters(0x12, new byte[3], 0, 3);

        InOrder order = inOrder(muxChip, cells);
        order.verify(muxChip).writeByte(0x01);
        order.verify(cells).readRegister(0x00);
        order.verify(muxChip).writeByte(0x08);
        order.verify(cells).readRegister(0x00);
        order.verify(cells).writeRegister(0x01, 0x27);
        order.verify(muxChip).writeByte(0x01);
        order.verify(cells).readRegisters(org.mockito.ArgumentMatchers.eq(0x12), org.mockito.ArgumentMatchers.any(),
                org.mockito.ArgumentMatchers.eq(0), org.mockito.ArgumentMatchers.eq(3));
        order.verifyNoMoreInteractions();
    }

    @Test
    void aFailedAccessMakesTheNextOneSelectAgain() throws Exception {
        RegisterDevice muxChip = mock(RegisterDevice.class);
        when(muxChip.address()).thenReturn(0x71);
        RegisterDevice cells = mock(RegisterDevice.class);
        when(cells.readRegister(0x00)).thenThrow(new I2cException(I2cException.Kind.NACK, 1, 0x2A, "test"))
                .thenReturn(0x0A);
        MuxedRegisterDevice cell = new MuxedRegisterDevice(new Tca9548aMux(muxChip), 2, cells);
        assertThrows(I2cException.class, () -> cell.readRegister(0x00));
        assertEquals(0x0A, cell.readRegister(0x00));
        InOrder order = inOrder(muxChip, cells);
        order.verify(muxChip).writeByte(0x04);
        order.verify(cells).readRegister(0x00);
        order.verify(muxChip).writeByte(0x04); // the mux may have reset: select again
        order.verify(cells).readRegister(0x00);
    }

    @Test
    void aFailedSelectIsRetriedNextTime() throws Exception {
        RegisterDevice muxChip = mock(RegisterDevice.class);
        when(muxChip.address()).thenReturn(0x70);
        doThrow(new I2cException(I2cException.Kind.TIMEOUT, 1, 0x70, "test")).doNothing().when(muxChip).writeByte(0x02);
        MuxedRegisterDevice cell = new MuxedRegisterDevice(new Tca9548aMux(muxChip), 1, mock(RegisterDevice.class));
        assertThrows(I2cException.class, () -> cell.readRegister(0));
        cell.readRegister(0);
        org.mockito.Mockito.verify(muxChip, org.mockito.Mockito.times(2)).writeByte(0x02);
    }

    @Test
    void fourNau7802AtOneAddressAreTellApartOnTheEmulatedBus() throws Exception {
        ManualNanoClock clock = new ManualNanoClock(0);
        EmulatedI2cBus bus = new EmulatedI2cBus(1);
        Tca9548aEmulation muxChip = new Tca9548aEmulation(1, 0x70, clock);
        bus.attach(muxChip);
        for (int channel = 0; channel < 4; channel++) {
            int load = 1000 * (channel + 1);
            bus.attachBehind(muxChip, channel, new Nau7802Emulation(1, clock, t -> load));
        }
        Tca9548aMux mux = new Tca9548aMux(bus.open(1, 0x70));
        RegisterDevice cells = bus.open(1, 0x2A);
        Nau7802Driver[] drivers = new Nau7802Driver[4];
        for (int channel = 0; channel < 4; channel++) {
            drivers[channel] = Nau7802Driver.forLoadCell(new MuxedRegisterDevice(mux, channel, cells), clock);
            drivers[channel].powerUp();
        }
        clock.advanceNanos(13_000_000L);
        for (int channel = 0; channel < 4; channel++) {
            assertEquals(true, drivers[channel].readIfReady(), "channel " + channel);
            assertEquals(1000 * (channel + 1), drivers[channel].counts(), "channel " + channel);
        }
        assertEquals(0x08, mux.readControl(), "last selected channel 3");

        mux.selectNone();
        I2cException nack = assertThrows(I2cException.class, () -> cells.readRegister(0x00));
        assertEquals(I2cException.Kind.NACK, nack.kind());
        muxChip.writeByte(0x03); // channels 0 and 1 at once: two chips answer at 0x2A
        assertEquals(I2cException.Kind.BUS_ERROR,
                assertThrows(I2cException.class, () -> cells.readRegister(0x00)).kind());
    }
}
