package dev.stork.sensor.sim;

import dev.stork.sensor.HealthEvent;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.SampleSource;
import dev.stork.sensor.SourceDescription;
import java.util.function.LongSupplier;

/**
 * The acquisition loop shared by the simulated boards: asks the model for the next sample, waits for its due time
 * on the clock in {@link Pacing#REAL_TIME} (not at all in {@link Pacing#FAST}) and hands it to the listener.
 * Subclasses (here and in {@code dev.stork.calibration.sim}) supply the model; every hook runs on the acquisition
 * thread.
 */
public abstract class PacedSimulationSource implements SampleSource {
    private final Pacing pacing;
    private final LongSupplier clockNanos;
    private final SourceDescription description;
    private volatile boolean stopped;

    /**
     * @param pacing      real time or fast
     * @param clockNanos  monotonic clock the samples are paced to, ns
     * @param description what the source reports about itself
     */
    protected PacedSimulationSource(Pacing pacing, LongSupplier clockNanos, SourceDescription description) {
        this.pacing = pacing;
        this.clockNanos = clockNanos;
        this.description = description;
    }

    /** Fills the holder with the next sample, timestamps from {@code startNanos}; false at the end. */
    protected abstract boolean nextSample(long startNanos);

    /** Timestamp of the sample in the holder, ns. */
    protected abstract long sampleTimeNanos();

    /** Hands the holder to the listener. */
    protected abstract void deliver(SampleListener listener);

    @Override
    public final SourceDescription description() {
        return description;
    }

    @Override
    public final void run(SampleListener listener) throws InterruptedException {
        long startNanos = clockNanos.getAsLong();
        listener.onHealth(new HealthEvent(startNanos, HealthEvent.Kind.CONNECTED, description.name() + " running"));
        while (!stopped && nextSample(startNanos)) {
            pacing.awaitDue(sampleTimeNanos(), clockNanos, description.name());
            deliver(listener);
        }
        listener.onEnd();
    }

    @Override
    public final void stop() {
        stopped = true;
    }

    @Override
    public final void close() {
        stop();
    }
}
