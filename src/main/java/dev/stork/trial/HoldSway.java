package dev.stork.trial;

import dev.stork.signal.live.LiveSwayMetrics;

/**
 * The sway of exactly the samples of a hold, although the detector confirms a hold's start and end a little after
 * they happened: the last samples wait in a preallocated ring, the metrics consume them {@code lagNanos} behind
 * the newest one, a confirmed start rewinds to the backdated start, and a confirmed end consumes up to the
 * backdated end and no further. Allocation-free; acquisition thread only.
 */
final class HoldSway {
    private final long[] timeNanos;
    private final double[] x;
    private final double[] y;
    private final int mask;
    private final long lagNanos;
    private final LiveSwayMetrics metrics;
    private long written;
    private long consumed;
    private boolean active;

    /**
     * @param capacity power of two, at least the samples in (confirmation delay + lag)
     * @param lagNanos how far the metrics stay behind the newest sample
     */
    HoldSway(int capacity, long lagNanos, LiveSwayMetrics metrics) {
        if (Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("ring capacity must be a power of two, got " + capacity);
        }
        this.timeNanos = new long[capacity];
        this.x = new double[capacity];
        this.y = new double[capacity];
        this.mask = capacity - 1;
        this.lagNanos = lagNanos;
        this.metrics = metrics;
    }

    /** Ring capacity for {@code seconds} of samples at {@code rateHz}: the next power of two. */
    static int capacityFor(double rateHz, double seconds) {
        int needed = (int) Math.ceil(rateHz * seconds) + 1;
        return Integer.highestOneBit(Math.max(2, needed - 1)) << 1;
    }

    /** Stores the newest sample and, during a hold, feeds the metrics up to {@code lagNanos} behind it. */
    void append(long t, double sampleX, double sampleY) {
        int slot = (int) (written & mask);
        timeNanos[slot] = t;
        x[slot] = sampleX;
        y[slot] = sampleY;
        written++;
        if (consumed < written - timeNanos.length) {
            consumed = written - timeNanos.length;
        }
        if (active) {
            consumeBefore(t - lagNanos + 1);
        }
    }

    /** A hold began at {@code startNanos}: restart the metrics from the first stored sample at or after it. */
    void start(long startNanos) {
        metrics.reset();
        long oldest = Math.max(0, written - timeNanos.length);
        long i = written;
        while (i > oldest && timeNanos[(int) ((i - 1) & mask)] >= startNanos) {
            i--;
        }
        consumed = i;
        active = true;
        consumeBefore(timeNanos[(int) ((written - 1) & mask)] - lagNanos + 1);
    }

    /** The hold ended at {@code endNanos}: consume the samples before it and stop. */
    void end(long endNanos) {
        consumeBefore(endNanos);
        active = false;
    }

    /** The hold was withdrawn: stop and forget its sway. */
    void cancel() {
        active = false;
        metrics.reset();
    }

    private void consumeBefore(long limitNanos) {
        while (consumed < written) {
            int slot = (int) (consumed & mask);
            if (timeNanos[slot] >= limitNanos) {
                return;
            }
            metrics.add(x[slot], y[slot]);
            consumed++;
        }
    }

    LiveSwayMetrics metrics() {
        return metrics;
    }

    void reset() {
        written = 0;
        consumed = 0;
        active = false;
        metrics.reset();
    }
}
