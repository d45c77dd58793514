/**
 * The force plate behind a microcontroller on a serial line: the frame protocol of
 * {@code firmware-interface/PROTOCOL.md} (COBS frames with CRC-16/CCITT-FALSE), a streaming decoder that
 * resynchronises and counts losses, the mapping of the device's microsecond clock onto host time, and
 * {@link dev.stork.sensor.serial.SerialPlateSource}, which reads the plate through jSerialComm and reconnects by
 * itself. {@link dev.stork.sensor.serial.EmulatedSerialPlate} plays the firmware's part for tests and demos.
 */
package dev.stork.sensor.serial;
