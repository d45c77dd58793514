package dev.stork.sensor.sim;

import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/** How a simulated or replayed source hands out its samples. */
public enum Pacing {
    /** One sample per sample period of the wall clock, like a real board. */
    REAL_TIME,
    /** As fast as the listener takes them; timestamps still advance by one sample period each. */
    FAST;

    /** In real time, parks until the clock reaches {@code dueNanos}; returns at once when fast. */
    void awaitDue(long dueNanos, LongSupplier clockNanos, String source) throws InterruptedException {
        if (this == FAST) {
            return;
        }
        long waitNanos;
        while ((waitNanos = dueNanos - clockNanos.getAsLong()) > 0) {
            LockSupport.parkNanos(waitNanos);
            if (Thread.interrupted()) {
                throw new InterruptedException(source + " interrupted");
            }
        }
    }
}
