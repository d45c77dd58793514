/** Shared test fixtures for the I2C drivers: the real-chip opener for "hardware" contract tests. */
package dev.stork.sensor.i2c.support;
