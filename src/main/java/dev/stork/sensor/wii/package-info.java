/**
 * The Nintendo Wii Balance Board through Linux's hid-wiimote driver and the evdev interface
 * ({@code /dev/input/eventN}): event layout, decoding, device discovery and the {@link
 * dev.stork.sensor.wii.WiiBoardSource}.
 */
package dev.stork.sensor.wii;
