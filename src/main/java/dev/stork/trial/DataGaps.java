package dev.stork.trial;

import dev.stork.signal.stance.StanceDetector;

/**
 * Counts the gaps in a stream of sample times and the time they lasted: a pause of more than
 * {@link StanceDetector#MAX_GAP_NANOS} (100 ms) between two samples is a loss of data, the same threshold at which
 * the stance detectors stop a running hold with {@code DATA_GAP}, so a reported gap and a hold cut short by it
 * always agree. The time of a gap is the whole pause between the last sample before it and the first after it.
 *
 * <p>One thread feeds {@link #sample}; the counts are volatile so that any thread may read them for a status
 * display (the two may be one gap apart for a moment). Nothing is allocated per sample.
 */
public final class DataGaps {
    private static final long NONE = Long.MIN_VALUE;

    private long lastNanos = NONE;
    private volatile long count;
    private volatile long totalNanos;

    /** Counts the gaps in a recording's time column, in seconds and increasing. */
    public static DataGaps of(double[] timeS) {
        DataGaps gaps = new DataGaps();
        for (double t : timeS) {
            gaps.sample(Math.round(t * 1e9));
        }
        return gaps;
    }

    /** The next sample's time, ns on the samples' own time base; times not later than the last are ignored. */
    public void sample(long timeNanos) {
        if (lastNanos != NONE && timeNanos - lastNanos > StanceDetector.MAX_GAP_NANOS) {
            count = count + 1;
            totalNanos = totalNanos + (timeNanos - lastNanos);
        }
        if (lastNanos == NONE || timeNanos > lastNanos) {
            lastNanos = timeNanos;
        }
    }

    /** Gaps of more than 100 ms seen so far. */
    public long count() {
        return count;
    }

    /** Time without data over all the gaps, s. */
    public double totalS() {
        return totalNanos * 1e-9;
    }
}
