package dev.stork.sensor.serial;

/**
 * Health figures of a serial plate link at one moment, an immutable snapshot safe to pass between threads.
 *
 * @param timeNanos        host monotonic time of the snapshot
 * @param connected        whether the plate is connected and streaming
 * @param achievedRateHz   samples per second over the last second or so, in Hz
 * @param samples          samples delivered since the source started
 * @param lostSamples      samples missing from sequence gaps (dropped or corrupted frames)
 * @param duplicates       samples dropped as duplicates
 * @param corruptFrames    frames rejected by the COBS or CRC check ("CRC errors")
 * @param reconnections    times the plate came back after being lost
 * @param clockDriftPpm    estimated drift of the device clock against the host clock, in ppm
 */
public record SerialLinkStats(long timeNanos, boolean connected, double achievedRateHz, long samples,
                              long lostSamples, long duplicates, long corruptFrames, long reconnections,
                              double clockDriftPpm) {

    /** Figures before anything was read. */
    public static SerialLinkStats initial(long timeNanos) {
        return new SerialLinkStats(timeNanos, false, 0, 0, 0, 0, 0, 0, 0);
    }
}
