package dev.stork.signal.features;

/**
 * Positional features of Quijoux et al. (2021): mean position, mean and maximal distance, RMS, range, planar
 * deviation, sway direction, 95 % confidence ellipse and principal sway direction, in cm, cm^2 and degrees.
 */
final class PositionalFeatures {
    private static final double CONFIDENCE = 0.95;

    private PositionalFeatures() {
    }

    static void compute(Stabilogram s, double[] radiusCm, FeatureCollector out) {
        double[] ml = s.mlCm();
        double[] ap = s.apCm();
        out.put("mean_value_ML", s.meanMlCm());
        out.put("mean_value_AP", s.meanApCm());
        out.put("mean_distance_ML", SignalStats.meanAbs(ml));
        out.put("mean_distance_AP", SignalStats.meanAbs(ap));
        out.put("mean_distance_Radius", SignalStats.meanAbs(radiusCm));
        out.put("maximal_distance_ML", SignalStats.maxAbs(ml));
        out.put("maximal_distance_AP", SignalStats.maxAbs(ap));
        out.put("maximal_distance_Radius", SignalStats.maxAbs(radiusCm));
        double rmsMl = SignalStats.rms(ml);
        double rmsAp = SignalStats.rms(ap);
        out.put("rms_ML", rmsMl);
        out.put("rms_AP", rmsAp);
        out.put("rms_Radius", SignalStats.rms(radiusCm));
        double rangeMl = range(ml);
        double rangeAp = range(ap);
        out.put("range_ML", rangeMl);
        out.put("range_AP", rangeAp);
        out.put("range_ML_AND_AP", PlanarDiameter.of(ml, ap));
        out.put("range_ratio_ML_AND_AP", rangeMl / rangeAp);
        out.put("planar_deviation_ML_AND_AP", Math.sqrt(rmsMl * rmsMl + rmsAp * rmsAp));
        out.put("coefficient_sway_direction_ML_AND_AP", productMoment(ml, ap) / (rmsMl * rmsAp));
        out.put("confidence_ellipse_area_ML_AND_AP", confidenceEllipseAreaCm2(s));
        out.put("principal_sway_direction_ML_AND_AP", principalSwayDirectionDeg(ml, ap));
    }

    /**
     * Area of the 95 % confidence ellipse as the reference computes it: 2 pi F(0.95; 2, n-2) sqrt(det) times
     * (n+1)(n-1) / (n(n-2)), det from the moments about the origin (the signal is centred).
     */
    static double confidenceEllipseAreaCm2(Stabilogram s) {
        double[] ml = s.mlCm();
        double[] ap = s.apCm();
        int n = ml.length;
        double cov = productMoment(ml, ap);
        double rmsMl = SignalStats.rms(ml);
        double rmsAp = SignalStats.rms(ap);
        double det = rmsMl * rmsMl * (rmsAp * rmsAp) - cov * cov;
        double correction = ((double) (n + 1) * (n - 1)) / ((double) n * (n - 2));
        return 2.0 * Math.PI * fQuantileTwoDegrees(CONFIDENCE, n - 2) * Math.sqrt(det) * correction;
    }

    /**
     * Quantile of the F distribution with (2, m) degrees of freedom. Its CDF is 1 - (1 + 2x/m)^(-m/2), so the
     * quantile has the closed form (m/2) ((1-p)^(-2/m) - 1).
     */
    static double fQuantileTwoDegrees(double probability, int m) {
        return 0.5 * m * Math.expm1(-2.0 / m * Math.log1p(-probability));
    }

    private static double range(double[] x) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return max - min;
    }

    private static double productMoment(double[] x, double[] y) {
        double sum = 0.0;
        for (int i = 0; i < x.length; i++) {
            sum += x[i] * y[i];
        }
        return sum / x.length;
    }

    /**
     * Angle in degrees between the first principal component of the (mean-removed) points and the AP axis,
     * 0 for sway purely along AP and 90 for sway purely along ML.
     */
    static double principalSwayDirectionDeg(double[] ml, double[] ap) {
        int n = ml.length;
        double meanMl = 0.0;
        double meanAp = 0.0;
        for (int i = 0; i < n; i++) {
            meanMl += ml[i];
            meanAp += ap[i];
        }
        meanMl /= n;
        meanAp /= n;
        double sxx = 0.0;
        double syy = 0.0;
        double sxy = 0.0;
        for (int i = 0; i < n; i++) {
            double dx = ml[i] - meanMl;
            double dy = ap[i] - meanAp;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
        }
        // the major axis of the covariance ellipse lies at theta from ML, theta = atan2(2 sxy, sxx - syy) / 2
        double thetaFromMlDeg = Math.toDegrees(0.5 * Math.atan2(2.0 * sxy, sxx - syy));
        return 90.0 - Math.abs(thetaFromMlDeg);
    }
}
