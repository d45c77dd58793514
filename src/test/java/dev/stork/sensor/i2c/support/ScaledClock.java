package dev.stork.sensor.i2c.support;

import dev.stork.sensor.i2c.NanoClock;

/**
 * The host's monotonic clock running {@code speed} times faster: emulated chips and the sources polling them see
 * consistent time while a test that waits for a person (another thread) runs in a fraction of real time. Sleeping
 * takes 1/speed of the asked time. Any thread.
 */
public final class ScaledClock implements NanoClock {
    private final long originNanos = System.nanoTime();
    private final double speed;

    /** @param speed how many times faster than real time, at least 1 */
    public ScaledClock(double speed) {
        if (!(speed >= 1)) {
            throw new IllegalArgumentException("speed must be at least 1, got " + speed);
        }
        this.speed = speed;
    }

    @Override
    public long nanoTime() {
        return originNanos + (long) ((System.nanoTime() - originNanos) * speed);
    }

    @Override
    public void sleepNanos(long nanos) throws InterruptedException {
        long real = (long) (nanos / speed);
        if (real > 0) {
            Thread.sleep(real / 1_000_000L, (int) (real % 1_000_000L));
        }
    }
}
