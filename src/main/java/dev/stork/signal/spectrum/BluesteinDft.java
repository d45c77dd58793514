package dev.stork.signal.spectrum;

import java.util.Arrays;

/**
 * Discrete Fourier transform X[k] = sum_n x[n] exp(-2 pi i n k / N) of any length N, for {@code outputBins}
 * consecutive values of k from {@code firstBin} on (negative k means N + k), of an input whose samples from
 * {@code inputLength} on are zero (a zero-padded segment). A power-of-two N with full input and output goes
 * straight to a {@link Radix2Fft}; anything else uses Bluestein's chirp-z algorithm, a circular convolution of
 * power-of-two length M >= inputLength + outputBins - 1 done with two FFTs of length M (the chirp's own transform is
 * tabulated), so the cost is O(M log M) for every N and shrinks with the part of the spectrum asked for.
 *
 * <p>All buffers and the chirp are prepared at construction; {@link #transform} does not allocate. One instance must
 * not be used by two threads at once.
 */
public final class BluesteinDft {
    private final int length;
    private final int inputLength;
    private final double[] inputChirpRe;
    private final double[] inputChirpIm;
    private final int outputBins;
    private final boolean direct;
    private final Radix2Fft fft;
    private final double[] workRe;
    private final double[] workIm;
    private final double[] chirpRe;
    private final double[] chirpIm;
    private final double[] kernelRe;
    private final double[] kernelIm;

    /** Full transform: all N inputs, all N outputs. */
    public BluesteinDft(int length) {
        this(length, length, 0, length);
    }

    /**
     * @param length      transform length N, at least 1
     * @param inputLength how many leading input samples may be non-zero, 1..N
     * @param firstBin    the first k computed; may be negative
     * @param outputBins  how many consecutive bins are wanted, at least 1 (more than N repeats periodically)
     */
    public BluesteinDft(int length, int inputLength, int firstBin, int outputBins) {
        if (length < 1 || inputLength < 1 || inputLength > length || outputBins < 1) {
            throw new IllegalArgumentException("need 1 <= inputLength <= length and outputBins >= 1, got length "
                    + length + ", inputLength " + inputLength + ", outputBins " + outputBins);
        }
        this.length = length;
        this.inputLength = inputLength;
        this.outputBins = outputBins;
        this.direct = Integer.bitCount(length) == 1 && inputLength == length && firstBin == 0
                && outputBins == length;
        int m = direct ? length : Integer.highestOneBit(inputLength + outputBins - 1) << 1;
        this.fft = new Radix2Fft(m);
        this.workRe = new double[m];
        this.workIm = new double[m];
        int chirpLength = direct ? 0 : Math.max(inputLength, outputBins);
        this.chirpRe = new double[chirpLength];
        this.chirpIm = new double[chirpLength];
        this.inputChirpRe = new double[direct ? 0 : inputLength];
        this.inputChirpIm = new double[direct ? 0 : inputLength];
        this.kernelRe = new double[direct ? 0 : m];
        this.kernelIm = new double[direct ? 0 : m];
        if (direct) {
            return;
        }
        long twiceLength = 2L * length;
        for (int n = 0; n < chirpLength; n++) {
            // c[n] = exp(-i pi n^2 / N); n^2 mod 2N keeps the angle small and exact
            long squared = ((long) n * n) % twiceLength;
            double angle = Math.PI * squared / length;
            chirpRe[n] = Math.cos(angle);
            chirpIm[n] = -Math.sin(angle);
        }
        // the input also turns by exp(-2 pi i n firstBin / N) so that output k is bin firstBin + k
        long shift = Math.floorMod((long) firstBin, (long) length);
        for (int n = 0; n < inputLength; n++) {
            long turns = (2L * n * shift) % twiceLength;
            double angle = Math.PI * turns / length;
            double re = Math.cos(angle);
            double im = -Math.sin(angle);
            inputChirpRe[n] = chirpRe[n] * re - chirpIm[n] * im;
            inputChirpIm[n] = chirpRe[n] * im + chirpIm[n] * re;
        }
        // kernel conj(c[m]) for m = -(inputLength - 1) .. outputBins - 1, stored circularly; c is even in m
        for (int n = 0; n < outputBins; n++) {
            kernelRe[n] = chirpRe[n];
            kernelIm[n] = -chirpIm[n];
        }
        for (int n = 1; n < inputLength; n++) {
            kernelRe[m - n] = chirpRe[n];
            kernelIm[m - n] = -chirpIm[n];
        }
        fft.forward(kernelRe, kernelIm);
    }

    /** @return the transform length N */
    public int length() {
        return length;
    }

    /**
     * Reads {@code (re, im)[0..inputLength)} and writes X[firstBin + k] into {@code (re, im)[k]} for
     * k in [0, outputBins).
     * The arrays need max(inputLength, outputBins) elements and are not kept.
     */
    public void transform(double[] re, double[] im) {
        if (direct) {
            fft.forward(re, im);
            return;
        }
        int m = workRe.length;
        for (int n = 0; n < inputLength; n++) {
            workRe[n] = re[n] * inputChirpRe[n] - im[n] * inputChirpIm[n];
            workIm[n] = re[n] * inputChirpIm[n] + im[n] * inputChirpRe[n];
        }
        Arrays.fill(workRe, inputLength, m, 0.0);
        Arrays.fill(workIm, inputLength, m, 0.0);
        fft.forward(workRe, workIm);
        for (int k = 0; k < m; k++) {
            double r = workRe[k] * kernelRe[k] - workIm[k] * kernelIm[k];
            double i = workRe[k] * kernelIm[k] + workIm[k] * kernelRe[k];
            workRe[k] = r;
            workIm[k] = i;
        }
        fft.inverse(workRe, workIm);
        for (int k = 0; k < outputBins; k++) {
            re[k] = workRe[k] * chirpRe[k] - workIm[k] * chirpIm[k];
            im[k] = workRe[k] * chirpIm[k] + workIm[k] * chirpRe[k];
        }
    }
}
