package dev.stork.sensor.serial;

/**
 * Frame types, payload lengths, field offsets and status bits of the serial plate protocol, version 1
 * ({@code firmware-interface/PROTOCOL.md}). Every multi-byte field is little-endian.
 */
public final class FrameLayout {

    /** The protocol version this package speaks, as carried by the device-info frame. */
    public static final int PROTOCOL_VERSION = 1;

    /** Device to host: one tick of the four load cells. */
    public static final int SAMPLE = 0x01;
    /** Device to host: who the device is and how it is set up. */
    public static final int INFO = 0x02;
    /** Device to host: the answer to {@link #PING}. */
    public static final int PONG = 0x03;
    /** Host to device: asks for a {@link #PONG} echoing a token. */
    public static final int PING = 0x81;
    /** Host to device: asks for an {@link #INFO} frame. */
    public static final int REQUEST_INFO = 0x82;
    /** Host to device: sets the sample rate; the device answers with an {@link #INFO} frame. */
    public static final int SET_RATE = 0x83;

    /** Payload lengths in bytes: type and sequence included, CRC excluded. */
    public static final int SAMPLE_LENGTH = 20;
    public static final int INFO_LENGTH = 14;
    public static final int PONG_LENGTH = 11;
    public static final int PING_LENGTH = 7;
    public static final int REQUEST_INFO_LENGTH = 3;
    public static final int SET_RATE_LENGTH = 5;
    public static final int MAX_PAYLOAD_LENGTH = 20;
    /** Bytes of CRC after the payload. */
    public static final int CRC_LENGTH = 2;
    /** Longest frame on the wire: payload, CRC, one COBS code byte, the 0x00 delimiter. */
    public static final int MAX_WIRE_LENGTH = MAX_PAYLOAD_LENGTH + CRC_LENGTH + 2;

    /** Status bit: at least one cell had no new conversion and repeats its previous value. */
    public static final int STATUS_NOT_READY = 0x01;
    /** Status bit: at least one cell reads the end of its 24-bit range. */
    public static final int STATUS_SATURATED = 0x02;
    /** Status bits 4..7: which cells (top-left first) had no new conversion. */
    public static final int STATUS_CELL_NOT_READY_SHIFT = 4;

    /** Largest and smallest 24-bit cell value, in ADC counts. */
    public static final int CELL_MAX = 0x7FFFFF;
    public static final int CELL_MIN = -0x800000;

    /** Sequence numbers are 16-bit and wrap. */
    public static final int SEQUENCE_MODULUS = 1 << 16;

    private FrameLayout() {
    }

    /** Payload length of a frame type, or 0 for an unknown type. */
    public static int payloadLength(int type) {
        switch (type) {
            case SAMPLE:
                return SAMPLE_LENGTH;
            case INFO:
                return INFO_LENGTH;
            case PONG:
                return PONG_LENGTH;
            case PING:
                return PING_LENGTH;
            case REQUEST_INFO:
                return REQUEST_INFO_LENGTH;
            case SET_RATE:
                return SET_RATE_LENGTH;
            default:
                return 0;
        }
    }
}
