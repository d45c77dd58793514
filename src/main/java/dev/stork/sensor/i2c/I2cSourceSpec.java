package dev.stork.sensor.i2c;

import dev.stork.sensor.SampleSource;

import java.util.Locale;
import java.util.Objects;

/**
 * Which I2C board to read, as written on the command line: {@code i2c:mpu6050@1:0x68}, {@code i2c:lsm6dsox@1:0x6a},
 * {@code i2c:nau7802x4@1} (four NAU7802 behind a TCA9548A, whose address defaults to 0x70). The address may be hex
 * ({@code 0x6a}) or decimal and defaults to the chip's usual one.
 *
 * @param chip    the kind of board
 * @param bus     bus number, e.g. 1 for /dev/i2c-1
 * @param address the chip's 7-bit address; for {@link Chip#NAU7802X4} the multiplexer's
 */
public record I2cSourceSpec(Chip chip, int bus, int address) {

    /** The boards an I2C spec can name. */
    public enum Chip {
        /** MPU-6050 IMU wobble board, 200 Hz. */
        MPU6050("mpu6050", 0x68, 0x69),
        /** LSM6DSOX IMU wobble board, 208 Hz. */
        LSM6DSOX("lsm6dsox", 0x6A, 0x6B),
        /** Force plate: four NAU7802 behind a TCA9548A (channels 0..3), 80 samples/s; the address is the mux's. */
        NAU7802X4("nau7802x4", 0x70, 0x77);

        /** The name in a spec. */
        public final String specName;
        final int defaultAddress;
        final int lastAddress;

        Chip(String specName, int defaultAddress, int lastAddress) {
            this.specName = specName;
            this.defaultAddress = defaultAddress;
            this.lastAddress = lastAddress;
        }
    }

    /** Checks the address range of the chip. */
    public I2cSourceSpec {
        Objects.requireNonNull(chip, "chip");
        if (bus < 0) {
            throw new IllegalArgumentException("I2C bus must be 0 or more, got " + bus);
        }
        if (address < chip.defaultAddress || address > chip.lastAddress) {
            throw new IllegalArgumentException(chip.specName + " answers at " + I2cException.hex(chip.defaultAddress)
                    + ".." + I2cException.hex(chip.lastAddress) + ", not " + I2cException.hex(address));
        }
    }

    /**
     * Parses {@code i2c:<chip>@<bus>[:<address>]}.
     *
     * @throws IllegalArgumentException naming the spec and the part that is wrong
     */
    public static I2cSourceSpec parse(String spec) {
        Objects.requireNonNull(spec, "spec");
        String text = spec.trim();
        String usage = " (expected i2c:<chip>@<bus>[:<address>], e.g. i2c:mpu6050@1:0x68)";
        if (!text.toLowerCase(Locale.ROOT).startsWith("i2c:")) {
            throw new IllegalArgumentException("I2C source '" + spec + "' must start with 'i2c:'" + usage);
        }
        String rest = text.substring(4);
        int at = rest.indexOf('@');
        if (at < 0) {
            throw new IllegalArgumentException("I2C source '" + spec + "' names no bus" + usage);
        }
        Chip chip = chip(spec, rest.substring(0, at));
        String[] busAndAddress = rest.substring(at + 1).split(":", -1);
        if (busAndAddress.length > 2) {
            throw new IllegalArgumentException("I2C source '" + spec + "' has too many ':' parts" + usage);
        }
        int bus = number(spec, "bus", busAndAddress[0]);
        int address = busAndAddress.length == 2 ? number(spec, "address", busAndAddress[1]) : chip.defaultAddress;
        try {
            return new I2cSourceSpec(chip, bus, address);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("I2C source '" + spec + "': " + e.getMessage(), e);
        }
    }

    private static Chip chip(String spec, String name) {
        for (Chip chip : Chip.values()) {
            if (chip.specName.equalsIgnoreCase(name.trim())) {
                return chip;
            }
        }
        StringBuilder known = new StringBuilder();
        for (Chip chip : Chip.values()) {
            known.append(known.length() == 0 ? "" : ", ").append(chip.specName);
        }
        throw new IllegalArgumentException("I2C source '" + spec + "': unknown chip '" + name + "' (known: " + known
                + ")");
    }

    private static int number(String spec, String field, String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            return t.startsWith("0x") ? Integer.parseInt(t.substring(2), 16) : Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("I2C source '" + spec + "': " + field + " '" + text
                    + "' is not a number (use 1 or 0x68)", e);
        }
    }

    /**
     * Builds the source with the board's default settings (MPU-6050 ±4 g, ±500 °/s, 200 Hz; LSM6DSOX ±4 g,
     * ±500 °/s, 208 Hz; NAU7802 gain 128, 3.3 V, 80 samples/s). Opening talks to no chip; the source does when run.
     *
     * @param factory Pi4J on hardware, an emulated bus in tests
     * @param clock   host time and waiting
     */
    public SampleSource open(RegisterDeviceFactory factory, NanoClock clock) throws I2cException {
        switch (chip) {
            case MPU6050:
                return new I2cImuSource(Mpu6050Driver.forWobbleBoard(factory.open(bus, address), clock), clock);
            case LSM6DSOX:
                return new I2cImuSource(Lsm6dsoxDriver.forWobbleBoard(factory.open(bus, address), clock), clock);
            default:
                return Nau7802PlateSource.open(factory, bus, address, Nau7802Driver.ConversionRate.SPS80, clock);
        }
    }

    /** The canonical spec text, e.g. {@code i2c:lsm6dsox@1:0x6A}. */
    @Override
    public String toString() {
        return "i2c:" + chip.specName + "@" + bus + ":" + I2cException.hex(address);
    }
}
