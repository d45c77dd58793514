package dev.stork.sensor.i2c.support;

import dev.stork.sensor.i2c.I2cException;
import dev.stork.sensor.i2c.NanoClock;
import dev.stork.sensor.i2c.emulation.EmulatedChip;
import dev.stork.sensor.i2c.emulation.ManualNanoClock;

/**
 * Emulated time that can also unplug a chip and plug it back in after a while: the source under test keeps the
 * thread, and the plug comes back during one of its (emulated) sleeps. Counts the transfers the source attempted
 * while the chip was gone.
 */
public final class ReplugClock implements NanoClock {

    private final ManualNanoClock time;
    private EmulatedChip unplugged;
    private long backAtNanos;
    private long transfersAtUnplug;
    private long attemptsWhileGone = -1;

    public ReplugClock(long startNanos) {
        time = new ManualNanoClock(startNanos);
    }

    @Override
    public long nanoTime() {
        return time.nanoTime();
    }

    @Override
    public void sleepNanos(long nanos) {
        time.sleepNanos(nanos);
        if (unplugged != null && time.nanoTime() >= backAtNanos) {
            attemptsWhileGone = unplugged.transfers() - transfersAtUnplug;
            unplugged.clearFaults();
            unplugged = null;
        }
    }

    /** Moves time forward, as the host being busy elsewhere. */
    public void advanceNanos(long nanos) {
        time.advanceNanos(nanos);
    }

    /** Makes {@code chip} NACK everything from now for {@code forNanos}. */
    public void unplug(EmulatedChip chip, long forNanos) {
        chip.injectFaults(I2cException.Kind.NACK, Integer.MAX_VALUE);
        unplugged = chip;
        backAtNanos = time.nanoTime() + forNanos;
        transfersAtUnplug = chip.transfers();
    }

    /** Transfers attempted on the unplugged chip before it came back; -1 while it is still gone. */
    public long attemptsWhileGone() {
        return attemptsWhileGone;
    }
}
