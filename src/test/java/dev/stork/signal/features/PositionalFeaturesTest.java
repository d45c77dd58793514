package dev.stork.signal.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.commons.math3.distribution.FDistribution;
import org.junit.jupiter.api.Test;

/** Positional building blocks on synthetic points with known answers. */
class PositionalFeaturesTest {

    /** Closed-form F(2, m) quantile against commons-math's numerical inverse (its accuracy, 1e-9 relative). */
    @Test
    void fQuantileMatchesNumericalInverse() {
        for (int m : new int[] {3, 10, 746, 1495}) {
            double expected = new FDistribution(2, m, 1e-14).inverseCumulativeProbability(0.95);
            assertEquals(expected, PositionalFeatures.fQuantileTwoDegrees(0.95, m), 1e-9 * expected, "m = " + m);
        }
    }

    /** Points spread along a line at 30 degrees from AP have their principal direction at 30 degrees (1e-9). */
    @Test
    void principalDirectionOfTiltedLine() {
        Random random = new Random(5);
        int n = 500;
        double[] ml = new double[n];
        double[] ap = new double[n];
        double angle = Math.toRadians(30.0);
        for (int i = 0; i < n; i++) {
            double along = random.nextGaussian();
            ml[i] = along * Math.sin(angle);
            ap[i] = along * Math.cos(angle);
        }
        assertEquals(30.0, PositionalFeatures.principalSwayDirectionDeg(ml, ap), 1e-9);
        assertEquals(60.0, PositionalFeatures.principalSwayDirectionDeg(ap, ml), 1e-9);
    }

    /** The hull-based diameter equals the all-pairs maximum on random clouds, including collinear points. */
    @Test
    void diameterEqualsAllPairsMaximum() {
        Random random = new Random(11);
        for (int trial = 0; trial < 20; trial++) {
            int n = 3 + random.nextInt(300);
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = trial % 4 == 0 ? i * 0.5 : random.nextGaussian();
                y[i] = trial % 4 == 0 ? i * 0.25 : random.nextGaussian() * 0.3;
            }
            double expected = 0.0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    expected = Math.max(expected, Math.sqrt((x[i] - x[j]) * (x[i] - x[j])
                            + (y[i] - y[j]) * (y[i] - y[j])));
                }
            }
            assertEquals(expected, PlanarDiameter.of(x, y), 0.0, "cloud " + trial);
        }
    }

    /** A square with corners (+-1, +-1): range 2 per axis, 2 sqrt(2) diagonally, no sway direction coefficient. */
    @Test
    void squareCornersGiveKnownRangesAndMoments() {
        double[] ml = {1, -1, -1, 1};
        double[] ap = {1, 1, -1, -1};
        FeatureCollector out = new FeatureCollector();
        Stabilogram s = new Stabilogram(ml, ap, 25.0, 0.5, -0.5);
        PositionalFeatures.compute(s, s.radiusCm(), out);
        java.util.Map<String, Double> values = new java.util.HashMap<>();
        FeatureSet set = out.inOrder(QuijouxFeatures.NAMES.subList(0, 19));
        for (int i = 0; i < set.size(); i++) {
            values.put(set.names().get(i), set.value(i));
        }
        assertEquals(2.0, values.get("range_ML"), 0.0);
        assertEquals(2.0 * Math.sqrt(2.0), values.get("range_ML_AND_AP"), 1e-15);
        assertEquals(Math.sqrt(2.0), values.get("rms_Radius"), 1e-15);
        assertEquals(0.0, values.get("coefficient_sway_direction_ML_AND_AP"), 0.0);
        assertEquals(0.5, values.get("mean_value_ML"), 0.0);
    }
}
