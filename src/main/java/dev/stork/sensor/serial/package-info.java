/**
 * The force plate behind a microcontroller on a serial line: the frame protocol of
 * {@code firmware-interface/PROTOCOL.md} (COBS frames with CRC-16/CCITT-FALSE), a streaming decoder that
 * resynchronises and counts losses, the mapping of the device's microsecond clock onto host time, and
 * {@link dev.stork.sensor.serial.SerialPlateSource}, which reads the plate through jSerialComm and reconnects by
 * itself. The tests have an emulated plate of their own (EmulatedSerialPlate, in the test sources) that plays the
 * firmware's part.
 */
package dev.stork.sensor.serial;
