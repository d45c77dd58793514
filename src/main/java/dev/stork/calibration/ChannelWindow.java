package dev.stork.calibration;

/**
 * Statistics of a few channels over a stretch of time, used to decide whether a reading is steady and to average
 * it: per-channel mean and standard deviation, and the spread (max − min) of 0.1 s block means of one
 * "steadiness" value (a plate's total force, an IMU's acceleration magnitude). Block means are used because
 * white noise shrinks by averaging while a moving load does not: the spread then measures movement, not noise.
 *
 * <p>Single-threaded; {@link #add} and {@link #reset} allocate nothing.
 */
public final class ChannelWindow {
    /** Length of the blocks whose means make up the spread, s. */
    public static final double BLOCK_S = 0.1;
    private final int channels;
    private final long durationNanos;
    private final long blockNanos;
    private final double[] sum;
    private final double[] sumSquares;
    private long count;
    private long firstNanos;
    private long lastNanos;
    private long blockStartNanos;
    private double blockSum;
    private int blockCount;
    private double minBlockMean;
    private double maxBlockMean;
    private int blocks;

    /**
     * @param channels  number of channels
     * @param durationS how long the window lasts, s
     */
    public ChannelWindow(int channels, double durationS) {
        if (channels < 1) {
            throw new IllegalArgumentException("need at least one channel, got " + channels);
        }
        if (!(durationS >= BLOCK_S && durationS < 3600)) {
            throw new IllegalArgumentException("window must last " + BLOCK_S + " to 3600 s, got " + durationS);
        }
        this.channels = channels;
        this.durationNanos = Math.round(durationS * 1e9);
        this.blockNanos = Math.round(BLOCK_S * 1e9);
        this.sum = new double[channels];
        this.sumSquares = new double[channels];
        reset();
    }

    /** Forgets everything. */
    public void reset() {
        for (int i = 0; i < channels; i++) {
            sum[i] = 0;
            sumSquares[i] = 0;
        }
        count = 0;
        blockSum = 0;
        blockCount = 0;
        blocks = 0;
        minBlockMean = Double.POSITIVE_INFINITY;
        maxBlockMean = Double.NEGATIVE_INFINITY;
    }

    /**
     * Adds one sample.
     *
     * @param timeNanos  the sample's time, ns
     * @param values     one value per channel (read, not kept)
     * @param steadiness the value whose block means must stay within the spread
     * @return whether the window now spans its duration
     */
    public boolean add(long timeNanos, double[] values, double steadiness) {
        if (count == 0) {
            firstNanos = timeNanos;
            blockStartNanos = timeNanos;
        }
        for (int i = 0; i < channels; i++) {
            double v = values[i];
            sum[i] += v;
            sumSquares[i] += v * v;
        }
        count++;
        lastNanos = timeNanos;
        if (timeNanos - blockStartNanos >= blockNanos && blockCount > 0) {
            closeBlock();
            blockStartNanos = timeNanos;
        }
        blockSum += steadiness;
        blockCount++;
        return full();
    }

    private void closeBlock() {
        double mean = blockSum / blockCount;
        minBlockMean = Math.min(minBlockMean, mean);
        maxBlockMean = Math.max(maxBlockMean, mean);
        blocks++;
        blockSum = 0;
        blockCount = 0;
    }

    /** Whether the samples span the window's duration. */
    public boolean full() {
        return count > 0 && lastNanos - firstNanos >= durationNanos;
    }

    /** Number of samples added since the last reset. */
    public long count() {
        return count;
    }

    /** Time spanned by the samples, s. */
    public double spanS() {
        return count == 0 ? 0 : (lastNanos - firstNanos) / 1e9;
    }

    /** Fraction of the duration covered so far, 0..1. */
    public double progress() {
        return count == 0 ? 0 : Math.min(1, (lastNanos - firstNanos) / (double) durationNanos);
    }

    /** Mean of one channel. */
    public double mean(int channel) {
        return count == 0 ? Double.NaN : sum[channel] / count;
    }

    /** Population standard deviation of one channel. */
    public double standardDeviation(int channel) {
        if (count == 0) {
            return Double.NaN;
        }
        double mean = sum[channel] / count;
        return Math.sqrt(Math.max(0, sumSquares[channel] / count - mean * mean));
    }

    /** Spread (max − min) of the completed 0.1 s block means of the steadiness value; 0 with under two blocks. */
    public double steadinessSpread() {
        return blocks < 2 ? 0 : maxBlockMean - minBlockMean;
    }
}
