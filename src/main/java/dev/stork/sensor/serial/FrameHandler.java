package dev.stork.sensor.serial;

/**
 * Receives the frames a {@link FrameDecoder} recognises, on the thread that feeds the decoder. Values are
 * primitives so that decoding allocates nothing; 32-bit unsigned fields arrive as non-negative longs.
 */
public interface FrameHandler {

    /**
     * A sample frame.
     *
     * @param sequence         16-bit sequence number, 0..65535
     * @param deviceTimeMicros device clock at the tick, 32-bit microseconds (wraps every 71.6 minutes)
     * @param status           status byte ({@link FrameLayout#STATUS_NOT_READY} and friends)
     */
    default void onSample(int sequence, long deviceTimeMicros, int topLeft, int topRight, int bottomLeft,
                          int bottomRight, int status) {
    }

    /** A device-info frame; {@code sequence} is the number the next sample will carry. */
    default void onInfo(int sequence, int protocolVersion, int firmwareMajor, int firmwareMinor, int firmwarePatch,
                        long boardId, int rateHz, int channels) {
    }

    /** A pong frame echoing {@code token}, with the device clock when it was sent. */
    default void onPong(int sequence, long token, long deviceTimeMicros) {
    }

    /**
     * A host command (for the device side).
     *
     * @param type     {@link FrameLayout#PING}, {@link FrameLayout#REQUEST_INFO} or {@link FrameLayout#SET_RATE}
     * @param argument the ping token, the requested rate in Hz, or 0
     */
    default void onCommand(int type, int sequence, long argument) {
    }
}
