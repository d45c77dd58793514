package dev.stork.signal.spectrum;

import java.util.Arrays;

/**
 * Welch's power spectral density estimate with the semantics of {@code scipy.signal.welch(x, fs, window, nperseg,
 * noverlap, nfft, detrend)}, one-sided density scaling and mean averaging: the signal is cut into segments of
 * {@code segmentLength} samples advancing by {@code segmentLength - overlap} (a trailing partial segment is
 * dropped), each segment is detrended, multiplied by the window, zero-padded to {@code fftLength} and transformed;
 * |X|^2 / (fs * sum(w^2)) is doubled except at 0 Hz and, for even {@code fftLength}, at the Nyquist frequency, and
 * averaged over segments. Units: signal unit squared per Hz. Optionally only the bins up to a maximum frequency
 * are estimated, which makes the transform cheaper.
 *
 * <p>Buffers are allocated at construction; the estimate methods do not allocate. One instance must not be used by
 * two threads at once.
 */
public final class Welch {
    private final double sampleRateHz;
    private final int segmentLength;
    private final int step;
    private final int fftLength;
    private final double[] window;
    private final Detrend detrend;
    private final double scale;
    private final int bins;
    private final SegmentDft dft;
    private final double[] re;
    private final double[] im;
    private final double[] segment;

    /**
     * @param sampleRateHz  sample rate fs
     * @param segmentLength samples per segment (scipy's nperseg)
     * @param overlap       samples shared by consecutive segments (noverlap), less than segmentLength
     * @param fftLength     transform length (nfft), at least segmentLength; any length is fine
     * @param window        segmentLength weights, e.g. {@link HannWindow#periodic(int)}; copied
     * @param detrend       what to remove from each segment
     */
    public Welch(double sampleRateHz, int segmentLength, int overlap, int fftLength, double[] window,
                 Detrend detrend) {
        this(sampleRateHz, segmentLength, overlap, fftLength, window, detrend, Double.POSITIVE_INFINITY);
    }

    /**
     * Like {@link #Welch(double, int, int, int, double[], Detrend)} but estimating only the bins at or below
     * {@code maxFrequencyHz}.
     */
    public Welch(double sampleRateHz, int segmentLength, int overlap, int fftLength, double[] window,
                 Detrend detrend, double maxFrequencyHz) {
        if (!(sampleRateHz > 0.0)) {
            throw new IllegalArgumentException("sample rate must be positive, got " + sampleRateHz);
        }
        if (segmentLength < 1 || overlap < 0 || overlap >= segmentLength) {
            throw new IllegalArgumentException("need 0 <= overlap < segmentLength, got overlap " + overlap
                    + " and segmentLength " + segmentLength);
        }
        if (fftLength < segmentLength) {
            throw new IllegalArgumentException("fftLength " + fftLength + " is shorter than the segment "
                    + segmentLength);
        }
        if (window.length != segmentLength) {
            throw new IllegalArgumentException("window has " + window.length + " weights, segment "
                    + segmentLength + " samples");
        }
        this.sampleRateHz = sampleRateHz;
        this.segmentLength = segmentLength;
        this.step = segmentLength - overlap;
        this.fftLength = fftLength;
        this.window = window.clone();
        this.detrend = detrend;
        double sumSquares = 0.0;
        for (double w : window) {
            sumSquares += w * w;
        }
        this.scale = 1.0 / (sampleRateHz * sumSquares);
        int wanted = 0;
        while (wanted < fftLength / 2 + 1 && frequencyHz(wanted) <= maxFrequencyHz) {
            wanted++;
        }
        if (wanted == 0) {
            throw new IllegalArgumentException("no bin at or below " + maxFrequencyHz + " Hz");
        }
        this.bins = wanted;
        // bins -(bins-1) .. bins-1: the positive ones and their mirrors, which separate the pair estimate
        this.dft = new SegmentDft(fftLength, segmentLength, -(bins - 1), 2 * bins - 1);
        this.re = new double[Math.max(segmentLength, 2 * bins - 1)];
        this.im = new double[Math.max(segmentLength, 2 * bins - 1)];
        this.segment = new double[segmentLength];
    }

    /** @return the number of one-sided frequency bins estimated: fftLength / 2 + 1, or fewer up to a maximum */
    public int binCount() {
        return bins;
    }

    /** @return the frequency of bin k in Hz, computed like numpy's {@code rfftfreq(nfft, 1 / fs)} */
    public double frequencyHz(int k) {
        double spacing = 1.0 / (fftLength * (1.0 / sampleRateHz));
        return k * spacing;
    }

    /** @return how many segments a signal of {@code length} samples yields */
    public int segmentCount(int length) {
        return length < segmentLength ? 0 : (length - segmentLength) / step + 1;
    }

    /**
     * PSD of one signal.
     *
     * @param x      signal; {@code x[0..length)} is read, not kept
     * @param psdOut receives {@link #binCount()} values
     * @throws IllegalArgumentException if the signal is shorter than one segment
     */
    public void estimate(double[] x, int length, double[] psdOut) {
        int segments = requireSegments(length);
        Arrays.fill(psdOut, 0, bins, 0.0);
        for (int s = 0; s < segments; s++) {
            prepare(x, s * step, re);
            Arrays.fill(im, 0, segmentLength, 0.0);
            dft.transform(re, im);
            for (int k = 0; k < bins; k++) {
                int at = bins - 1 + k;
                psdOut[k] += re[at] * re[at] + im[at] * im[at];
            }
        }
        finish(psdOut, segments);
    }

    /**
     * PSDs of two signals of the same length at the cost of one: x goes in the real part and y in the imaginary
     * part of a single transform per segment, and the two spectra are separated by conjugate symmetry.
     *
     * @param x       first signal; {@code x[0..length)} is read, not kept
     * @param y       second signal, same length
     * @param psdXOut receives {@link #binCount()} values for x
     * @param psdYOut receives {@link #binCount()} values for y
     */
    public void estimatePair(double[] x, double[] y, int length, double[] psdXOut, double[] psdYOut) {
        int segments = requireSegments(length);
        Arrays.fill(psdXOut, 0, bins, 0.0);
        Arrays.fill(psdYOut, 0, bins, 0.0);
        for (int s = 0; s < segments; s++) {
            prepare(x, s * step, re);
            prepare(y, s * step, im);
            dft.transform(re, im);
            for (int k = 0; k < bins; k++) {
                int at = bins - 1 + k;
                int mirror = bins - 1 - k;
                // X[k] = (Z[k] + conj(Z[-k])) / 2, Y[k] = (Z[k] - conj(Z[-k])) / 2i
                double xr = 0.5 * (re[at] + re[mirror]);
                double xi = 0.5 * (im[at] - im[mirror]);
                double yr = 0.5 * (im[at] + im[mirror]);
                double yi = 0.5 * (re[mirror] - re[at]);
                psdXOut[k] += xr * xr + xi * xi;
                psdYOut[k] += yr * yr + yi * yi;
            }
        }
        finish(psdXOut, segments);
        finish(psdYOut, segments);
    }

    private int requireSegments(int length) {
        int segments = segmentCount(length);
        if (segments == 0) {
            throw new IllegalArgumentException("signal of " + length + " samples is shorter than one segment of "
                    + segmentLength);
        }
        return segments;
    }

    /** Detrends and windows one segment into {@code target[0..segmentLength)}; the transform treats the rest as 0. */
    private void prepare(double[] x, int start, double[] target) {
        System.arraycopy(x, start, segment, 0, segmentLength);
        removeTrend(segment, segmentLength, detrend);
        for (int i = 0; i < segmentLength; i++) {
            target[i] = segment[i] * window[i];
        }
    }

    private void finish(double[] psd, int segments) {
        // every bin but 0 Hz and, for even fftLength, the Nyquist bin stands for two
        int nyquist = fftLength % 2 == 0 ? fftLength / 2 : -1;
        for (int k = 0; k < bins; k++) {
            double value = psd[k] * scale;
            if (k >= 1 && k != nyquist) {
                value *= 2.0;
            }
            psd[k] = value / segments;
        }
    }

    /** Removes the mean or the least-squares line from {@code data[0..n)} in place. */
    static void removeTrend(double[] data, int n, Detrend detrend) {
        if (detrend == Detrend.NONE) {
            return;
        }
        double mean = 0.0;
        for (int i = 0; i < n; i++) {
            mean += data[i];
        }
        mean /= n;
        if (detrend == Detrend.CONSTANT) {
            for (int i = 0; i < n; i++) {
                data[i] -= mean;
            }
            return;
        }
        double centre = 0.5 * (n - 1);
        double sxy = 0.0;
        double sxx = 0.0;
        for (int i = 0; i < n; i++) {
            double t = i - centre;
            sxy += t * (data[i] - mean);
            sxx += t * t;
        }
        double slope = sxx == 0.0 ? 0.0 : sxy / sxx;
        for (int i = 0; i < n; i++) {
            data[i] -= mean + slope * (i - centre);
        }
    }
}
