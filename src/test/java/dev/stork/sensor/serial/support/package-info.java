/** Test support for the serial plate: socat pty pairs, the shared protocol vectors, a recording listener. */
package dev.stork.sensor.serial.support;
