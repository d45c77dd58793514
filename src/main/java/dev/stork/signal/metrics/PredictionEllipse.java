package dev.stork.signal.metrics;

import org.apache.commons.math3.distribution.FDistribution;

/**
 * Area of the prediction ellipse of a centre-of-pressure trajectory: the ellipse expected to contain a new sample
 * with the given probability, from the sample covariance and the F distribution (Schubert and Kirchner 2014,
 * Gait Posture 39:518; the definition of the BDS/PDS data sets' published COP area):
 * area = π · k · sqrt(det C), k = F⁻¹(P; 2, n - 2) · 2 (n - 1)(n + 1) / (n (n - 2)), C the covariance with n - 1.
 * π k sqrt(det C) equals π Π sqrt(k s_i) over C's eigenvalues s_i, without an eigen-decomposition.
 */
public final class PredictionEllipse {
    /** The probability of the published metric. */
    public static final double DEFAULT_PROBABILITY = 0.95;
    /**
     * Absolute accuracy of the F quantile solver. The quantile is about 3, so 1e-13 keeps its relative error (and
     * the area's) near 1e-13, far inside the 1e-8 of the published 10-digit values; the library default (1e-9)
     * would leave 3e-10.
     */
    private static final double QUANTILE_ACCURACY = 1e-13;
    private static final int DIMENSIONS = 2;

    private PredictionEllipse() {
    }

    /** The 95 % prediction ellipse area in m² of {@code apM[0..count)} and {@code mlM[0..count)} in m. */
    public static double areaM2(double[] apM, double[] mlM, int count) {
        return area(apM, mlM, count, DEFAULT_PROBABILITY);
    }

    /**
     * The prediction ellipse area for any probability, in the square of the input's length unit.
     *
     * @param ap first coordinate (AP), read at [0, count)
     * @param ml second coordinate (ML), read at [0, count)
     * @param count samples, at least 3
     * @param probability between 0 and 1, exclusive
     */
    public static double area(double[] ap, double[] ml, int count, double probability) {
        SampleChecks.requirePair(ap, ml, count, DIMENSIONS + 1);
        if (!(probability > 0 && probability < 1)) {
            throw new IllegalArgumentException("probability must be between 0 and 1, got " + probability);
        }
        double meanAp = mean(ap, count);
        double meanMl = mean(ml, count);
        double sumApAp = 0;
        double sumMlMl = 0;
        double sumApMl = 0;
        for (int i = 0; i < count; i++) {
            double a = ap[i] - meanAp;
            double m = ml[i] - meanMl;
            sumApAp += a * a;
            sumMlMl += m * m;
            sumApMl += a * m;
        }
        double n = count;
        double varAp = sumApAp / (n - 1);
        double varMl = sumMlMl / (n - 1);
        double covApMl = sumApMl / (n - 1);
        double determinant = Math.max(0, varAp * varMl - covApMl * covApMl);
        // null: no random generator, since this distribution is never sampled (the default one costs a seeding)
        double quantile = new FDistribution(null, DIMENSIONS, n - DIMENSIONS, QUANTILE_ACCURACY)
                .inverseCumulativeProbability(probability);
        double scale = quantile * (n - 1) * DIMENSIONS * (n + 1) / (n * (n - DIMENSIONS));
        return Math.PI * scale * Math.sqrt(determinant);
    }

    private static double mean(double[] values, int count) {
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += values[i];
        }
        return sum / count;
    }
}
