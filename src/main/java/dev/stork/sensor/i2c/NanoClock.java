package dev.stork.sensor.i2c;

/**
 * Monotonic time and waiting, injected into drivers and sources so that tests run in emulated time and never
 * really sleep. Used on the acquisition thread.
 */
public interface NanoClock {

    /** Monotonic time in nanoseconds (same base as {@link System#nanoTime()} for the system clock). */
    long nanoTime();

    /** Waits about {@code nanos} nanoseconds. */
    void sleepNanos(long nanos) throws InterruptedException;

    /** The host's monotonic clock and {@link Thread#sleep(long, int)}. */
    NanoClock SYSTEM = new NanoClock() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleepNanos(long nanos) throws InterruptedException {
            if (nanos > 0) {
                Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
            }
        }
    };
}
