package dev.stork.signal.metrics;

/**
 * Mean velocity of a centre-of-pressure trajectory: the total 2-D path length divided by the trial's duration
 * taken as count / rate (the BDS/PDS data sets' published definition, not (count - 1) / rate).
 */
public final class PathVelocity {
    private PathVelocity() {
    }

    /**
     * The mean COP velocity in m/s of {@code apM[0..count)} and {@code mlM[0..count)} in m, sampled at
     * {@code rateHz}.
     */
    public static double meanVelocityMps(double[] apM, double[] mlM, int count, double rateHz) {
        SampleChecks.requirePair(apM, mlM, count, 2);
        SampleChecks.requireRate(rateHz);
        double pathM = 0;
        for (int i = 1; i < count; i++) {
            double dAp = apM[i] - apM[i - 1];
            double dMl = mlM[i] - mlM[i - 1];
            pathM += Math.sqrt(dAp * dAp + dMl * dMl);
        }
        return pathM / (count / rateHz);
    }
}
