package dev.stork.sensor.serial;

/**
 * Extends the device's 16-bit sample sequence numbers to a 64-bit count and classifies each arrival as next, after
 * a gap (samples lost) or a duplicate. A number up to half the sequence space ahead counts as a gap; one behind or
 * equal to the last counts as a duplicate and is dropped, since a serial line never reorders. One thread only.
 */
public final class SequenceTracker {

    /** Returned by {@link #accept(int)} for a duplicate or stale number: drop the sample. */
    public static final int DUPLICATE = -1;

    private static final int HALF = FrameLayout.SEQUENCE_MODULUS / 2;

    private boolean started;
    private int lastRaw;
    private long lastExtended;
    private long lost;
    private long gaps;
    private long duplicates;

    /**
     * Accepts a raw 16-bit sequence number.
     *
     * @return the number of samples missing just before this one (0 when it follows directly), or
     *     {@link #DUPLICATE}
     */
    public int accept(int rawSequence) {
        if (!started) {
            started = true;
            lastRaw = rawSequence;
            lastExtended = rawSequence;
            return 0;
        }
        int step = (rawSequence - lastRaw) & (FrameLayout.SEQUENCE_MODULUS - 1);
        if (step == 0 || step > HALF) {
            duplicates++;
            return DUPLICATE;
        }
        lastRaw = rawSequence;
        lastExtended += step;
        int missing = step - 1;
        if (missing > 0) {
            lost += missing;
            gaps++;
        }
        return missing;
    }

    /** Starts over: the next number is taken as it comes (device restarted). Totals are kept. */
    public void restart() {
        started = false;
    }

    /** Whether a number has been accepted since construction or the last {@link #restart()}. */
    public boolean started() {
        return started;
    }

    /** The 16-bit number the next sample should carry. */
    public int expectedNext() {
        return (lastRaw + 1) & (FrameLayout.SEQUENCE_MODULUS - 1);
    }

    /** The extended sequence number of the last accepted sample. */
    public long lastSequence() {
        return lastExtended;
    }

    /** Samples missing from gaps in the sequence, in total. */
    public long lost() {
        return lost;
    }

    /** Number of gaps (each losing one or more samples). */
    public long gaps() {
        return gaps;
    }

    /** Duplicate or stale sequence numbers received. */
    public long duplicates() {
        return duplicates;
    }
}
