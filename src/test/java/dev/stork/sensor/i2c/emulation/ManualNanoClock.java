package dev.stork.sensor.i2c.emulation;

import dev.stork.sensor.i2c.NanoClock;

/**
 * Emulated time: {@link #sleepNanos(long)} advances the clock instead of waiting, so a source polling emulated
 * chips runs as fast as the host allows while every chip sees consistent time. Single-threaded.
 */
public final class ManualNanoClock implements NanoClock {

    private long nowNanos;
    private long sleptNanos;

    /** @param startNanos the initial time */
    public ManualNanoClock(long startNanos) {
        this.nowNanos = startNanos;
    }

    @Override
    public long nanoTime() {
        return nowNanos;
    }

    @Override
    public void sleepNanos(long nanos) {
        if (nanos > 0) {
            nowNanos += nanos;
            sleptNanos += nanos;
        }
    }

    /** Moves time forward without counting it as sleep (time spent elsewhere). */
    public void advanceNanos(long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("time runs forward only, got " + nanos + " ns");
        }
        nowNanos += nanos;
    }

    /** Total time spent in {@link #sleepNanos(long)}, in nanoseconds. */
    public long sleptNanos() {
        return sleptNanos;
    }
}
