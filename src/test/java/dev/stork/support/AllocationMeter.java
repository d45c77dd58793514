package dev.stork.support;

import java.lang.management.ManagementFactory;

/**
 * Measures the bytes the current thread allocates, for the tests that guard allocation-free per-sample code.
 * Uses HotSpot's per-thread allocation counter ({@code com.sun.management.ThreadMXBean}); fails clearly on a JVM
 * without it.
 */
public final class AllocationMeter {
    private static final com.sun.management.ThreadMXBean THREADS = threads();

    private AllocationMeter() {
    }

    private static com.sun.management.ThreadMXBean threads() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        if (!(bean instanceof com.sun.management.ThreadMXBean)) {
            throw new AssertionError("this JVM does not count allocated bytes per thread (" + bean.getClass() + ")");
        }
        return (com.sun.management.ThreadMXBean) bean;
    }

    /** Bytes the current thread allocated while running {@code work}. Warm the code up first. */
    public static long bytesAllocatedBy(Runnable work) {
        long threadId = Thread.currentThread().getId();
        long before = THREADS.getThreadAllocatedBytes(threadId);
        work.run();
        return THREADS.getThreadAllocatedBytes(threadId) - before;
    }
}
