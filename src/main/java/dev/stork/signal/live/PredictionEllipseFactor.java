package dev.stork.signal.live;

import org.apache.commons.math3.distribution.FDistribution;

/**
 * The factor {@code k(n)} of the 95 % prediction ellipse of {@code n} two-dimensional samples, such that
 * {@code area = pi * k(n) * sqrt(det(cov))} with {@code cov} the sample covariance (divided by n - 1):
 * {@code k(n) = F(0.95; 2, n - 2) * (n - 1) * 2 * (n + 1) / (n * (n - 2))}, F the F distribution's quantile.
 *
 * <p>The quantiles are tabulated once at construction with commons-math up to {@link #TABLE_MAX_N}; beyond it the
 * closed form of the F distribution with two numerator degrees of freedom, {@code F(p; 2, d) = d/2 * ((1 - p)^(-2/d)
 * - 1)}, gives the same value without a table.
 * {@link #factor(long)} allocates nothing. Immutable, so one instance may be shared by all threads.
 */
public final class PredictionEllipseFactor {
    /** Largest n whose F quantile is tabulated exactly. */
    public static final int TABLE_MAX_N = 2048;
    private static final double CONFIDENCE = 0.95;

    private final double[] quantileByN = new double[TABLE_MAX_N + 1];

    /** Tabulates the F quantiles (a few milliseconds). */
    public PredictionEllipseFactor() {
        for (int n = 3; n <= TABLE_MAX_N; n++) {
            quantileByN[n] = new FDistribution(2, n - 2).inverseCumulativeProbability(CONFIDENCE);
        }
    }

    /** {@code F(0.95; 2, n - 2)}; NaN for n < 3, where no ellipse exists. */
    public double quantile(long n) {
        if (n < 3) {
            return Double.NaN;
        }
        if (n <= TABLE_MAX_N) {
            return quantileByN[(int) n];
        }
        double df = n - 2;
        return df / 2 * (Math.pow(1 - CONFIDENCE, -2 / df) - 1);
    }

    /** {@code k(n)} as defined above; NaN for n < 3. */
    public double factor(long n) {
        double dn = n;
        return quantile(n) * (dn - 1) * 2 * (dn + 1) / (dn * (dn - 2));
    }
}
