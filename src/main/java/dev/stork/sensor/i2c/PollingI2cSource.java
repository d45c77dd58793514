package dev.stork.sensor.i2c;

import dev.stork.sensor.HealthEvent;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.SampleSource;

import java.util.Objects;

/**
 * The acquisition loop shared by the I2C sources: set the chips up, poll them at a fixed interval, and ride out
 * faults. A failed transfer is retried with exponential back-off; after {@link #FAILURES_BEFORE_DISCONNECT}
 * failures in a row the source reports DISCONNECTED with the device's bus and address, keeps retrying (back-off up
 * to {@link #MAX_BACKOFF_NANOS}), sets the chips up again once they answer and reports CONNECTED. Time and waiting
 * come from the injected {@link NanoClock}, so tests run in emulated time.
 */
public abstract class PollingI2cSource implements SampleSource {

    /** Consecutive failures tolerated silently (a glitch on the bus) before the outage is reported. */
    public static final int FAILURES_BEFORE_DISCONNECT = 3;
    /** First retry delay. */
    public static final long INITIAL_BACKOFF_NANOS = 1_000_000L;
    /** Longest retry delay while a chip is gone. */
    public static final long MAX_BACKOFF_NANOS = 1_000_000_000L;

    /** Time and waiting. */
    protected final NanoClock clock;
    private final Backoff backoff = new Backoff(INITIAL_BACKOFF_NANOS, MAX_BACKOFF_NANOS);
    private volatile boolean running;
    private boolean setUp;
    private boolean reportedConnected;
    private boolean reportedDisconnected;
    private int consecutiveFailures;

    protected PollingI2cSource(NanoClock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Checks and configures the chips (again, after an outage); time stamps start from here. */
    protected abstract void setUp(boolean afterOutage) throws I2cException, InterruptedException;

    /** Reads whatever the chips have and hands it to {@code listener}; allocates nothing. */
    protected abstract void poll(SampleListener listener) throws I2cException;

    /** Time between polls, in nanoseconds. */
    protected abstract long pollIntervalNanos();

    /** A failed transfer in the middle of a poll: put the chips back into a known state on the next success. */
    protected void afterTransientFailure() {
    }

    /** Names the device that failed, for the person at the board: "IMU", "load cell top-left". */
    protected abstract String describe(I2cException failure);

    @Override
    public void run(SampleListener listener) throws InterruptedException {
        running = true;
        try {
            while (running) {
                try {
                    if (!setUp) {
                        setUp(reportedDisconnected);
                        setUp = true;
                        succeeded(listener);
                    }
                    poll(listener);
                    succeeded(listener);
                    clock.sleepNanos(pollIntervalNanos());
                } catch (I2cException e) {
                    failed(listener, e);
                    clock.sleepNanos(backoff.nextDelayNanos());
                }
            }
        } finally {
            running = false;
            listener.onEnd();
        }
    }

    private void succeeded(SampleListener listener) {
        consecutiveFailures = 0;
        backoff.reset();
        if (!reportedConnected || reportedDisconnected) {
            reportedConnected = true;
            reportedDisconnected = false;
            listener.onHealth(new HealthEvent(clock.nanoTime(), HealthEvent.Kind.CONNECTED,
                    description().name() + " answering"));
        }
    }

    private void failed(SampleListener listener, I2cException e) {
        consecutiveFailures++;
        if (setUp && consecutiveFailures < FAILURES_BEFORE_DISCONNECT) {
            afterTransientFailure();
            return;
        }
        setUp = false; // set the chips up again once they answer: they may have lost power
        if (!reportedDisconnected) {
            reportedDisconnected = true;
            listener.onHealth(new HealthEvent(clock.nanoTime(), HealthEvent.Kind.DISCONNECTED, message(e)));
        }
    }

    /** The health message for a failure: "IMU not answering at 0x68 on bus 1". */
    protected final String message(I2cException e) {
        String where = " at " + I2cException.hex(e.address()) + " on bus " + e.bus();
        switch (e.kind()) {
            case NACK:
            case TIMEOUT:
                return describe(e) + " not answering" + where;
            case WRONG_CHIP:
                return describe(e) + where + " is a different chip: " + e.detail();
            default:
                return describe(e) + where + " failing: " + e.detail();
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public void close() {
        stop();
    }
}
