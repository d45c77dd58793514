package dev.stork.signal.features;

import dev.stork.signal.filter.SavitzkyGolayFilter;

/**
 * Dynamic features of Quijoux et al. (2021): mean velocity, sway area per second, phase-plane parameter,
 * length over area, fractal dimension of the confidence ellipse, velocity zero crossings and peaks (velocity by a
 * Savitzky-Golay first derivative, window 5, order 3) and mean frequency. Units cm/s, cm^2/s, 1/cm, Hz. Keeps the
 * derivative filter of the last rate; not thread-safe.
 */
final class DynamicFeatures {
    private static final int SAVGOL_WINDOW = 5;
    private static final int SAVGOL_ORDER = 3;

    private SavitzkyGolayFilter derivative;
    private double derivativeRateHz;

    void compute(Stabilogram s, double[] radiusCm, FeatureCollector out) {
        double[] ml = s.mlCm();
        double[] ap = s.apCm();
        int n = s.length();
        double f = s.rateHz();
        double lengthMl = SignalStats.pathLength(ml);
        double lengthAp = SignalStats.pathLength(ap);
        double lengthPlanar = SignalStats.pathLength(ml, ap);
        out.put("mean_velocity_ML", lengthMl * f / n);
        out.put("mean_velocity_AP", lengthAp * f / n);
        out.put("mean_velocity_ML_AND_AP", lengthPlanar * f / n);
        out.put("sway_area_per_second_ML_AND_AP", swayAreaPerSecond(ml, ap, f));

        if (derivative == null || derivativeRateHz != f) {
            derivative = new SavitzkyGolayFilter(SAVGOL_WINDOW, SAVGOL_ORDER, 1, 1.0 / f);
            derivativeRateHz = f;
        }
        double[] velocityMl = new double[n];
        double[] velocityAp = new double[n];
        derivative.apply(ml, n, velocityMl);
        derivative.apply(ap, n, velocityAp);
        double rmsMl = SignalStats.rms(ml);
        double rmsAp = SignalStats.rms(ap);
        out.put("phase_plane_parameter_ML", Math.sqrt(rmsMl * rmsMl + SignalStats.variance(velocityMl)));
        out.put("phase_plane_parameter_AP", Math.sqrt(rmsAp * rmsAp + SignalStats.variance(velocityAp)));

        double area = PositionalFeatures.confidenceEllipseAreaCm2(s);
        out.put("LFS_ML_AND_AP", lengthPlanar / area);
        double diameter = Math.sqrt(area * 4.0 / Math.PI);
        double logN = Math.log(n);
        out.put("fractal_dimension_ML_AND_AP", logN / (logN + Math.log(diameter) - Math.log(lengthPlanar)));

        VelocityPeaks.compute(velocityMl, "SPD_ML", out);
        VelocityPeaks.compute(velocityAp, "SPD_AP", out);

        out.put("mean_frequency_ML", meanSpeed(ml, f) / SignalStats.meanAbs(ml) / (4.0 * Math.sqrt(2.0)));
        out.put("mean_frequency_AP", meanSpeed(ap, f) / SignalStats.meanAbs(ap) / (4.0 * Math.sqrt(2.0)));
        out.put("mean_frequency_ML_AND_AP",
                lengthPlanar * f / (n - 1) / SignalStats.meanAbs(radiusCm) / (2.0 * Math.PI));
    }

    /** Half the summed |cross products| of consecutive points, per second of record ((n-1) / f). */
    private static double swayAreaPerSecond(double[] ml, double[] ap, double f) {
        double sum = 0.0;
        for (int i = 1; i < ml.length; i++) {
            sum += Math.abs(ml[i] * ap[i - 1] - ap[i] * ml[i - 1]);
        }
        double durationS = (ml.length - 1) * (1.0 / f);
        return sum / (2.0 * durationS);
    }

    /** Mean of |f * (x[i+1] - x[i])|. */
    private static double meanSpeed(double[] x, double f) {
        return SignalStats.pathLength(x) * f / (x.length - 1);
    }
}
