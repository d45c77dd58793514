package dev.stork.signal.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.distribution.FDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.junit.jupiter.api.Test;

class LiveSwayMetricsTest {
    private static final PredictionEllipseFactor FACTOR = new PredictionEllipseFactor();

    /** The reference definitions, computed in two passes over the whole signal. */
    private static double[] batch(double[] ml, double[] ap, double rateHz) {
        int n = ml.length;
        double path = 0;
        for (int i = 1; i < n; i++) {
            path += Math.hypot(ml[i] - ml[i - 1], ap[i] - ap[i - 1]);
        }
        double meanMl = 0;
        double meanAp = 0;
        for (int i = 0; i < n; i++) {
            meanMl += ml[i] / n;
            meanAp += ap[i] / n;
        }
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (ml[i] - meanMl) * (ml[i] - meanMl);
            syy += (ap[i] - meanAp) * (ap[i] - meanAp);
            sxy += (ml[i] - meanMl) * (ap[i] - meanAp);
        }
        double rms = Math.sqrt((sxx + syy) / n);
        EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(new double[][] {
            {sxx / (n - 1), sxy / (n - 1)}, {sxy / (n - 1), syy / (n - 1)}}));
        double f = new FDistribution(2, n - 2).inverseCumulativeProbability(0.95) * (n - 1) * 2.0 * (n + 1)
                / ((double) n * (n - 2));
        double area = Math.PI;
        for (double s : eig.getRealEigenvalues()) {
            area *= Math.sqrt(s * f);
        }
        return new double[] {path, path / (n / rateHz), rms, area};
    }

    private static void checkAgainstBatch(int n, long seed) {
        Random random = new Random(seed);
        double[] ml = new double[n];
        double[] ap = new double[n];
        double x = 0.03;
        double y = -0.01;
        for (int i = 0; i < n; i++) {
            x += 0.001 * random.nextGaussian();
            y += 0.0005 * random.nextGaussian() + 0.3 * 0.001 * random.nextGaussian();
            ml[i] = x;
            ap[i] = y;
        }
        LiveSwayMetrics live = new LiveSwayMetrics(100, FACTOR);
        for (int i = 0; i < n; i++) {
            live.add(ml[i], ap[i]);
        }
        double[] expected = batch(ml, ap, 100);
        assertEquals(n, live.sampleCount());
        assertEquals(expected[0], live.pathLengthM(), 1e-12 * n, "path length");
        assertEquals(expected[1], live.meanVelocityMps(), 1e-10, "mean velocity");
        assertEquals(expected[2], live.rmsDistanceM(), 1e-12, "rms distance");
        assertEquals(expected[3], live.ellipseAreaM2(), 1e-9 * expected[3], "ellipse area (relative 1e-9)");
    }

    @Test
    void matchesTwoPassDefinitionsWithinTheTable() {
        checkAgainstBatch(500, 1);
        checkAgainstBatch(PredictionEllipseFactor.TABLE_MAX_N, 2);
    }

    @Test
    void matchesTwoPassDefinitionsBeyondTheTable() {
        checkAgainstBatch(6000, 3);
    }

    @Test
    void closedFormBeyondTheTableAgreesWithCommonsMath() {
        for (long n : new long[] {PredictionEllipseFactor.TABLE_MAX_N + 1, 6000, 100_000}) {
            double expected = new FDistribution(2, n - 2).inverseCumulativeProbability(0.95);
            assertEquals(expected, FACTOR.quantile(n), 1e-9 * expected, "F(0.95; 2, " + (n - 2) + ")");
        }
    }

    @Test
    void resetForgetsEverything() {
        LiveSwayMetrics live = new LiveSwayMetrics(100, FACTOR);
        for (int i = 0; i < 100; i++) {
            live.add(0.01 * Math.sin(i * 0.1), 0.02 * Math.cos(i * 0.1));
        }
        live.reset();
        assertEquals(0, live.sampleCount());
        assertEquals(0, live.pathLengthM(), 0);
        assertEquals(0, live.meanVelocityMps(), 0);
        assertTrue(Double.isNaN(live.ellipseAreaM2()), "no ellipse without samples");
        live.add(0.5, 0.5);
        assertEquals(0, live.rmsDistanceM(), 0, "one sample has no spread");
    }
}
