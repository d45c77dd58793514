package dev.stork.web.session;

import dev.stork.sensor.HealthEvent;
import dev.stork.sensor.ImuSample;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts what the sources deliver (samples, sequence gaps, data-loss events, the connection state) over all trials.
 * Each trial's acquisition thread counts through its own {@link #forwardingTo} listener with atomic increments (no
 * lock, no allocation per sample); any thread reads. {@link #achievedRateHz} is computed by readers from two count
 * readings.
 */
final class HealthCounters {
    private static final long RATE_WINDOW_NANOS = 1_000_000_000L;

    private final AtomicLong samples = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong dataLoss = new AtomicLong();
    private volatile HealthEvent lastEvent;
    private long windowStartNanos;
    private long windowStartSamples;
    private double rateHz;

    /** A listener for one trial's acquisition thread that counts and passes everything on to {@code next}. */
    SampleListener forwardingTo(SampleListener next) {
        return new SampleListener() {
            private long lastSequence = -1;

            @Override
            public void onPlateSample(PlateSample sample) {
                countSequence(sample.sequence);
                next.onPlateSample(sample);
            }

            @Override
            public void onImuSample(ImuSample sample) {
                countSequence(sample.sequence);
                next.onImuSample(sample);
            }

            private void countSequence(long sequence) {
                if (lastSequence >= 0 && sequence > lastSequence + 1) {
                    dropped.addAndGet(sequence - lastSequence - 1);
                }
                lastSequence = sequence;
                samples.incrementAndGet();
            }

            @Override
            public void onHealth(HealthEvent event) {
                lastEvent = event;
                if (event.kind() == HealthEvent.Kind.DATA_LOSS) {
                    dataLoss.incrementAndGet();
                }
                next.onHealth(event);
            }

            @Override
            public void onEnd() {
                next.onEnd();
            }
        };
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
