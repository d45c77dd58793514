/**
 * Chips on an I2C bus: {@link dev.stork.sensor.i2c.RegisterDevice} (the project's own small register interface) and
 * its Pi4J adapter, drivers for the MPU-6050 and LSM6DSOX IMUs, the NAU7802 load-cell ADC and the TCA9548A
 * multiplexer, the sample sources built on them, a source spec parser and a bus scanner.
 *
 * <p>Register names follow the datasheets and sit in package-private {@code *Registers} classes; settings are enums.
 * A chip that stops answering becomes a {@link dev.stork.sensor.HealthEvent}; exceptions are kept for configuration
 * mistakes.
 */
package dev.stork.sensor.i2c;
