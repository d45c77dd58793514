package dev.stork.signal.spectrum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Welch estimates checked with Parseval's theorem, a pure tone and the segmenting rule. */
class WelchTest {

    /**
     * One boxcar segment, no detrending: the one-sided density integrates (sum times bin width) to the mean
     * square of the signal exactly, for even and odd transform lengths and with zero padding. Tolerance 1e-12
     * relative.
     */
    @ParameterizedTest
    @ValueSource(ints = {256, 250, 251, 747})
    void parsevalWithBoxcar(int fftLength) {
        int n = 250;
        double fs = 25.0;
        double[] x = noise(n, 1);
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1.0);
        Welch welch = new Welch(fs, n, 0, fftLength, ones, Detrend.NONE);
        double[] psd = new double[welch.binCount()];
        welch.estimate(x, n, psd);
        double binHz = welch.frequencyHz(1);
        double meanSquare = 0.0;
        for (double v : x) {
            meanSquare += v * v;
        }
        meanSquare /= n;
        // zero padding spreads the same energy over more, narrower bins; the integral stays sum(x^2) / n
        double integral = 0.0;
        for (double p : psd) {
            integral += p * binHz;
        }
        assertEquals(meanSquare, integral, 1e-12 * meanSquare);
    }

    /**
     * With a Hann window the density integrates to sum((w x)^2) / sum(w^2) per segment, averaged over segments.
     * Tolerance 1e-12 relative.
     */
    @Test
    void parsevalWithHannAndOverlap() {
        int n = 1000;
        double[] x = noise(n, 2);
        double[] w = HannWindow.periodic(250);
        Welch welch = new Welch(25.0, 250, 125, 250, w, Detrend.NONE);
        double[] psd = new double[welch.binCount()];
        welch.estimate(x, n, psd);
        int segments = welch.segmentCount(n);
        assertEquals(7, segments, "(1000 - 250) / 125 + 1");
        double sumW2 = 0.0;
        for (double v : w) {
            sumW2 += v * v;
        }
        double expected = 0.0;
        for (int s = 0; s < segments; s++) {
            for (int i = 0; i < 250; i++) {
                double v = w[i] * x[s * 125 + i];
                expected += v * v;
            }
        }
        expected /= sumW2 * segments;
        double integral = 0.0;
        for (double p : psd) {
            integral += p * welch.frequencyHz(1);
        }
        assertEquals(expected, integral, 1e-12 * expected);
    }

    /** A 2 Hz tone of amplitude 3 on a bin: the peak is at 2 Hz and the band around it holds 9/2 (1e-9). */
    @Test
    void toneAppearsAtItsFrequencyWithItsPower() {
        double fs = 25.0;
        int n = 2500;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 3.0 * Math.sin(2 * Math.PI * 2.0 * i / fs) + 0.5;
        }
        Welch welch = new Welch(fs, 250, 125, 250, HannWindow.periodic(250), Detrend.CONSTANT);
        double[] psd = new double[welch.binCount()];
        welch.estimate(x, n, psd);
        int peak = 0;
        for (int k = 1; k < psd.length; k++) {
            if (psd[k] > psd[peak]) {
                peak = k;
            }
        }
        assertEquals(2.0, welch.frequencyHz(peak), 1e-12);
        double band = 0.0;
        for (int k = peak - 1; k <= peak + 1; k++) {
            band += psd[k] * welch.frequencyHz(1);
        }
        assertEquals(4.5, band, 1e-9);
        assertEquals(0.0, psd[0], 1e-20, "constant detrending removes the offset");
    }

    @Test
    void linearDetrendRemovesARamp() {
        double[] x = new double[500];
        for (int i = 0; i < x.length; i++) {
            x[i] = 4.0 - 0.03 * i;
        }
        Welch welch = new Welch(25.0, 250, 125, 500, HannWindow.periodic(250), Detrend.LINEAR);
        double[] psd = new double[welch.binCount()];
        welch.estimate(x, x.length, psd);
        for (double p : psd) {
            assertEquals(0.0, p, 1e-24);
        }
    }

    /** The two-for-one transform separates the spectra to rounding (1e-12 relative to the largest bin). */
    @Test
    void pairEstimateEqualsTwoSingleEstimates() {
        int n = 1497;
        double[] x = noise(n, 3);
        double[] y = noise(n, 4);
        Welch welch = new Welch(25.0, 250, 125, n, HannWindow.periodic(250), Detrend.LINEAR);
        double[] px = new double[welch.binCount()];
        double[] py = new double[welch.binCount()];
        double[] qx = new double[welch.binCount()];
        double[] qy = new double[welch.binCount()];
        welch.estimate(x, n, px);
        welch.estimate(y, n, py);
        welch.estimatePair(x, y, n, qx, qy);
        assertArrayEquals(px, qx, 1e-12 * max(px));
        assertArrayEquals(py, qy, 1e-12 * max(py));
    }

    /** Limiting the bins to a maximum frequency leaves the estimated bins unchanged (1e-12 relative). */
    @Test
    void bandLimitedEstimateMatchesFullEstimate() {
        int n = 1497;
        double[] x = noise(n, 5);
        double[] y = noise(n, 6);
        Welch full = new Welch(25.0, 250, 125, n, HannWindow.periodic(250), Detrend.LINEAR);
        Welch limited = new Welch(25.0, 250, 125, n, HannWindow.periodic(250), Detrend.LINEAR, 5.0);
        assertEquals(300, limited.binCount(), "bins 0 .. 299, the last at 299 * 25 / 1497 = 4.99 Hz");
        double[] px = new double[full.binCount()];
        double[] py = new double[full.binCount()];
        full.estimatePair(x, y, n, px, py);
        double[] qx = new double[limited.binCount()];
        double[] qy = new double[limited.binCount()];
        limited.estimatePair(x, y, n, qx, qy);
        assertArrayEquals(java.util.Arrays.copyOf(px, 300), qx, 1e-12 * max(px));
        assertArrayEquals(java.util.Arrays.copyOf(py, 300), qy, 1e-12 * max(py));
    }

    @Test
    void frequenciesFollowRfftfreq() {
        Welch welch = new Welch(25.0, 250, 125, 748, HannWindow.periodic(250), Detrend.LINEAR);
        assertEquals(375, welch.binCount());
        assertEquals(5 * 25.0 / 748, welch.frequencyHz(5), 1e-15);
    }

    @Test
    void rejectsSignalShorterThanASegment() {
        Welch welch = new Welch(25.0, 250, 125, 250, HannWindow.periodic(250), Detrend.LINEAR);
        assertThrows(IllegalArgumentException.class, () -> welch.estimate(new double[249], 249, new double[126]));
    }

    @Test
    void hannWindowsHaveTheirDefiningValues() {
        double[] symmetric = HannWindow.symmetric(5);
        assertArrayEquals(new double[] {0.0, 0.5, 1.0, 0.5, 0.0}, symmetric, 1e-15);
        double[] periodic = HannWindow.periodic(4);
        assertArrayEquals(new double[] {0.0, 0.5, 1.0, 0.5}, periodic, 1e-15);
    }

    private static double[] noise(int n, long seed) {
        Random random = new Random(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextGaussian();
        }
        return x;
    }

    private static double max(double[] values) {
        double m = 0.0;
        for (double v : values) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
