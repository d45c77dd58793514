package dev.stork.sensor.wii;

/**
 * Event types and codes that Linux's hid-wiimote driver uses for the Nintendo Wii Balance Board
 * (from {@code include/uapi/linux/input-event-codes.h} and {@code drivers/hid/hid-wiimote-modules.c}).
 * The driver reports each load cell's weight, after the board's factory calibration, in units of 10 g.
 */
final class BalanceBoardEvents {
    static final int EV_SYN = 0x00;
    static final int EV_KEY = 0x01;
    static final int EV_ABS = 0x03;
    static final int SYN_REPORT = 0;
    static final int SYN_DROPPED = 3;
    /** Top-right cell. */
    static final int ABS_HAT0X = 0x10;
    /** Bottom-right cell. */
    static final int ABS_HAT0Y = 0x11;
    /** Top-left cell. */
    static final int ABS_HAT1X = 0x12;
    /** Bottom-left cell. */
    static final int ABS_HAT1Y = 0x13;
    /** The board's front button. */
    static final int BTN_A = 0x130;
    /** The name the driver gives the input device. */
    static final String DEVICE_NAME = "Nintendo Wii Remote Balance Board";
    /** Kilograms per unit of the cell values. */
    static final double KG_PER_UNIT = 0.01;

    private BalanceBoardEvents() {
    }
}
