package dev.stork.signal.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Checks the designs against coefficients derived by hand from the bilinear transform with pre-warping
 * (K = tan(pi fc / fs)), and band-pass designs against their defining magnitude response. Tolerance 1e-13
 * relative to the largest coefficient: the designs differ from the closed forms only by rounding.
 */
class ButterworthDesignTest {
    private static final double TOLERANCE = 1e-13;

    @Test
    void firstOrderLowPassMatchesClosedForm() {
        double k = Math.tan(Math.PI * 5.0 / 100.0);
        TransferFunction tf = ButterworthDesign.lowPass(1, 5.0, 100.0);
        assertArrayEquals(new double[] {k / (1 + k), k / (1 + k)}, tf.numerator(), TOLERANCE);
        assertArrayEquals(new double[] {1.0, (k - 1) / (k + 1)}, tf.denominator(), TOLERANCE);
    }

    @Test
    void secondOrderLowPassMatchesClosedForm() {
        double k = Math.tan(Math.PI * 45.0 / 100.0);
        TransferFunction tf = ButterworthDesign.lowPass(2, 45.0, 100.0);
        assertArrayEquals(section(k, Math.sqrt(2.0), false)[0], tf.numerator(), TOLERANCE);
        assertArrayEquals(section(k, Math.sqrt(2.0), false)[1], tf.denominator(), TOLERANCE);
    }

    @Test
    void secondOrderHighPassMatchesClosedForm() {
        double k = Math.tan(Math.PI * 0.3 / 100.0);
        TransferFunction tf = ButterworthDesign.highPass(2, 0.3, 100.0);
        assertArrayEquals(section(k, Math.sqrt(2.0), true)[0], tf.numerator(), TOLERANCE);
        assertArrayEquals(section(k, Math.sqrt(2.0), true)[1], tf.denominator(), TOLERANCE);
    }

    /** 4th order = two 2nd-order sections with damping 2 cos(pi/8) and 2 cos(3 pi/8), multiplied out. */
    @Test
    void fourthOrderLowPassIsProductOfTwoSections() {
        double k = Math.tan(Math.PI * 10.0 / 25.0);
        double[][] first = section(k, 2 * Math.cos(Math.PI / 8), false);
        double[][] second = section(k, 2 * Math.cos(3 * Math.PI / 8), false);
        TransferFunction tf = ButterworthDesign.lowPass(4, 10.0, 25.0);
        assertArrayEquals(convolve(first[0], second[0]), tf.numerator(), TOLERANCE);
        assertArrayEquals(convolve(first[1], second[1]), tf.denominator(), TOLERANCE);
    }

    @Test
    void bandPassHasUnitGainAtCentreAndHalfPowerAtEdges() {
        double fs = 100.0;
        double low = 2.0;
        double high = 8.0;
        TransferFunction tf = ButterworthDesign.bandPass(3, low, high, fs);
        assertEquals(7, tf.numerator().length, "2 * order + 1 coefficients");
        // the bilinear transform maps the analog centre sqrt(w1 w2) (pre-warped) to this digital frequency
        double centreHz = fs / Math.PI * Math.atan(Math.sqrt(Math.tan(Math.PI * low / fs)
                * Math.tan(Math.PI * high / fs)));
        assertEquals(1.0, magnitude(tf, centreHz, fs), 1e-12);
        // at the steep edges the 7-term polynomials lose a little more to rounding: 1e-10
        assertEquals(Math.sqrt(0.5), magnitude(tf, low, fs), 1e-10);
        assertEquals(Math.sqrt(0.5), magnitude(tf, high, fs), 1e-10);
        assertEquals(0.0, magnitude(tf, 0.0, fs), 1e-12);
        assertEquals(0.0, magnitude(tf, fs / 2, fs), 1e-12);
    }

    @Test
    void highOrderLowPassHasHalfPowerAtCutoff() {
        TransferFunction tf = ButterworthDesign.lowPass(6, 12.0, 100.0);
        assertEquals(1.0, magnitude(tf, 0.0, 100.0), 1e-12);
        assertEquals(Math.sqrt(0.5), magnitude(tf, 12.0, 100.0), 1e-12);
    }

    @Test
    void rejectsCutoffAtOrAboveNyquist() {
        assertThrows(IllegalArgumentException.class, () -> ButterworthDesign.lowPass(4, 12.5, 25.0));
        assertThrows(IllegalArgumentException.class, () -> ButterworthDesign.highPass(4, 0.0, 25.0));
        assertThrows(IllegalArgumentException.class, () -> ButterworthDesign.lowPass(0, 1.0, 25.0));
    }

    /** Bilinear transform of s^2 + d s + 1 (low-pass numerator 1, high-pass numerator s^2). */
    static double[][] section(double k, double damping, boolean highPass) {
        double norm = 1.0 / (1.0 + damping * k + k * k);
        double[] a = {1.0, 2.0 * (k * k - 1.0) * norm, (1.0 - damping * k + k * k) * norm};
        double[] b = highPass ? new double[] {norm, -2.0 * norm, norm}
                : new double[] {k * k * norm, 2.0 * k * k * norm, k * k * norm};
        return new double[][] {b, a};
    }

    static double[] convolve(double[] x, double[] y) {
        double[] out = new double[x.length + y.length - 1];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < y.length; j++) {
                out[i + j] += x[i] * y[j];
            }
        }
        return out;
    }

    /** |H(exp(i w))| evaluated directly from the coefficients. */
    static double magnitude(TransferFunction tf, double frequencyHz, double fs) {
        double w = 2.0 * Math.PI * frequencyHz / fs;
        double[] num = polyAt(tf.numerator(), w);
        double[] den = polyAt(tf.denominator(), w);
        return Math.hypot(num[0], num[1]) / Math.hypot(den[0], den[1]);
    }

    private static double[] polyAt(double[] c, double w) {
        double re = 0.0;
        double im = 0.0;
        for (int n = 0; n < c.length; n++) {
            re += c[n] * Math.cos(w * n);
            im -= c[n] * Math.sin(w * n);
        }
        return new double[] {re, im};
    }
}
