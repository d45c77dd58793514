package dev.stork.signal.spectrum;

/**
 * Hann window coefficients as scipy's {@code get_window('hann', n)} (periodic, for spectral analysis) and
 * {@code windows.hann(n)} (symmetric, for filter design).
 */
public final class HannWindow {
    private HannWindow() {
    }

    /** @return a new array of n periodic Hann weights: the first n of a symmetric window of n + 1 */
    public static double[] periodic(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("window length must be positive, got " + n);
        }
        double[] symmetric = symmetric(n + 1);
        double[] w = new double[n];
        System.arraycopy(symmetric, 0, w, 0, n);
        return w;
    }

    /** @return a new array of n symmetric Hann weights, 0 at both ends (1 for n = 1) */
    public static double[] symmetric(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("window length must be positive, got " + n);
        }
        double[] w = new double[n];
        if (n == 1) {
            w[0] = 1.0;
            return w;
        }
        // scipy evaluates 0.5 + 0.5 cos(phase) on phases spaced evenly from -pi to pi
        double step = 2.0 * Math.PI / (n - 1);
        for (int i = 0; i < n; i++) {
            double phase = i == n - 1 ? Math.PI : -Math.PI + i * step;
            w[i] = 0.5 + 0.5 * Math.cos(phase);
        }
        return w;
    }
}
