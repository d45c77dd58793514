package dev.stork.trial.support;

import dev.stork.sensor.PlateSample;
import dev.stork.sensor.sim.PlateSessionModel;
import dev.stork.trial.PlatePipeline;

/**
 * A simulated plate session computed ahead, as primitive arrays, so that a benchmark or an allocation test feeds
 * the pipeline without the simulator's own work (or allocation) in the measurement.
 *
 * @param timeNanos   each sample's time
 * @param topLeft     front-left cell, N
 * @param topRight    front-right cell, N
 * @param bottomLeft  rear-left cell, N
 * @param bottomRight rear-right cell, N
 */
public record PlateSamples(long[] timeNanos, double[] topLeft, double[] topRight, double[] bottomLeft,
                           double[] bottomRight) {

    /** The model's first {@code max} samples (all of them if it has fewer). */
    public static PlateSamples of(PlateSessionModel model, int max) {
        int n = (int) Math.min(max, model.sampleCount());
        PlateSamples samples = new PlateSamples(new long[n], new double[n], new double[n], new double[n],
                new double[n]);
        PlateSample s = new PlateSample();
        for (int i = 0; i < n && model.next(s, 0); i++) {
            samples.timeNanos[i] = s.timeNanos;
            samples.topLeft[i] = s.topLeft;
            samples.topRight[i] = s.topRight;
            samples.bottomLeft[i] = s.bottomLeft;
            samples.bottomRight[i] = s.bottomRight;
        }
        return samples;
    }

    /** Number of samples. */
    public int size() {
        return timeNanos.length;
    }

    /** Feeds sample {@code i} to {@code pipeline}, its time moved on by {@code offsetNanos}. */
    public void feed(PlatePipeline pipeline, int i, long offsetNanos) {
        pipeline.process(timeNanos[i] + offsetNanos, topLeft[i], topRight[i], bottomLeft[i], bottomRight[i]);
    }
}
