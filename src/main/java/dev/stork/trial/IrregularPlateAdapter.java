package dev.stork.trial;

import dev.stork.sensor.HealthEvent;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import dev.stork.signal.resample.UniformResampler;

/**
 * Puts the samples of an irregular plate (the Wii Balance Board sends whenever Bluetooth delivers) onto a uniform
 * grid before the pipeline, whose filters assume a fixed rate. Gaps longer than {@link #MAX_GAP_NANOS} are not
 * bridged. Acquisition thread only; allocation-free per sample.
 */
public final class IrregularPlateAdapter implements SampleListener {
    /** Longest gap interpolated across: a few lost Bluetooth reports, not a dropout. */
    public static final long MAX_GAP_NANOS = 100_000_000L;

    private final PlatePipeline pipeline;
    private final UniformResampler resampler;
    private final double[] cells = new double[4];

    /** @param rateHz the uniform rate the pipeline was built for */
    public IrregularPlateAdapter(PlatePipeline pipeline, double rateHz) {
        this.pipeline = pipeline;
        this.resampler = new UniformResampler(4, rateHz, MAX_GAP_NANOS,
                (timeNanos, v) -> pipeline.process(timeNanos, v[0], v[1], v[2], v[3]));
    }

    @Override
    public void onPlateSample(PlateSample sample) {
        cells[0] = sample.topLeft;
        cells[1] = sample.topRight;
        cells[2] = sample.bottomLeft;
        cells[3] = sample.bottomRight;
        resampler.push(sample.timeNanos, cells);
    }

    @Override
    public void onHealth(HealthEvent event) {
        pipeline.onHealth(event);
    }

    @Override
    public void onEnd() {
        pipeline.onEnd();
    }

    /** Input gaps that were too long to bridge. */
    public long gaps() {
        return resampler.gaps();
    }
}
