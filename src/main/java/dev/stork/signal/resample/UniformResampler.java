package dev.stork.signal.resample;

/**
 * Turns irregularly timed samples of a few channels into samples on a uniform time grid, live, by linear
 * interpolation between the two input samples around each grid point.
 *
 * <p>Irregular sources (the Wii Balance Board sends whenever the Bluetooth link delivers) feed {@link #push}; each
 * grid point that the new sample makes known is handed to the {@link Output} at once. A gap longer than
 * {@code maxGapNanos} is not bridged: the grid restarts at the next sample, and {@link #gaps()} counts it, so lost
 * data are never invented.
 *
 * <p>Single-threaded; designs at construction and allocates nothing afterwards.
 */
public final class UniformResampler {
    private final int channels;
    private final long periodNanos;
    private final long maxGapNanos;
    private final Output output;
    private final double[] previous;
    private final double[] interpolated;
    private long previousNanos;
    private long nextGridNanos;
    private boolean started;
    private long gaps;

    /** Receives each uniform sample; {@code values} is reused for the next call, so copy what you keep. */
    @FunctionalInterface
    public interface Output {
        /** A sample at grid time {@code timeNanos}. */
        void sample(long timeNanos, double[] values);
    }

    /**
     * @param channels    values per sample
     * @param rateHz      rate of the output grid in Hz
     * @param maxGapNanos longest input gap that is still interpolated across
     * @param output      receives the uniform samples
     */
    public UniformResampler(int channels, double rateHz, long maxGapNanos, Output output) {
        if (channels < 1 || !(rateHz > 0) || maxGapNanos <= 0) {
            throw new IllegalArgumentException("need channels >= 1, rateHz > 0 and maxGapNanos > 0");
        }
        this.channels = channels;
        this.periodNanos = Math.round(1e9 / rateHz);
        this.maxGapNanos = maxGapNanos;
        this.output = output;
        this.previous = new double[channels];
        this.interpolated = new double[channels];
    }

    /**
     * Adds an input sample. Times must increase; a sample not later than the previous one is ignored.
     *
     * @param values the sample's channels; read during the call only
     */
    public void push(long timeNanos, double[] values) {
        if (started && timeNanos <= previousNanos) {
            return;
        }
        if (!started || timeNanos - previousNanos > maxGapNanos) {
            if (started) {
                gaps++;
            }
            started = true;
            nextGridNanos = timeNanos;
        }
        while (nextGridNanos <= timeNanos) {
            if (nextGridNanos == timeNanos) {
                System.arraycopy(values, 0, interpolated, 0, channels);
            } else {
                double fraction = (double) (nextGridNanos - previousNanos) / (timeNanos - previousNanos);
                for (int c = 0; c < channels; c++) {
                    interpolated[c] = previous[c] + fraction * (values[c] - previous[c]);
                }
            }
            output.sample(nextGridNanos, interpolated);
            nextGridNanos += periodNanos;
        }
        System.arraycopy(values, 0, previous, 0, channels);
        previousNanos = timeNanos;
    }

    /** Input gaps longer than the limit, where the grid restarted instead of inventing data. */
    public long gaps() {
        return gaps;
    }

    /** Forgets all input, for a new stream. */
    public void reset() {
        started = false;
        gaps = 0;
    }
}
