package dev.stork.session;

/** The session thread's clock for rests: real time, or a clock that jumps (fast runs and tests). */
public interface SessionClock {

    /** Monotonic time, ns. */
    long nanos();

    /** Returns once {@link #nanos()} has reached {@code deadlineNanos}. */
    void awaitNanos(long deadlineNanos) throws InterruptedException;

    /** The wall clock: {@link System#nanoTime()} and a real wait. */
    static SessionClock system() {
        return new SessionClock() {
            @Override
            public long nanos() {
                return System.nanoTime();
            }

            @Override
            public void awaitNanos(long deadlineNanos) throws InterruptedException {
                long left = deadlineNanos - System.nanoTime();
                if (left > 0) {
                    Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
                }
            }
        };
    }

    /** A clock that moves only when waited on, jumping straight to the deadline: rests take no wall time. */
    static SessionClock jumping() {
        return new SessionClock() {
            private long now;

            @Override
            public synchronized long nanos() {
                return now;
            }

            @Override
            public synchronized void awaitNanos(long deadlineNanos) {
                now = Math.max(now, deadlineNanos);
            }
        };
    }
}
