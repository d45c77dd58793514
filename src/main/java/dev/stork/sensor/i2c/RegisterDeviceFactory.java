package dev.stork.sensor.i2c;

/**
 * Opens a {@link RegisterDevice} for a bus and address: Pi4J on hardware, an emulated bus in tests. Called while
 * a source or the bus scanner is being set up, never per sample.
 */
@FunctionalInterface
public interface RegisterDeviceFactory {

    /**
     * Opens the device; opening does not talk to the chip, so an absent chip shows up only at the first transfer.
     *
     * @throws I2cException when the bus itself cannot be opened (no /dev/i2c-N)
     */
    RegisterDevice open(int bus, int address) throws I2cException;
}
