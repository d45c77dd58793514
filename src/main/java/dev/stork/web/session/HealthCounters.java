package dev.stork.web.session;

import dev.stork.sensor.HealthEvent;
import dev.stork.sensor.ImuSample;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts what a source delivers (samples, sequence gaps, data-loss events, the connection state) on the way to the
 * pipeline. The acquisition thread writes with ordered stores and allocates nothing per sample; any thread reads.
 * {@link #achievedRateHz} is computed by readers from two count readings.
 */
final class HealthCounters implements SampleListener {
    private static final long RATE_WINDOW_NANOS = 1_000_000_000L;

    private final AtomicLong samples = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong dataLoss = new AtomicLong();
    private volatile SampleListener delegate;
    private volatile HealthEvent lastEvent;
    private long lastSequence = -1;
    private long windowStartNanos;
    private long windowStartSamples;
    private double rateHz;

    /** Routes the following samples to {@code next}; before the acquisition thread starts. */
    void forwardTo(SampleListener next) {
        delegate = next;
        lastSequence = -1;
    }

    @Override
    public void onPlateSample(PlateSample sample) {
        countSequence(sample.sequence);
        delegate.onPlateSample(sample);
    }

    @Override
    public void onImuSample(ImuSample sample) {
        countSequence(sample.sequence);
        delegate.onImuSample(sample);
    }

    private void countSequence(long sequence) {
        if (lastSequence >= 0 && sequence > lastSequence + 1) {
            dropped.lazySet(dropped.get() + sequence - lastSequence - 1);
        }
        lastSequence = sequence;
        samples.lazySet(samples.get() + 1);
    }

    @Override
    public void onHealth(HealthEvent event) {
        lastEvent = event;
        if (event.kind() == HealthEvent.Kind.DATA_LOSS) {
            dataLoss.lazySet(dataLoss.get() + 1);
        }
        delegate.onHealth(event);
    }

    @Override
    public void onEnd() {
        delegate.onEnd();
    }

    long samples() {
        return samples.get();
    }

    long dropped() {
        return dropped.get();
    }

    long dataLossEvents() {
        return dataLoss.get();
    }

    HealthEvent lastEvent() {
        return lastEvent;
    }

    /** Samples per second since the previous window began, refreshed at most once a second; reader threads. */
    synchronized double achievedRateHz(long nowNanos) {
        long count = samples.get();
        long elapsed = nowNanos - windowStartNanos;
        if (windowStartNanos == 0) {
            windowStartNanos = nowNanos;
            windowStartSamples = count;
        } else if (elapsed >= RATE_WINDOW_NANOS) {
            rateHz = (count - windowStartSamples) * 1e9 / elapsed;
            windowStartNanos = nowNanos;
            windowStartSamples = count;
        }
        return rateHz;
    }
}
