package dev.stork.signal.spectrum;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * The discrete Fourier transform X[k] = sum_n x[n] exp(-2 pi i n k / N) of a zero-padded segment (samples from
 * {@code inputLength} on are zero), returning {@code outputBins} consecutive bins from {@code firstBin} on
 * (negative k means N + k): what {@link Welch} needs per segment. The transform itself is JTransforms'
 * {@link DoubleFFT_1D}, which handles any N (mixed radix 2, 3, 4 and 5, Bluestein beyond), so a 3000-point
 * segment costs a 3000-point transform rather than a padded power of two.
 *
 * <p>Buffers are prepared at construction. JTransforms itself allocates one scratch array of 2N doubles per
 * transform when N is not a power of two; whole-trial spectra run once per trial, off the per-sample path, so that
 * is accepted here. One instance must not be used by two threads at once.
 */
public final class SegmentDft {
    private final int length;
    private final int inputLength;
    private final int firstBin;
    private final int outputBins;
    private final DoubleFFT_1D fft;
    private final double[] interleaved;

    /**
     * @param length      transform length N, at least 1
     * @param inputLength how many leading input samples may be non-zero, 1..N
     * @param firstBin    the first k returned; may be negative
     * @param outputBins  how many consecutive bins are wanted, at least 1 (more than N repeats periodically)
     */
    public SegmentDft(int length, int inputLength, int firstBin, int outputBins) {
        if (length < 1 || inputLength < 1 || inputLength > length || outputBins < 1) {
            throw new IllegalArgumentException("need 1 <= inputLength <= length and outputBins >= 1, got length "
                    + length + ", inputLength " + inputLength + ", outputBins " + outputBins);
        }
        this.length = length;
        this.inputLength = inputLength;
        this.firstBin = firstBin;
        this.outputBins = outputBins;
        this.fft = new DoubleFFT_1D(length);
        this.interleaved = new double[2 * length];
    }

    /** @return the transform length N */
    public int length() {
        return length;
    }

    /**
     * Reads {@code (re, im)[0..inputLength)} and writes X[firstBin + k] into {@code (re, im)[k]} for
     * k in [0, outputBins). The arrays need max(inputLength, outputBins) elements and are not kept.
     */
    public void transform(double[] re, double[] im) {
        for (int n = 0; n < inputLength; n++) {
            interleaved[2 * n] = re[n];
            interleaved[2 * n + 1] = im[n];
        }
        java.util.Arrays.fill(interleaved, 2 * inputLength, 2 * length, 0.0);
        fft.complexForward(interleaved);
        int bin = Math.floorMod(firstBin, length);
        for (int k = 0; k < outputBins; k++) {
            re[k] = interleaved[2 * bin];
            im[k] = interleaved[2 * bin + 1];
            bin = bin + 1 == length ? 0 : bin + 1;
        }
    }
}
