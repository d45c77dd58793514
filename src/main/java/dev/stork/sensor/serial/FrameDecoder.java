package dev.stork.sensor.serial;

/**
 * Cuts a byte stream into frames at each 0x00, checks COBS, CRC, type and length, and hands valid frames to a
 * {@link FrameHandler}. A corrupt frame is counted and dropped; decoding resumes at the next delimiter, so a lost
 * or corrupted byte costs at most the frames it touches. Allocates nothing after construction; one thread feeds
 * it, other threads may read the counters.
 */
public final class FrameDecoder {

    /** Result of {@link #decodeFrame}: the frame was valid and handed on. */
    public static final int OK = 0;
    /** The bytes are not valid COBS or too long for any frame. */
    public static final int BAD_COBS = -1;
    /** Too short to hold a CRC, or the wrong length for its type. */
    public static final int BAD_LENGTH = -2;
    /** The CRC does not match. */
    public static final int BAD_CRC = -3;
    /** Unknown frame type. */
    public static final int BAD_TYPE = -4;

    private final byte[] frame = new byte[FrameLayout.MAX_WIRE_LENGTH];
    private final byte[] payload = new byte[FrameLayout.MAX_WIRE_LENGTH];
    private int frameLength;
    private boolean overflowed;
    private boolean paused;
    private volatile long validFrames;
    private volatile long corruptFrames;
    private volatile long crcMismatches;

    /**
     * Feeds bytes as they arrive; complete frames go to {@code handler} before this returns. A handler may call
     * {@link #pauseAfterFrame()} to make this return right after the frame it is handling.
     *
     * @return the number of bytes consumed: {@code length}, or fewer when paused
     */
    public int feed(byte[] data, int offset, int length, FrameHandler handler) {
        for (int i = offset; i < offset + length; i++) {
            byte b = data[i];
            if (b != 0) {
                if (frameLength < frame.length) {
                    frame[frameLength++] = b;
                } else {
                    overflowed = true;
                }
                continue;
            }
            if (overflowed) {
                corruptFrames++;
            } else if (frameLength > 0) {
                decodeFrame(frame, 0, frameLength, handler);
            }
            frameLength = 0;
            overflowed = false;
            if (paused) {
                paused = false;
                return i + 1 - offset;
            }
        }
        return length;
    }

    /** Called from a handler: the current {@link #feed} returns after this frame, leaving the rest unread. */
    public void pauseAfterFrame() {
        paused = true;
    }

    /** Forgets a partly received frame, e.g. after reopening the port. Counters are kept. */
    public void resetStream() {
        frameLength = 0;
        overflowed = false;
    }

    /**
     * Decodes one frame given without its delimiter and hands it to {@code handler} when valid.
     *
     * @return {@link #OK} or one of the {@code BAD_} codes
     */
    public int decodeFrame(byte[] wire, int offset, int length, FrameHandler handler) {
        int result = check(wire, offset, length);
        if (result != OK) {
            corruptFrames++;
            if (result == BAD_CRC) {
                crcMismatches++;
            }
            return result;
        }
        validFrames++;
        dispatch(handler);
        return OK;
    }

    private int check(byte[] wire, int offset, int length) {
        int decoded = Cobs.decode(wire, offset, length, payload, 0, payload.length);
        if (decoded < 0) {
            return BAD_COBS;
        }
        if (decoded < 3 + FrameLayout.CRC_LENGTH) {
            return BAD_LENGTH;
        }
        int payloadLength = decoded - FrameLayout.CRC_LENGTH;
        if (CcittFalseCrc16.compute(payload, 0, payloadLength) != u16(payloadLength)) {
            return BAD_CRC;
        }
        int expected = FrameLayout.payloadLength(payload[0] & 0xFF);
        if (expected == 0) {
            return BAD_TYPE;
        }
        return expected == payloadLength ? OK : BAD_LENGTH;
    }

    private void dispatch(FrameHandler handler) {
        int type = payload[0] & 0xFF;
        int sequence = u16(1);
        switch (type) {
            case FrameLayout.SAMPLE:
                handler.onSample(sequence, u32(3), i24(7), i24(10), i24(13), i24(16), payload[19] & 0xFF);
                break;
            case FrameLayout.INFO:
                handler.onInfo(sequence, payload[3] & 0xFF, payload[4] & 0xFF, payload[5] & 0xFF, payload[6] & 0xFF,
                        u32(7), u16(11), payload[13] & 0xFF);
                break;
            case FrameLayout.PONG:
                handler.onPong(sequence, u32(3), u32(7));
                break;
            case FrameLayout.PING:
                handler.onCommand(type, sequence, u32(3));
                break;
            case FrameLayout.SET_RATE:
                handler.onCommand(type, sequence, u16(3));
                break;
            default:
                handler.onCommand(type, sequence, 0);
                break;
        }
    }

    /** Frames that passed every check. */
    public long validFrames() {
        return validFrames;
    }

    /** Frames rejected by the COBS, CRC, type or length check, overlong runs included. */
    public long corruptFrames() {
        return corruptFrames;
    }

    /** The subset of {@link #corruptFrames()} whose CRC did not match. */
    public long crcMismatches() {
        return crcMismatches;
    }

    private int u16(int at) {
        return (payload[at] & 0xFF) | (payload[at + 1] & 0xFF) << 8;
    }

    private long u32(int at) {
        return (payload[at] & 0xFFL) | (payload[at + 1] & 0xFFL) << 8 | (payload[at + 2] & 0xFFL) << 16
                | (payload[at + 3] & 0xFFL) << 24;
    }

    private int i24(int at) {
        // Shifting the top byte into bit 31 and back sign-extends bit 23.
        return ((payload[at] & 0xFF) << 8 | (payload[at + 1] & 0xFF) << 16 | payload[at + 2] << 24) >> 8;
    }
}
