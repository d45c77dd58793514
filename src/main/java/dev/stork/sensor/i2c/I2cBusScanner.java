package dev.stork.sensor.i2c;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds the chips on a bus for {@code stork sources}: probes every 7-bit address from 0x08 to 0x77 with a one-byte
 * read (no register is written), identifies the chips Stork drives by their identity registers (MPU-6050
 * WHO_AM_I 0x75 = 0x68, LSM6DSOX WHO_AM_I 0x0F = 0x6C, NAU7802 REVISION_ID 0x1F low nibble = 0xF) and looks
 * behind a TCA9548A for NAU7802 on its channels, leaving every channel disconnected afterwards. Set-up time only;
 * never run while a source uses the same bus.
 */
public final class I2cBusScanner {

    /** First and last address probed: 0x00..0x07 and 0x78..0x7F are reserved by the I2C specification. */
    static final int FIRST_ADDRESS = 0x08;
    static final int LAST_ADDRESS = 0x77;

    /**
     * One device that answered.
     *
     * @param bus     bus number
     * @param address 7-bit address
     * @param chip    what it is, e.g. "MPU-6050", "TCA9548A with NAU7802 on channels 0, 1, 2, 3", "unknown"
     * @param spec    the source spec that reads it (see {@link I2cSourceSpec}), or null when Stork has no source for it
     */
    public record Found(int bus, int address, String chip, String spec) {
    }

    private final RegisterDeviceFactory factory;

    /** @param factory opens each probed address (Pi4J on hardware, an emulated bus in tests) */
    public I2cBusScanner(RegisterDeviceFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /**
     * Scans one bus.
     *
     * @throws I2cException when the bus itself cannot be opened
     */
    public List<Found> scan(int bus) throws I2cException {
        List<Found> found = new ArrayList<>();
        for (int address = FIRST_ADDRESS; address <= LAST_ADDRESS; address++) {
            RegisterDevice device = factory.open(bus, address);
            try {
                device.readByte();
            } catch (I2cException e) {
                if (!e.notAnswering()) {
                    found.add(new Found(bus, address, "unknown, answering with errors (" + e.kind() + ")", null));
                }
                continue;
            }
            found.add(identify(device));
        }
        return found;
    }

    private Found identify(RegisterDevice device) throws I2cException {
        int bus = device.bus();
        int address = device.address();
        if ((address == 0x68 || address == 0x69) && readOrMinusOne(device, Mpu6050Registers.WHO_AM_I)
                == Mpu6050Registers.WHO_AM_I_VALUE) {
            return new Found(bus, address, "MPU-6050", new I2cSourceSpec(I2cSourceSpec.Chip.MPU6050, bus, address)
                    .toString());
        }
        if ((address == 0x6A || address == 0x6B) && readOrMinusOne(device, Lsm6dsoxRegisters.WHO_AM_I)
                == Lsm6dsoxRegisters.WHO_AM_I_VALUE) {
            return new Found(bus, address, "LSM6DSOX", new I2cSourceSpec(I2cSourceSpec.Chip.LSM6DSOX, bus, address)
                    .toString());
        }
        if (address == Nau7802Registers.ADDRESS && isNau7802(device)) {
            return new Found(bus, address, "NAU7802", null);
        }
        if (address >= Tca9548aMux.BASE_ADDRESS && address < Tca9548aMux.BASE_ADDRESS + Tca9548aMux.CHANNELS) {
            return scanBehindMux(device);
        }
        return new Found(bus, address, "unknown", null);
    }

    /** Assumes a TCA9548A (the usual chip at 0x70..0x77) and looks for a NAU7802 on each channel. */
    private Found scanBehindMux(RegisterDevice muxDevice) throws I2cException {
        Tca9548aMux mux = new Tca9548aMux(muxDevice);
        RegisterDevice cellAddress = factory.open(muxDevice.bus(), Nau7802Registers.ADDRESS);
        StringBuilder channels = new StringBuilder();
        int cellsOnFirstFour = 0;
        try {
            for (int channel = 0; channel < Tca9548aMux.CHANNELS; channel++) {
                mux.select(channel);
                if (isNau7802(cellAddress)) {
                    channels.append(channels.length() == 0 ? "" : ", ").append(channel);
                    if (channel < 4) {
                        cellsOnFirstFour++;
                    }
                }
            }
        } finally {
            mux.selectNone();
        }
        String chip = channels.length() == 0 ? "TCA9548A (probably), nothing known behind it"
                : "TCA9548A with NAU7802 on channels " + channels;
        String spec = cellsOnFirstFour == 4
                ? new I2cSourceSpec(I2cSourceSpec.Chip.NAU7802X4, muxDevice.bus(), muxDevice.address()).toString()
                : null;
        return new Found(muxDevice.bus(), muxDevice.address(), chip, spec);
    }

    private static boolean isNau7802(RegisterDevice device) {
        int revision = readOrMinusOne(device, Nau7802Registers.REVISION_ID);
        return revision >= 0 && (revision & 0x0F) == Nau7802Registers.REVISION_ID_VALUE;
    }

    /** The register's value, or -1 when the chip does not answer (an absent chip is an answer here). */
    private static int readOrMinusOne(RegisterDevice device, int register) {
        try {
            return device.readRegister(register);
        } catch (I2cException e) {
            return -1;
        }
    }
}
