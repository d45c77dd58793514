package dev.stork.signal.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Diffusion building blocks against direct computation and a signal with a known diffusion law. */
class DiffusionFeaturesTest {

    /** The FFT route to the mean squared displacement equals the direct sum over pairs (1e-10 in ln MSD). */
    @Test
    void meanSquaredDisplacementMatchesDirectSum() {
        Random random = new Random(3);
        int n = 1497;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 1; i < n; i++) {
            x[i] = 0.98 * x[i - 1] + 0.02 * random.nextGaussian();
            y[i] = y[i - 1] + 0.01 * random.nextGaussian();
        }
        int maxLag = n / 3;
        double[] logX = new double[maxLag];
        double[] logY = new double[maxLag];
        new DiffusionFeatures().logMeanSquaredDisplacements(x, y, maxLag, logX, logY);
        for (int lag = 1; lag <= maxLag; lag++) {
            double sx = 0.0;
            double sy = 0.0;
            for (int i = 0; i + lag < n; i++) {
                sx += (x[i + lag] - x[i]) * (x[i + lag] - x[i]);
                sy += (y[i + lag] - y[i]) * (y[i + lag] - y[i]);
            }
            assertEquals(Math.log(sx / (n - lag)), logX[lag - 1], 1e-10, "x lag " + lag);
            assertEquals(Math.log(sy / (n - lag)), logY[lag - 1], 1e-10, "y lag " + lag);
        }
    }

    /** A least-squares line through points on y = 2 - 0.5 x has that intercept and slope, no residual (1e-14). */
    @Test
    void lineFitRecoversExactLine() {
        double[] x = {0.1, 0.4, 0.9, 1.3, 2.0};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 2.0 - 0.5 * x[i];
        }
        double[] fit = DiffusionFeatures.LineFit.fit(x, y, 1, 5);
        assertEquals(2.0, fit[0], 1e-14);
        assertEquals(-0.5, fit[1], 1e-14);
        assertEquals(0.0, fit[2], 1e-14);
    }
}
