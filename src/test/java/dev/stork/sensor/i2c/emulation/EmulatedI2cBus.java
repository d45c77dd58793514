package dev.stork.sensor.i2c.emulation;

import dev.stork.sensor.i2c.I2cException;
import dev.stork.sensor.i2c.RegisterDevice;
import dev.stork.sensor.i2c.RegisterDeviceFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One emulated I2C bus: chips attached directly or behind a {@link Tca9548aEmulation} channel. Every transfer to an
 * address goes to the one chip that can hear it at that moment: a direct chip, or a chip on a channel its
 * multiplexer has selected. Nobody there is a NACK; two chips at once (overlapping channels) is a bus error. Used
 * as the {@link RegisterDeviceFactory} of sources and the bus scanner in tests and simulation.
 */
public final class EmulatedI2cBus implements RegisterDeviceFactory {

    private final int bus;
    private final List<EmulatedChip> direct = new ArrayList<>();
    private final List<Downstream> behindMux = new ArrayList<>();

    /** @param bus the bus number this emulation answers for */
    public EmulatedI2cBus(int bus) {
        this.bus = bus;
    }

    /** Puts {@code chip} on the bus itself. */
    public EmulatedI2cBus attach(EmulatedChip chip) {
        direct.add(Objects.requireNonNull(chip, "chip"));
        return this;
    }

    /** Puts {@code chip} on {@code channel} of {@code mux} (which must itself be attached). */
    public EmulatedI2cBus attachBehind(Tca9548aEmulation mux, int channel, EmulatedChip chip) {
        if (channel < 0 || channel > 7) {
            throw new IllegalArgumentException("TCA9548A channel must be 0..7, got " + channel);
        }
        behindMux.add(new Downstream(Objects.requireNonNull(mux, "mux"), channel, Objects.requireNonNull(chip)));
        return this;
    }

    @Override
    public RegisterDevice open(int bus, int address) throws I2cException {
        if (bus != this.bus) {
            throw new I2cException(I2cException.Kind.BUS_ERROR, bus, address, "no bus " + bus + " (emulating "
                    + this.bus + ")");
        }
        return new Route(address);
    }

    private RegisterDevice listener(int address) throws I2cException {
        RegisterDevice found = null;
        int count = 0;
        // Indexed loops: an iterator per transfer would allocate on the simulated board's acquisition thread.
        for (int i = 0; i < direct.size(); i++) {
            EmulatedChip chip = direct.get(i);
            if (chip.address() == address) {
                found = chip;
                count++;
            }
        }
        for (int i = 0; i < behindMux.size(); i++) {
            Downstream d = behindMux.get(i);
            if (d.chip.address() == address && (d.mux.control() & (1 << d.channel)) != 0) {
                found = d.chip;
                count++;
            }
        }
        if (count == 0) {
            throw new I2cException(I2cException.Kind.NACK, bus, address, "nothing answers at this address");
        }
        if (count > 1) {
            throw new I2cException(I2cException.Kind.BUS_ERROR, bus, address, count + " chips answer at once (multiplexer channels overlap)");
        }
        return found;
    }

    private record Downstream(Tca9548aEmulation mux, int channel, EmulatedChip chip) {
    }

    /** The bus as seen from one address. */
    private final class Route implements RegisterDevice {
        private final int address;

        Route(int address) {
            this.address = address;
        }

        @Override
        public int bus() {
            return bus;
        }

        @Override
        public int address() {
            return address;
        }

        @Override
        public int readRegister(int register) throws I2cException {
            return listener(address).readRegister(register);
        }

        @Override
        public void writeRegister(int register, int value) throws I2cException {
            listener(address).writeRegister(register, value);
        }

        @Override
        public void readRegisters(int register, byte[] buffer, int offset, int length) throws I2cException {
            listener(address).readRegisters(register, buffer, offset, length);
        }

        @Override
        public void writeByte(int value) throws I2cException {
            listener(address).writeByte(value);
        }

        @Override
        public int readByte() throws I2cException {
            return listener(address).readByte();
        }
    }
}
