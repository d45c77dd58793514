/**
 * Test support for the serial plate: socat pty pairs, the shared protocol vectors, a recording listener, load cells
 * of known gains under a placed mass.
 */
package dev.stork.sensor.serial.support;
