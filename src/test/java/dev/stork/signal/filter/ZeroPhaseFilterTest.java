package dev.stork.signal.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Forward-backward filtering checked on signals whose filtered form is known in closed form. */
class ZeroPhaseFilterTest {

    @Test
    void steadyStateOfFirstOrderFilterMatchesClosedForm() {
        // H = (b0 + b1 z^-1) / (1 + a1 z^-1): a settled unit step leaves zi = (b1 - a1 b0) / (1 + a1)
        double[] b = {0.2, 0.3};
        double[] a = {1.0, -0.5};
        ZeroPhaseFilter filter = new ZeroPhaseFilter(new TransferFunction(b, a), 3, 10);
        assertArrayEquals(new double[] {(0.3 + 0.5 * 0.2) / (1 - 0.5)}, filter.steadyStateForUnitStep(), 1e-15);
    }

    @Test
    void defaultPadLengthsFollowScipyAndMatlab() {
        TransferFunction second = ButterworthDesign.lowPass(2, 45.0, 100.0);
        TransferFunction fourth = ButterworthDesign.lowPass(4, 10.0, 25.0);
        assertEquals(9, ZeroPhaseFilter.scipyDefault(second, 10).padLength(), "3 * max(len(a), len(b))");
        assertEquals(15, ZeroPhaseFilter.scipyDefault(fourth, 20).padLength(), "3 * max(len(a), len(b))");
        assertEquals(6, ZeroPhaseFilter.matlabDefault(second, 10).padLength(), "3 * (nfilt - 1)");
    }

    /** Steady-state initial conditions on both passes leave a constant untouched (1e-12). */
    @Test
    void constantPassesUnchanged() {
        ZeroPhaseFilter filter = ZeroPhaseFilter.scipyDefault(ButterworthDesign.lowPass(4, 10.0, 25.0), 100);
        double[] x = new double[50];
        java.util.Arrays.fill(x, -3.25);
        double[] y = new double[50];
        filter.filter(x, 50, y);
        for (double v : y) {
            assertEquals(-3.25, v, 1e-12);
        }
    }

    /**
     * Away from the ends a sine comes out with amplitude |H(f)|^2 and no phase shift. The comparison starts
     * 400 samples (many time constants) from either end; tolerance 1e-9.
     */
    @Test
    void sineIsScaledByMagnitudeSquaredWithoutPhaseShift() {
        double fs = 100.0;
        double f = 7.0;
        TransferFunction tf = ButterworthDesign.lowPass(4, 8.0, fs);
        double gain = Math.pow(ButterworthDesignTest.magnitude(tf, f, fs), 2);
        int n = 2000;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.sin(2 * Math.PI * f * i / fs + 0.3);
        }
        double[] y = new double[n];
        ZeroPhaseFilter.scipyDefault(tf, n).filter(x, n, y);
        for (int i = 400; i < n - 400; i++) {
            assertEquals(gain * x[i], y[i], 1e-9, "sample " + i);
        }
    }

    @Test
    void inPlaceFilteringGivesTheSameResult() {
        ZeroPhaseFilter filter = ZeroPhaseFilter.matlabDefault(ButterworthDesign.highPass(2, 0.3, 100.0), 300);
        double[] x = new double[300];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.sin(i * 0.37) + 0.01 * i;
        }
        double[] y = new double[300];
        filter.filter(x, 300, y);
        filter.filter(x, 300, x);
        assertArrayEquals(y, x, 0.0);
    }

    @Test
    void rejectsSignalsNotLongerThanThePad() {
        ZeroPhaseFilter filter = ZeroPhaseFilter.scipyDefault(ButterworthDesign.lowPass(4, 10.0, 25.0), 100);
        assertThrows(IllegalArgumentException.class, () -> filter.filter(new double[15], 15, new double[15]));
        assertThrows(IllegalArgumentException.class, () -> filter.filter(new double[101], 101, new double[101]));
    }
}
