package dev.stork.sensor.serial;

/**
 * What a plate's device-info frame says about it. Sent at start-up, on request and after a rate change.
 *
 * @param protocolVersion  protocol version the firmware speaks ({@link FrameLayout#PROTOCOL_VERSION})
 * @param firmwareMajor    firmware version, major part
 * @param firmwareMinor    firmware version, minor part
 * @param firmwarePatch    firmware version, patch part
 * @param boardId          the board's 32-bit identifier (unsigned), 0 when none was assigned
 * @param rateHz           sample rate the device is set to, in Hz
 * @param channels         number of load cells
 */
public record DeviceInfo(int protocolVersion, int firmwareMajor, int firmwareMinor, int firmwarePatch, long boardId,
                         int rateHz, int channels) {

    /** The board id as eight hex digits, the form used to match calibrations. */
    public String boardIdHex() {
        String hex = Long.toHexString(boardId);
        return "00000000".substring(hex.length()) + hex;
    }

    /** The firmware version as "major.minor.patch". */
    public String firmwareVersion() {
        return firmwareMajor + "." + firmwareMinor + "." + firmwarePatch;
    }
}
