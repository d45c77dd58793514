package dev.stork.sensor.i2c;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.stork.sensor.i2c.emulation.ManualNanoClock;

import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/** The exact bus sequence of the NAU7802 power-up, which the datasheet prescribes in order. */
class Nau7802DriverPowerUpOrderTest {

    @Test
    void powerUpFollowsTheDatasheetOrder() throws Exception {
        RegisterDevice bus = mock(RegisterDevice.class);
        when(bus.readRegister(Nau7802Registers.PU_CTRL)).thenReturn(0x02, 0x0A); // PUR on the second poll
        when(bus.readRegister(Nau7802Registers.CTRL2)).thenReturn(0x34, 0x30); // CALS clears on the second poll
        new Nau7802Driver(bus, Nau7802Driver.Gain.X64, Nau7802Driver.Ldo.V3_0, Nau7802Driver.ConversionRate.SPS80,
                new ManualNanoClock(0)).powerUp();

        InOrder order = inOrder(bus);
        order.verify(bus).writeRegister(0x00, 0x01); // RR
        order.verify(bus).writeRegister(0x00, 0x02); // RR off, PUD
        order.verify(bus, org.mockito.Mockito.times(2)).readRegister(0x00); // wait for PUR
        order.verify(bus).writeRegister(0x00, 0x86); // PUD, PUA, AVDDS (internal LDO)
        order.verify(bus).writeRegister(0x01, (5 << 3) | 6); // VLDO 3.0 V, gain 64
        order.verify(bus).writeRegister(0x02, 3 << 4); // CRS 80 SPS
        order.verify(bus).writeRegister(0x00, 0x96); // CS
        order.verify(bus).writeRegister(0x02, (3 << 4) | 0x04); // CALS
        order.verify(bus, org.mockito.Mockito.times(2)).readRegister(0x02); // wait for CALS to clear
        order.verifyNoMoreInteractions();
        org.mockito.Mockito.verify(bus, org.mockito.Mockito.never()).readRegisters(anyInt(), org.mockito.ArgumentMatchers.any(), anyInt(), anyInt());
    }
}
