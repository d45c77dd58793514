package dev.stork.sensor.wii;

/**
 * Maps kernel event timestamps onto the host's monotonic nanosecond clock.
 *
 * <p>evdev stamps events with CLOCK_REALTIME unless a program changes the clock with an ioctl, which Java cannot
 * do. The mapping keeps the smallest observed {@code hostNanos - kernelNanos}: the event that reached Java fastest
 * shows the true offset best, and a later, slower read must not make earlier-stamped samples look late. When the
 * kernel clock steps (NTP, a manual date change) by more than {@link #STEP_NANOS} the mapping re-anchors.
 *
 * <p>Events replayed from a file are read far faster than they were recorded, so there the offset is fixed by
 * the first event and the recorded spacing is kept.
 */
final class KernelClockMapper {
    /** A jump of the realtime clock larger than this re-anchors the mapping. */
    static final long STEP_NANOS = 500_000_000L;

    private final boolean replay;
    private long offsetNanos;
    private boolean anchored;

    /** @param replay true when events come from a file rather than a live device */
    KernelClockMapper(boolean replay) {
        this.replay = replay;
    }

    /** Host monotonic time of an event stamped {@code kernelNanos} that Java read at {@code hostNowNanos}. */
    long toHostNanos(long kernelNanos, long hostNowNanos) {
        long observed = hostNowNanos - kernelNanos;
        if (replay && anchored) {
            return kernelNanos + offsetNanos;
        }
        if (!anchored || observed < offsetNanos - STEP_NANOS || observed > offsetNanos + STEP_NANOS) {
            offsetNanos = observed;
            anchored = true;
        } else if (observed < offsetNanos) {
            offsetNanos = observed;
        }
        return kernelNanos + offsetNanos;
    }

    /** Forgets the offset, for a fresh connection. */
    void reset() {
        anchored = false;
    }
}
