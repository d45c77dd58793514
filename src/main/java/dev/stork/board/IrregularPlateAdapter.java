package dev.stork.board;

import dev.stork.sensor.HealthEvent;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import dev.stork.signal.resample.UniformResampler;

/**
 * Puts the samples of an irregular plate (the Wii Balance Board sends whenever Bluetooth delivers) onto a uniform
 * grid before the pipeline, whose filters assume a fixed rate. Gaps longer than {@link #MAX_GAP_NANOS} are not
 * bridged. The uniform samples go to any {@link SampleListener} (a pipeline, or a live board's trial gate) in one
 * reused holder, numbered 0, 1, 2, ... in grid order. Acquisition thread only; allocation-free per sample.
 */
public final class IrregularPlateAdapter implements SampleListener {
    /** Longest gap interpolated across: a few lost Bluetooth reports, not a dropout. */
    public static final long MAX_GAP_NANOS = 100_000_000L;

    private final SampleListener downstream;
    private final UniformResampler resampler;
    private final double[] cells = new double[4];
    private final PlateSample uniform = new PlateSample();
    private long sequence;

    /**
     * @param downstream receives the uniform samples (cells in the unit they came in)
     * @param rateHz     the uniform rate the downstream was built for
     */
    public IrregularPlateAdapter(SampleListener downstream, double rateHz) {
        this.downstream = downstream;
        this.resampler = new UniformResampler(4, rateHz, MAX_GAP_NANOS, this::emit);
    }

    private void emit(long timeNanos, double[] v) {
        downstream.onPlateSample(uniform.set(timeNanos, sequence++, v[0], v[1], v[2], v[3], 0));
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
        downstream.onHealth(event);
    }

    @Override
    public void onEnd() {
        downstream.onEnd();
    }

    /** Input gaps that were too long to bridge. */
    public long gaps() {
        return resampler.gaps();
    }
}
