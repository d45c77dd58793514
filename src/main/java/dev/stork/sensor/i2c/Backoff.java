package dev.stork.sensor.i2c;

/**
 * Exponential back-off between retries of a chip that does not answer: the delay doubles from an initial value up
 * to a ceiling and starts over after a success. Acquisition thread only.
 */
public final class Backoff {

    private final long initialNanos;
    private final long maxNanos;
    private long nextNanos;

    /**
     * @param initialNanos first delay, in nanoseconds (> 0)
     * @param maxNanos     longest delay, in nanoseconds (>= initialNanos)
     */
    public Backoff(long initialNanos, long maxNanos) {
        if (initialNanos <= 0 || maxNanos < initialNanos) {
            throw new IllegalArgumentException("back-off needs 0 < initial <= max, got " + initialNanos + " ns and "
                    + maxNanos + " ns");
        }
        this.initialNanos = initialNanos;
        this.maxNanos = maxNanos;
        this.nextNanos = initialNanos;
    }

    /** The delay to wait now, in nanoseconds; the following one will be twice as long, up to the ceiling. */
    public long nextDelayNanos() {
        long delay = nextNanos;
        nextNanos = Math.min(maxNanos, nextNanos * 2);
        return delay;
    }

    /** Starts over from the initial delay. */
    public void reset() {
        nextNanos = initialNanos;
    }
}
