/** Shared test fixtures for the I2C package: real-chip opener, recording listener, replugging clock, test motions. */
package dev.stork.sensor.i2c.support;
