package dev.stork.signal.features;

/**
 * Zero crossings and peak velocities of one velocity component, as the reference defines them: the signal is
 * split into half-waves at each change of sign (zeros belong to neither side); each completed half-wave between
 * two crossings contributes its largest |v| as a positive or negative peak; the zero-crossing count is the number
 * of sign changes.
 */
final class VelocityPeaks {
    private VelocityPeaks() {
    }

    static void compute(double[] v, String suffix, FeatureCollector out) {
        double side = 0.0;
        for (double value : v) {
            if (value != 0.0) {
                side = Math.signum(value);
                break;
            }
        }
        double peak = 0.0;
        int crossings = 0;
        double sumPositive = 0.0;
        int positive = 0;
        double sumNegative = 0.0;
        int negative = 0;
        double previous = 0.0;
        for (int i = 0; i < v.length; i++) {
            double value = v[i];
            boolean crossing = value * previous <= 0.0 && i != 0 && value != 0.0 && Math.signum(value) != side;
            if (crossing) {
                if (crossings > 0) {
                    if (value < 0.0) {
                        sumPositive += peak;
                        positive++;
                    } else {
                        sumNegative += Math.abs(peak);
                        negative++;
                    }
                }
                crossings++;
                side = Math.signum(value);
                peak = 0.0;
            }
            if (Math.abs(value) > Math.abs(peak)) {
                peak = value;
            }
            previous = value;
        }
        out.put("zero_crossing_" + suffix, crossings);
        out.put("peak_velocity_pos_" + suffix, sumPositive / positive);
        out.put("peak_velocity_neg_" + suffix, sumNegative / negative);
        out.put("peak_velocity_all_" + suffix, (sumPositive + sumNegative) / (positive + negative));
    }
}
