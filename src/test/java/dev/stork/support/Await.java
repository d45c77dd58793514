package dev.stork.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for a condition that another thread or process brings about, for the tests that run in real time (serial
 * pseudo-terminals, live boards): polls every few milliseconds and fails with what was awaited after a deadline.
 */
public final class Await {
    private static final long POLL_MILLIS = 5;
    /** Polling a server, not a variable: less often. */
    private static final long VALUE_POLL_MILLIS = 50;

    private Await() {
    }

    /** Returns once {@code condition} holds; fails after {@code seconds} with {@code what}. */
    public static void until(BooleanSupplier condition, double seconds, Supplier<String> what)
            throws InterruptedException {
        long deadline = System.nanoTime() + Math.round(seconds * TimeUnit.SECONDS.toNanos(1));
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, () -> "timed out after " + seconds + " s waiting for: "
                    + what.get());
            Thread.sleep(POLL_MILLIS);
        }
    }

    /**
     * The first value of {@code read} that {@code accept} takes; fails after {@code seconds} naming {@code what}
     * and the last value read.
     */
    public static <T> T value(Supplier<T> read, Predicate<T> accept, double seconds, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + Math.round(seconds * TimeUnit.SECONDS.toNanos(1));
        while (true) {
            T value = read.get();
            if (accept.test(value)) {
                return value;
            }
            assertTrue(System.nanoTime() < deadline, () -> "timed out after " + seconds + " s waiting for: " + what
                    + "; last seen: " + value);
            Thread.sleep(VALUE_POLL_MILLIS);
        }
    }
}
