package dev.stork.sensor.serial;

/**
 * Packs frames into their wire form: payload, CRC-16/CCITT-FALSE, COBS and the 0x00 delimiter. Keeps one scratch
 * payload array, so one encoder serves one thread; every method writes into the caller's array at an offset,
 * which needs room for {@link FrameLayout#MAX_WIRE_LENGTH} bytes, and returns the number of bytes written.
 */
public final class FrameEncoder {

    private final byte[] payload = new byte[FrameLayout.MAX_PAYLOAD_LENGTH + FrameLayout.CRC_LENGTH];

    /** A sample frame; cells are signed 24-bit ADC counts, {@code deviceTimeMicros} is taken modulo 2^32. */
    public int encodeSample(int sequence, long deviceTimeMicros, int topLeft, int topRight, int bottomLeft,
                            int bottomRight, int status, byte[] wire, int offset) {
        header(FrameLayout.SAMPLE, sequence);
        putU32(3, deviceTimeMicros);
        putI24(7, topLeft);
        putI24(10, topRight);
        putI24(13, bottomLeft);
        putI24(16, bottomRight);
        payload[19] = (byte) status;
        return finish(FrameLayout.SAMPLE_LENGTH, wire, offset);
    }

    /** A device-info frame; {@code sequence} is the number the next sample will carry. */
    public int encodeInfo(int sequence, DeviceInfo info, byte[] wire, int offset) {
        header(FrameLayout.INFO, sequence);
        payload[3] = (byte) info.protocolVersion();
        payload[4] = (byte) info.firmwareMajor();
        payload[5] = (byte) info.firmwareMinor();
        payload[6] = (byte) info.firmwarePatch();
        putU32(7, info.boardId());
        putU16(11, info.rateHz());
        payload[13] = (byte) info.channels();
        return finish(FrameLayout.INFO_LENGTH, wire, offset);
    }

    /** A pong frame echoing {@code token}. */
    public int encodePong(int sequence, long token, long deviceTimeMicros, byte[] wire, int offset) {
        header(FrameLayout.PONG, sequence);
        putU32(3, token);
        putU32(7, deviceTimeMicros);
        return finish(FrameLayout.PONG_LENGTH, wire, offset);
    }

    /** A ping command carrying a 32-bit token. */
    public int encodePing(int sequence, long token, byte[] wire, int offset) {
        header(FrameLayout.PING, sequence);
        putU32(3, token);
        return finish(FrameLayout.PING_LENGTH, wire, offset);
    }

    /** A request for the device-info frame. */
    public int encodeRequestInfo(int sequence, byte[] wire, int offset) {
        header(FrameLayout.REQUEST_INFO, sequence);
        return finish(FrameLayout.REQUEST_INFO_LENGTH, wire, offset);
    }

    /** A set-rate command, {@code rateHz} 1..1000. */
    public int encodeSetRate(int sequence, int rateHz, byte[] wire, int offset) {
        header(FrameLayout.SET_RATE, sequence);
        putU16(3, rateHz);
        return finish(FrameLayout.SET_RATE_LENGTH, wire, offset);
    }

    private void header(int type, int sequence) {
        payload[0] = (byte) type;
        putU16(1, sequence);
    }

    private int finish(int length, byte[] wire, int offset) {
        int crc = CcittFalseCrc16.compute(payload, 0, length);
        putU16(length, crc);
        int encoded = Cobs.encode(payload, 0, length + FrameLayout.CRC_LENGTH, wire, offset);
        wire[offset + encoded] = 0;
        return encoded + 1;
    }

    private void putU16(int at, int value) {
        payload[at] = (byte) value;
        payload[at + 1] = (byte) (value >>> 8);
    }

    private void putU32(int at, long value) {
        payload[at] = (byte) value;
        payload[at + 1] = (byte) (value >>> 8);
        payload[at + 2] = (byte) (value >>> 16);
        payload[at + 3] = (byte) (value >>> 24);
    }

    private void putI24(int at, int value) {
        payload[at] = (byte) value;
        payload[at + 1] = (byte) (value >>> 8);
        payload[at + 2] = (byte) (value >>> 16);
    }
}
