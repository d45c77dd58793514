package dev.stork.sensor.i2c.support;

import dev.stork.sensor.HealthEvent;
import dev.stork.sensor.ImuSample;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.SampleSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Keeps copies of everything a source delivers and stops the source after a given number of samples. Tests may
 * hook a step before each sample (to unplug a chip at sample 100, say). Allocates freely: tests only.
 */
public final class RecordingListener implements SampleListener {

    public final List<ImuSample> imuSamples = new ArrayList<>();
    public final List<PlateSample> plateSamples = new ArrayList<>();
    public final List<HealthEvent> health = new ArrayList<>();
    private final int stopAfterSamples;
    private SampleSource source;
    private Consumer<Integer> beforeSample = n -> { };
    private Consumer<HealthEvent> onHealth = event -> { };
    private boolean ended;

    /** @param stopAfterSamples samples to record before stopping the source */
    public RecordingListener(int stopAfterSamples) {
        this.stopAfterSamples = stopAfterSamples;
    }

    /** The source to stop; call before running it. */
    public RecordingListener stopping(SampleSource source) {
        this.source = source;
        return this;
    }

    /** Runs {@code step} with the count of samples recorded so far, before each sample is recorded. */
    public RecordingListener beforeEachSample(Consumer<Integer> step) {
        this.beforeSample = step;
        return this;
    }

    @Override
    public void onImuSample(ImuSample sample) {
        beforeSample.accept(imuSamples.size());
        ImuSample copy = new ImuSample();
        copy.copyFrom(sample);
        imuSamples.add(copy);
        stopWhenDone(imuSamples.size());
    }

    @Override
    public void onPlateSample(PlateSample sample) {
        beforeSample.accept(plateSamples.size());
        PlateSample copy = new PlateSample();
        copy.copyFrom(sample);
        plateSamples.add(copy);
        stopWhenDone(plateSamples.size());
    }

    /** Runs {@code step} after each health event is recorded (to stop the source on the first one, say). */
    public RecordingListener onHealthDo(Consumer<HealthEvent> step) {
        this.onHealth = step;
        return this;
    }

    @Override
    public void onHealth(HealthEvent event) {
        health.add(event);
        onHealth.accept(event);
    }

    @Override
    public void onEnd() {
        ended = true;
    }

    /** Whether {@link #onEnd()} was called. */
    public boolean ended() {
        return ended;
    }

    /** Kinds of the health events so far, in order. */
    public List<HealthEvent.Kind> healthKinds() {
        List<HealthEvent.Kind> kinds = new ArrayList<>();
        for (HealthEvent event : health) {
            kinds.add(event.kind());
        }
        return kinds;
    }

    private void stopWhenDone(int count) {
        if (count >= stopAfterSamples) {
            source.stop();
        }
    }
}
