package dev.stork.signal.spectrum;

/**
 * In-place complex FFT of a power-of-two length on separate real and imaginary arrays, with the twiddle factors
 * and the bit-reversal permutation tabulated at construction. It exists because the whole-trial analysis must fit
 * in a few milliseconds: commons-math's {@code FastFourierTransformer.transformInPlace} recomputes its twiddles
 * on every call and measured several times slower here.
 *
 * <p>{@link #forward} computes X[k] = sum_n x[n] exp(-2 pi i n k / N); {@link #inverse} the inverse including
 * the 1/N factor. Neither allocates. Immutable tables, so an instance may be shared between threads as long as
 * each call works on its own arrays.
 */
public final class Radix2Fft {
    private final int length;
    /** Twiddles of all stages back to back: stage with half-size h starts at h - 1 and holds h factors. */
    private final double[] cos;
    private final double[] sin;
    private final int[] swapFrom;
    private final int[] swapTo;

    /** @param length transform length, a power of two */
    public Radix2Fft(int length) {
        if (length < 1 || Integer.bitCount(length) != 1) {
            throw new IllegalArgumentException("FFT length must be a power of two, got " + length);
        }
        this.length = length;
        this.cos = new double[Math.max(1, length - 1)];
        this.sin = new double[Math.max(1, length - 1)];
        for (int half = 1; half < length; half <<= 1) {
            for (int j = 0; j < half; j++) {
                // exp(-2 pi i j / size) with size = 2 half, taken from the full-circle angle for accuracy
                double angle = Math.PI * j / half;
                cos[half - 1 + j] = Math.cos(angle);
                sin[half - 1 + j] = Math.sin(angle);
            }
        }
        int bits = Integer.numberOfTrailingZeros(length);
        int swaps = 0;
        int[] from = new int[length];
        int[] to = new int[length];
        for (int i = 0; i < length; i++) {
            int j = bits == 0 ? 0 : Integer.reverse(i) >>> (32 - bits);
            if (j > i) {
                from[swaps] = i;
                to[swaps] = j;
                swaps++;
            }
        }
        this.swapFrom = java.util.Arrays.copyOf(from, swaps);
        this.swapTo = java.util.Arrays.copyOf(to, swaps);
    }

    /** @return the transform length */
    public int length() {
        return length;
    }

    /** Forward transform of {@code (re, im)[0..length)} in place; the arrays are not kept. */
    public void forward(double[] re, double[] im) {
        transform(re, im, -1.0);
    }

    /** Inverse transform with 1/N scaling of {@code (re, im)[0..length)} in place; the arrays are not kept. */
    public void inverse(double[] re, double[] im) {
        transform(re, im, 1.0);
        double scale = 1.0 / length;
        for (int i = 0; i < length; i++) {
            re[i] *= scale;
            im[i] *= scale;
        }
    }

    private void transform(double[] re, double[] im, double sign) {
        for (int s = 0; s < swapFrom.length; s++) {
            int i = swapFrom[s];
            int j = swapTo[s];
            double t = re[i];
            re[i] = re[j];
            re[j] = t;
            t = im[i];
            im[i] = im[j];
            im[j] = t;
        }
        if (length >= 2) {
            // first stage: twiddle 1
            for (int a = 0; a < length; a += 2) {
                double tr = re[a + 1];
                double ti = im[a + 1];
                re[a + 1] = re[a] - tr;
                im[a + 1] = im[a] - ti;
                re[a] += tr;
                im[a] += ti;
            }
        }
        for (int half = 2; half < length; half <<= 1) {
            int size = half << 1;
            int table = half - 1;
            for (int start = 0; start < length; start += size) {
                for (int j = 0; j < half; j++) {
                    double wr = cos[table + j];
                    double wi = sign * sin[table + j];
                    int a = start + j;
                    int b = a + half;
                    double tr = re[b] * wr - im[b] * wi;
                    double ti = re[b] * wi + im[b] * wr;
                    re[b] = re[a] - tr;
                    im[b] = im[a] - ti;
                    re[a] += tr;
                    im[a] += ti;
                }
            }
        }
    }
}
