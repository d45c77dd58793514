package dev.stork.sensor;

/**
 * Health figures of the link to a device that frames and numbers its samples (a serial plate's line), at one
 * moment: an immutable snapshot safe to pass between threads. A source publishes it now and then (a serial plate
 * about ten times a second) and readers take it on demand through {@link SampleSource#linkStats()}; it is never
 * built per sample.
 *
 * @param timeNanos        host monotonic time of the snapshot
 * @param connected        whether the device is connected and streaming
 * @param achievedRateHz   samples per second over the last second or so, in Hz
 * @param samples          samples delivered since the source started
 * @param lostSamples      samples missing from sequence gaps (dropped or corrupted frames)
 * @param duplicates       samples dropped as duplicates
 * @param corruptFrames    frames rejected by their check, e.g. a serial plate's COBS or CRC check ("CRC errors")
 * @param reconnections    times the device came back after being lost
 * @param clockDriftPpm    estimated drift of the device clock against the host clock, in ppm
 */
public record LinkStats(long timeNanos, boolean connected, double achievedRateHz, long samples,
                        long lostSamples, long duplicates, long corruptFrames, long reconnections,
                        double clockDriftPpm) {

    /** Figures before anything was read. */
    public static LinkStats initial(long timeNanos) {
        return new LinkStats(timeNanos, false, 0, 0, 0, 0, 0, 0, 0);
    }
}
