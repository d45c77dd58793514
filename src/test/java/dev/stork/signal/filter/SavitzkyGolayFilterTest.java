package dev.stork.signal.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Savitzky-Golay weights checked on polynomials the fit reproduces exactly and on the textbook 5-point stencil. */
class SavitzkyGolayFilterTest {

    /** A cubic is fitted exactly, so the derivative is exact everywhere, edges included (1e-9). */
    @Test
    void derivativeOfCubicIsExactIncludingEdges() {
        double dt = 0.04;
        SavitzkyGolayFilter filter = new SavitzkyGolayFilter(5, 3, 1, dt);
        int n = 40;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double t = i * dt;
            x[i] = 2.0 - t + 0.5 * t * t - 3.0 * t * t * t;
        }
        double[] v = new double[n];
        filter.apply(x, n, v);
        for (int i = 0; i < n; i++) {
            double t = i * dt;
            assertEquals(-1.0 + t - 9.0 * t * t, v[i], 1e-9, "sample " + i);
        }
    }

    /** Interior first-derivative weights of a 5-point cubic fit are (1, -8, 0, 8, -1) / 12 (1e-12). */
    @Test
    void interiorStencilIsTheClassicFivePointDerivative() {
        SavitzkyGolayFilter filter = new SavitzkyGolayFilter(5, 3, 1, 1.0);
        double[] expected = {1.0 / 12, -8.0 / 12, 0.0, 8.0 / 12, -1.0 / 12};
        for (int k = 0; k < 5; k++) {
            double[] impulse = new double[9];
            impulse[2 + k] = 1.0;
            double[] out = new double[9];
            filter.apply(impulse, 9, out);
            // output 4 is the weighted sum of samples 2..6, so the impulse at 2 + k picks weight k
            assertEquals(expected[k], out[4], 1e-12, "offset " + (k - 2));
        }
    }

    @Test
    void smoothingReproducesQuadratic() {
        SavitzkyGolayFilter filter = new SavitzkyGolayFilter(7, 2, 0, 1.0);
        double[] x = new double[20];
        for (int i = 0; i < 20; i++) {
            x[i] = 1.0 + 0.5 * i - 0.25 * i * i;
        }
        double[] y = new double[20];
        filter.apply(x, 20, y);
        for (int i = 0; i < 20; i++) {
            assertEquals(x[i], y[i], 1e-10, "sample " + i);
        }
    }
}
