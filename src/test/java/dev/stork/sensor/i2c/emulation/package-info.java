/**
 * Register-level emulations of the chips Stork drives (MPU-6050, LSM6DSOX, NAU7802, TCA9548A) and an emulated bus
 * that routes addresses through a multiplexer. Each emulation is a {@link dev.stork.sensor.i2c.RegisterDevice}
 * (a fake chip): reset values, identity register, soft reset, the chip's own auto-increment rules, data-ready and
 * FIFO behaviour in emulated time, physical values from a pluggable signal, and injectable NACK/timeout faults.
 * Driver contract tests and the tests of the I2C sources and their calibration use them; they never touch hardware.
 * They live in the test sources only, so the product jar carries no fake chips.
 */
package dev.stork.sensor.i2c.emulation;
