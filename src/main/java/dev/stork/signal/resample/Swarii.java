package dev.stork.signal.resample;

/**
 * SWARII, the Sliding Windows Weighted Averaged Interpolation of Saini, Audiffren et al. (2014), for irregularly
 * timed samples such as a Wii Balance Board's: for each output time t (the first input time, or 0 if that is
 * negative, then steps of 1 / rate while t stays below the last input time), the input samples within half a
 * window of t are averaged, each weighted by the span of time it stands for (from the midpoint with its left
 * neighbour to the midpoint with its right neighbour, the outer two clipped to the window and the record); a
 * window holding one sample takes its value. Windows holding no sample are filled in afterwards by linear
 * interpolation on the grid of the windows that had samples, which then runs from the first such window in steps
 * of 1 / rate up to, but excluding, the last, as the authors' code does.
 *
 * <p>The output grid accumulates 1 / rate step by step, as the reference implementation does, so its length
 * matches the reference's exactly. Immutable and thread-safe; each call allocates its result.
 */
public final class Swarii {
    private final double windowS;
    private final double rateHz;

    /**
     * @param windowS window width in seconds
     * @param rateHz  output sample rate
     */
    public Swarii(double windowS, double rateHz) {
        if (!(windowS > 0.0) || !(rateHz > 0.0)) {
            throw new IllegalArgumentException("window and rate must be positive, got " + windowS + " s and "
                    + rateHz + " Hz");
        }
        this.windowS = windowS;
        this.rateHz = rateHz;
    }

    /** Uniformly sampled result: times and one array per channel, all of {@link #length()} samples. */
    public static final class Resampled {
        private final double[] timeS;
        private final double[][] channels;

        Resampled(double[] timeS, double[][] channels) {
            this.timeS = timeS;
            this.channels = channels;
        }

        /** @return number of output samples */
        public int length() {
            return timeS.length;
        }

        /** @return the output times in seconds; the caller may keep and modify the array */
        public double[] timeS() {
            return timeS;
        }

        /** @return output channel {@code index}; the caller may keep and modify the array */
        public double[] channel(int index) {
            return channels[index];
        }
    }

    /**
     * @param timeS    input times in seconds, strictly increasing; {@code timeS[0..length)} is read
     * @param length   number of input samples, at least 2
     * @param channels input channels, each with at least {@code length} values; not kept
     * @return the resampled channels
     */
    public Resampled resample(double[] timeS, int length, double[]... channels) {
        if (length < 2) {
            throw new IllegalArgumentException("SWARII needs at least 2 samples, got " + length);
        }
        for (int i = 1; i < length; i++) {
            if (!(timeS[i] > timeS[i - 1])) {
                throw new IllegalArgumentException("times must increase strictly; sample " + i + " at "
                        + timeS[i] + " s follows " + timeS[i - 1] + " s");
            }
        }
        int channelCount = channels.length;
        double half = windowS * 0.5;
        double step = 1.0 / rateHz;
        double first = timeS[0];
        double last = timeS[length - 1];
        int capacity = (int) Math.ceil((last - Math.max(0.0, first)) * rateHz) + 2;
        double[] gridS = new double[capacity];
        double[][] values = new double[channelCount][capacity];
        int produced = 0;
        int lo = 0;
        boolean missing = false;
        double current = Math.max(0.0, first);
        while (current < last) {
            while (lo < length && timeS[lo] < current && !(Math.abs(timeS[lo] - current) < half)) {
                lo++;
            }
            int hi = lo;
            while (hi < length && Math.abs(timeS[hi] - current) < half) {
                hi++;
            }
            if (hi == lo) {
                missing = true;
            } else {
                if (produced == gridS.length) {
                    gridS = java.util.Arrays.copyOf(gridS, 2 * produced);
                    for (int c = 0; c < channelCount; c++) {
                        values[c] = java.util.Arrays.copyOf(values[c], 2 * produced);
                    }
                }
                gridS[produced] = current;
                average(timeS, length, channels, lo, hi, current, half, values, produced);
                produced++;
            }
            current += step;
        }
        if (produced == 0) {
            throw new IllegalArgumentException("no input sample falls inside any SWARII window");
        }
        double[] outTime = java.util.Arrays.copyOf(gridS, produced);
        double[][] out = new double[channelCount][];
        for (int c = 0; c < channelCount; c++) {
            out[c] = java.util.Arrays.copyOf(values[c], produced);
        }
        if (missing) {
            return interpolateGaps(outTime, out, step);
        }
        return new Resampled(outTime, out);
    }

    private static void average(double[] timeS, int length, double[][] channels, int lo, int hi, double current,
                                double half, double[][] values, int slot) {
        if (hi - lo == 1) {
            for (int c = 0; c < channels.length; c++) {
                values[c][slot] = channels[c][lo];
            }
            return;
        }
        for (int c = 0; c < channels.length; c++) {
            values[c][slot] = 0.0;
        }
        double weight = 0.0;
        for (int t = lo; t < hi; t++) {
            double left = (t == lo || t == 0) ? Math.max(timeS[0], current - half) : 0.5 * (timeS[t] + timeS[t - 1]);
            double right = t == hi - 1 ? Math.min(timeS[length - 1], current + half)
                    : 0.5 * (timeS[t + 1] + timeS[t]);
            double w = right - left;
            for (int c = 0; c < channels.length; c++) {
                values[c][slot] += channels[c][t] * w;
            }
            weight += w;
        }
        for (int c = 0; c < channels.length; c++) {
            values[c][slot] /= weight;
        }
    }

    /** Linear interpolation onto first, first + step, ... (below the last filled time), like numpy's arange. */
    private static Resampled interpolateGaps(double[] filledS, double[][] filled, double step) {
        double start = filledS[0];
        double stop = filledS[filledS.length - 1];
        int count = (int) Math.ceil((stop - start) / step);
        double[] gridS = new double[count];
        double[][] out = new double[filled.length][count];
        int seg = 0;
        for (int i = 0; i < count; i++) {
            double t = start + i * step;
            gridS[i] = t;
            while (seg < filledS.length - 2 && filledS[seg + 1] < t) {
                seg++;
            }
            double t0 = filledS[seg];
            double t1 = filledS[seg + 1];
            double fraction = (t - t0) / (t1 - t0);
            for (int c = 0; c < filled.length; c++) {
                double v0 = filled[c][seg];
                double v1 = filled[c][seg + 1];
                out[c][i] = v0 + (v1 - v0) * fraction;
            }
        }
        return new Resampled(gridS, out);
    }
}
