package dev.stork.signal.spectrum;

import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;

/**
 * Forward discrete Fourier transform X[k] = sum_n x[n] exp(-2 pi i n k / N) for any length N. A power-of-two N goes
 * straight to commons-math's in-place FFT; any other N uses Bluestein's chirp-z algorithm, a circular convolution
 * of power-of-two length M >= 2N - 1 done with three FFTs of length M, so the cost is O(N log N) for every N.
 *
 * <p>All buffers and the chirp are prepared at construction; {@link #transform} does not allocate. One instance must
 * not be used by two threads at once.
 */
public final class BluesteinDft {
    private final int length;
    private final boolean direct;
    private final double[][] work;
    private final double[] chirpRe;
    private final double[] chirpIm;
    private final double[][] kernelSpectrum;

    /** @param length transform length N, at least 1 */
    public BluesteinDft(int length) {
        if (length < 1) {
            throw new IllegalArgumentException("DFT length must be positive, got " + length);
        }
        this.length = length;
        this.direct = Integer.bitCount(length) == 1;
        if (direct) {
            this.work = new double[2][length];
            this.chirpRe = new double[0];
            this.chirpIm = new double[0];
            this.kernelSpectrum = new double[2][0];
            return;
        }
        int convolution = Integer.highestOneBit(2 * length - 1) << 1;
        this.work = new double[2][convolution];
        this.chirpRe = new double[length];
        this.chirpIm = new double[length];
        long twiceLength = 2L * length;
        for (int n = 0; n < length; n++) {
            // n^2 mod 2N keeps the angle small and exact for large n
            long squared = ((long) n * n) % twiceLength;
            double angle = Math.PI * squared / length;
            chirpRe[n] = Math.cos(angle);
            chirpIm[n] = -Math.sin(angle);
        }
        this.kernelSpectrum = new double[2][convolution];
        kernelSpectrum[0][0] = chirpRe[0];
        kernelSpectrum[1][0] = -chirpIm[0];
        for (int n = 1; n < length; n++) {
            kernelSpectrum[0][n] = chirpRe[n];
            kernelSpectrum[1][n] = -chirpIm[n];
            kernelSpectrum[0][convolution - n] = chirpRe[n];
            kernelSpectrum[1][convolution - n] = -chirpIm[n];
        }
        FastFourierTransformer.transformInPlace(kernelSpectrum, DftNormalization.STANDARD, TransformType.FORWARD);
    }

    /** @return the transform length N */
    public int length() {
        return length;
    }

    /**
     * Transforms the complex sequence {@code (re[0..N), im[0..N))} in place. The arrays are not kept.
     */
    public void transform(double[] re, double[] im) {
        double[] wr = work[0];
        double[] wi = work[1];
        if (direct) {
            System.arraycopy(re, 0, wr, 0, length);
            System.arraycopy(im, 0, wi, 0, length);
            FastFourierTransformer.transformInPlace(work, DftNormalization.STANDARD, TransformType.FORWARD);
            System.arraycopy(wr, 0, re, 0, length);
            System.arraycopy(wi, 0, im, 0, length);
            return;
        }
        int m = wr.length;
        for (int n = 0; n < length; n++) {
            wr[n] = re[n] * chirpRe[n] - im[n] * chirpIm[n];
            wi[n] = re[n] * chirpIm[n] + im[n] * chirpRe[n];
        }
        java.util.Arrays.fill(wr, length, m, 0.0);
        java.util.Arrays.fill(wi, length, m, 0.0);
        FastFourierTransformer.transformInPlace(work, DftNormalization.STANDARD, TransformType.FORWARD);
        double[] kr = kernelSpectrum[0];
        double[] ki = kernelSpectrum[1];
        for (int k = 0; k < m; k++) {
            double r = wr[k] * kr[k] - wi[k] * ki[k];
            double i = wr[k] * ki[k] + wi[k] * kr[k];
            wr[k] = r;
            wi[k] = i;
        }
        // inverse with 1/M scaling
        FastFourierTransformer.transformInPlace(work, DftNormalization.STANDARD, TransformType.INVERSE);
        for (int k = 0; k < length; k++) {
            re[k] = wr[k] * chirpRe[k] - wi[k] * chirpIm[k];
            im[k] = wr[k] * chirpIm[k] + wi[k] * chirpRe[k];
        }
    }
}
