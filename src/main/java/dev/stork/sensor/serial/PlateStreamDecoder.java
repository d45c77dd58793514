package dev.stork.sensor.serial;

import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;

/**
 * Turns the bytes read from a plate into {@link PlateSample}s: frame decoding, sequence tracking and clock mapping
 * in one place, without the port. Samples are delivered only after a device-info frame has been seen, since only
 * that frame says the device is a Stork plate speaking this protocol. An info frame whose sequence number does not
 * continue the stream means the device restarted: sequence tracking and the clock mapping start over.
 *
 * <p>One thread (the acquisition thread) feeds it; counters may be read from any thread. Reuses one
 * {@link PlateSample} holder and allocates nothing per sample; only an info frame allocates its {@link DeviceInfo}.
 */
public final class PlateStreamDecoder {

    private final FrameDecoder frames = new FrameDecoder();
    private final SequenceTracker sequence = new SequenceTracker();
    private final DeviceClockMapper clock = new DeviceClockMapper();
    private final PlateSample sample = new PlateSample();
    private final Handler handler = new Handler();

    private SampleListener listener;
    private long arrivalNanos;
    private boolean infoSeen;
    private volatile DeviceInfo deviceInfo;
    private volatile long infoFrames;
    private volatile long samples;
    private volatile long samplesBeforeInfo;
    private volatile long deviceRestarts;
    private volatile long lastPongToken = -1;

    /**
     * Decodes bytes; each new sample goes to {@code listener} before this returns. Returns early, right after an
     * info frame, so that the caller can act on the device's description (announce the connection) before the
     * samples that follow it; call again with the rest.
     *
     * @param arrivalNanos host monotonic time at which these bytes were read
     * @return the number of bytes consumed: {@code length}, or fewer when an info frame ended the call
     */
    public int feed(byte[] data, int offset, int length, long arrivalNanos, SampleListener listener) {
        this.listener = listener;
        this.arrivalNanos = arrivalNanos;
        int consumed = frames.feed(data, offset, length, handler);
        this.listener = null;
        return consumed;
    }

    /**
     * Prepares for a fresh connection: drops a partly received frame and waits for the next info frame before
     * delivering samples. Counters are kept.
     */
    public void beginConnection() {
        frames.resetStream();
        infoSeen = false;
    }

    /** The latest device-info frame, or null before the first one. */
    public DeviceInfo deviceInfo() {
        return deviceInfo;
    }

    /** Info frames received in total. */
    public long infoFrames() {
        return infoFrames;
    }

    /** Samples delivered to listeners. */
    public long samples() {
        return samples;
    }

    /** Samples dropped because no info frame had been seen on the connection yet. */
    public long samplesBeforeInfo() {
        return samplesBeforeInfo;
    }

    /** Samples missing from gaps in the sequence numbers. */
    public long lostSamples() {
        return sequence.lost();
    }

    /** Gaps in the sequence numbers. */
    public long gaps() {
        return sequence.gaps();
    }

    /** Samples dropped as duplicates. */
    public long duplicates() {
        return sequence.duplicates();
    }

    /** Frames rejected by the COBS, CRC, type or length check. */
    public long corruptFrames() {
        return frames.corruptFrames();
    }

    /** Valid frames of every type. */
    public long validFrames() {
        return frames.validFrames();
    }

    /** Times an info frame showed that the device had restarted mid-stream. */
    public long deviceRestarts() {
        return deviceRestarts;
    }

    /** The token of the latest pong, or -1. */
    public long lastPongToken() {
        return lastPongToken;
    }

    /** The clock mapper's drift estimate in ppm. */
    public double clockDriftPpm() {
        return clock.driftPpm();
    }

    private final class Handler implements FrameHandler {

        @Override
        public void onSample(int rawSequence, long deviceTimeMicros, int topLeft, int topRight, int bottomLeft,
                             int bottomRight, int status) {
            if (!infoSeen) {
                samplesBeforeInfo++;
                return;
            }
            if (sequence.accept(rawSequence) == SequenceTracker.DUPLICATE) {
                return;
            }
            long timeNanos = clock.toHostNanos(deviceTimeMicros, arrivalNanos);
            sample.set(timeNanos, sequence.lastSequence(), topLeft, topRight, bottomLeft, bottomRight,
                    status & (PlateSample.STATUS_NOT_READY | PlateSample.STATUS_SATURATED));
            samples++;
            listener.onPlateSample(sample);
        }

        @Override
        public void onInfo(int rawSequence, int protocolVersion, int firmwareMajor, int firmwareMinor,
                           int firmwarePatch, long boardId, int rateHz, int channels) {
            if (sequence.started() && rawSequence != sequence.expectedNext()) {
                deviceRestarts++;
                sequence.restart();
                clock.reset();
            }
            infoSeen = true;
            DeviceInfo previous = deviceInfo;
            if (previous == null || previous.protocolVersion() != protocolVersion
                    || previous.firmwareMajor() != firmwareMajor || previous.firmwareMinor() != firmwareMinor
                    || previous.firmwarePatch() != firmwarePatch || previous.boardId() != boardId
                    || previous.rateHz() != rateHz || previous.channels() != channels) {
                deviceInfo = new DeviceInfo(protocolVersion, firmwareMajor, firmwareMinor, firmwarePatch, boardId,
                        rateHz, channels);
            }
            infoFrames++;
            frames.pauseAfterFrame();
        }

        @Override
        public void onPong(int rawSequence, long token, long deviceTimeMicros) {
            lastPongToken = token;
        }
    }
}
