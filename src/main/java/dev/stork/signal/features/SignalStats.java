package dev.stork.signal.features;

/** Small whole-array statistics shared by the feature families, written out for speed and exact semantics. */
final class SignalStats {
    private SignalStats() {
    }

    static double meanAbs(double[] x) {
        double sum = 0.0;
        for (double v : x) {
            sum += Math.abs(v);
        }
        return sum / x.length;
    }

    static double maxAbs(double[] x) {
        double max = 0.0;
        for (double v : x) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    static double rms(double[] x) {
        double sum = 0.0;
        for (double v : x) {
            sum += v * v;
        }
        return Math.sqrt(sum / x.length);
    }

    /** Population variance (divides by n), as numpy's var. */
    static double variance(double[] x) {
        double mean = 0.0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double sum = 0.0;
        for (double v : x) {
            double d = v - mean;
            sum += d * d;
        }
        return sum / x.length;
    }

    /** Sum of |x[i+1] - x[i]|. */
    static double pathLength(double[] x) {
        double sum = 0.0;
        for (int i = 1; i < x.length; i++) {
            sum += Math.abs(x[i] - x[i - 1]);
        }
        return sum;
    }

    /** Sum of the Euclidean steps between consecutive points. */
    static double pathLength(double[] x, double[] y) {
        double sum = 0.0;
        for (int i = 1; i < x.length; i++) {
            double dx = x[i] - x[i - 1];
            double dy = y[i] - y[i - 1];
            sum += Math.sqrt(dx * dx + dy * dy);
        }
        return sum;
    }
}
