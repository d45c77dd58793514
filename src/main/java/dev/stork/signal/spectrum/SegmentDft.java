package dev.stork.signal.spectrum;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * The discrete Fourier transform X[k] = sum_n x[n] exp(-2 pi i n k / N) of a zero-padded segment (samples from
 * {@code inputLength} on are zero), returning {@code outputBins} consecutive bins from {@code firstBin} on
 * (negative k means N + k): what {@link Welch} needs per segment. Two engines, chosen by N:
 * <ul>
 * <li>N with no prime factor above 5 (3000 = 2³·3·5³, 1500, any power of two): JTransforms' mixed-radix
 * {@link DoubleFFT_1D}, a single N-point transform;</li>
 * <li>any other N (1497 = 3·499): {@link BluesteinDft}, a chirp-z transform of just the bins asked for, whose
 * power-of-two length follows the segment and the bins rather than 2N as a full Bluestein transform does.</li>
 * </ul>
 *
 * <p>Buffers are prepared at construction. JTransforms allocates one scratch array of 2N doubles per mixed-radix
 * transform; whole-trial spectra run once per trial, off the per-sample path, so that is accepted here. One
 * instance must not be used by two threads at once.
 */
public final class SegmentDft {
    private final int length;
    private final int inputLength;
    private final int firstBin;
    private final int outputBins;
    private final DoubleFFT_1D fft;
    private final double[] interleaved;
    private final BluesteinDft chirpZ;

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
        boolean smooth = largestPrimeFactor(length) <= 5;
        this.fft = smooth ? new DoubleFFT_1D(length) : null;
        this.interleaved = smooth ? new double[2 * length] : null;
        this.chirpZ = smooth ? null : new BluesteinDft(length, inputLength, firstBin, outputBins);
    }

    static int largestPrimeFactor(int n) {
        int rest = n;
        int largest = 1;
        for (int p = 2; (long) p * p <= rest; p++) {
            while (rest % p == 0) {
                largest = p;
                rest /= p;
            }
        }
        return Math.max(largest, rest);
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
        if (chirpZ != null) {
            chirpZ.transform(re, im);
            return;
        }
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
