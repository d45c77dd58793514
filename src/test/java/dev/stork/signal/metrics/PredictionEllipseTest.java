package dev.stork.signal.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PredictionEllipseTest {
    /** For two numerator degrees of freedom the F quantile has a closed form: d2/2 ((1 - P)^(-2/d2) - 1). */
    private static double fQuantileTwo(double probability, double denominatorDf) {
        return denominatorDf / 2 * (Math.pow(1 - probability, -2 / denominatorDf) - 1);
    }

    @Test
    void ellipseSampledAroundItsOutlineHasTheClosedFormArea() {
        int n = 400;
        double semiAp = 0.02;
        double semiMl = 0.005;
        double[] ap = new double[n];
        double[] ml = new double[n];
        for (int i = 0; i < n; i++) {
            // rotated by 30°, so the covariance has an off-diagonal term
            double a = semiAp * Math.cos(2 * Math.PI * i / n);
            double m = semiMl * Math.sin(2 * Math.PI * i / n);
            ap[i] = 1.0 + a * Math.cos(Math.PI / 6) - m * Math.sin(Math.PI / 6);
            ml[i] = -0.5 + a * Math.sin(Math.PI / 6) + m * Math.cos(Math.PI / 6);
        }
        // over whole periods sum cos² = sum sin² = n/2, so the principal variances are semi² n / (2 (n - 1))
        double varA = semiAp * semiAp * n / (2.0 * (n - 1));
        double varM = semiMl * semiMl * n / (2.0 * (n - 1));
        double k = fQuantileTwo(0.95, n - 2) * 2 * (n - 1) * (n + 1) / ((double) n * (n - 2));
        double expected = Math.PI * k * Math.sqrt(varA * varM);
        assertEquals(expected, PredictionEllipse.areaM2(ap, ml, n), 1e-12 * expected, "relative 1e-12");
    }

    @Test
    void otherProbabilitiesUseTheirQuantile() {
        double[] ap = {0, 1, 0, -1, 0.5};
        double[] ml = {1, 0, -1, 0, 0.2};
        double ratio = PredictionEllipse.area(ap, ml, 5, 0.5) / PredictionEllipse.area(ap, ml, 5, 0.95);
        assertEquals(fQuantileTwo(0.5, 3) / fQuantileTwo(0.95, 3), ratio, 1e-12);
    }

    @Test
    void rejectsTooFewSamplesShortBuffersAndBadProbabilities() {
        double[] two = {0, 1};
        assertThrows(IllegalArgumentException.class, () -> PredictionEllipse.areaM2(two, two, 2));
        assertThrows(IllegalArgumentException.class, () -> PredictionEllipse.areaM2(two, two, 3));
        double[] three = {0, 1, 2};
        assertThrows(IllegalArgumentException.class, () -> PredictionEllipse.area(three, three, 3, 1.0));
    }
}
