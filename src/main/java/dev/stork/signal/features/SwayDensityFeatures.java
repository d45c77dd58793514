package dev.stork.signal.features;

import dev.stork.signal.filter.ButterworthDesign;
import dev.stork.signal.filter.ZeroPhaseFilter;

/**
 * Sway-density features of Quijoux et al. (2021). For each sample but the last, the sway density is the time
 * the COP stays within {@code radiusCm} of it: the number of consecutive neighbours, before and after, that lie
 * within the radius, divided by the rate; the curve is then smoothed by a 4th-order Butterworth low-pass at 2.5 Hz
 * run forwards and backwards (scipy defaults). Features: the mean height of its strict local maxima (s) and the
 * mean distance between the COP positions of consecutive maxima (cm). Keeps its smoothing filter between calls;
 * not thread-safe.
 */
final class SwayDensityFeatures {
    private static final double SMOOTHING_HZ = 2.5;
    private static final int SMOOTHING_ORDER = 4;
    private static final int BLOCK_BITS = 3;
    private static final int BLOCK = 1 << BLOCK_BITS;
    private static final int BLOCK_MASK = BLOCK - 1;

    private final double radiusCm;
    private ZeroPhaseFilter smoothing;
    private double smoothingRateHz;

    SwayDensityFeatures(double radiusCm) {
        this.radiusCm = radiusCm;
    }

    void compute(Stabilogram s, FeatureCollector out) {
        double[] density = swayDensityS(s);
        int m = density.length;
        double sumPeaks = 0.0;
        int peaks = 0;
        double sumDistances = 0.0;
        int previousPeak = -1;
        double[] ml = s.mlCm();
        double[] ap = s.apCm();
        for (int i = 1; i < m - 1; i++) {
            if (density[i] > density[i - 1] && density[i] > density[i + 1]) {
                sumPeaks += density[i];
                peaks++;
                if (previousPeak >= 0) {
                    double dx = ml[i] - ml[previousPeak];
                    double dy = ap[i] - ap[previousPeak];
                    sumDistances += Math.sqrt(dx * dx + dy * dy);
                }
                previousPeak = i;
            }
        }
        out.put("mean_peak_Sway_Density", sumPeaks / peaks);
        out.put("mean_distance_peak_Sway_Density", sumDistances / (peaks - 1));
    }

    /** The smoothed sway-density curve in seconds, one value per sample but the last. */
    double[] swayDensityS(Stabilogram s) {
        double[] ml = s.mlCm();
        double[] ap = s.apCm();
        int n = ml.length;
        Blocks blocks = new Blocks(ml, ap);
        // a block whose bounding box lies this close is inside the radius for every rounding of its points
        double safeSquared = radiusCm * radiusCm * (1.0 - 1e-9);
        double[] density = new double[n - 1];
        for (int t = 0; t < n - 1; t++) {
            int stop = t + 1;
            while (stop < n) {
                if ((stop & BLOCK_MASK) == 0 && stop + BLOCK <= n
                        && blocks.inside(stop >> BLOCK_BITS, ml[t], ap[t], safeSquared)) {
                    stop += BLOCK;
                } else if (within(ml, ap, stop, t, radiusCm)) {
                    stop++;
                } else {
                    break;
                }
            }
            int start = t - 1;
            while (start >= 0) {
                int blockStart = start - BLOCK + 1;
                if (((start + 1) & BLOCK_MASK) == 0 && blockStart >= 0
                        && blocks.inside(blockStart >> BLOCK_BITS, ml[t], ap[t], safeSquared)) {
                    start -= BLOCK;
                } else if (within(ml, ap, start, t, radiusCm)) {
                    start--;
                } else {
                    break;
                }
            }
            density[t] = ((stop - 1) - (start + 1)) / s.rateHz();
        }
        if (smoothing == null || smoothing.capacity() < n - 1 || smoothingRateHz != s.rateHz()) {
            smoothing = ZeroPhaseFilter.scipyDefault(
                    ButterworthDesign.lowPass(SMOOTHING_ORDER, SMOOTHING_HZ, s.rateHz()), n - 1);
            smoothingRateHz = s.rateHz();
        }
        smoothing.filter(density, n - 1, density);
        return density;
    }

    /**
     * Bounding boxes of aligned blocks of {@link #BLOCK} samples, so the neighbour scans can step over a whole block
     * that lies inside the radius instead of testing each sample; the result is the same, only faster.
     */
    private static final class Blocks {
        private final double[] minMl;
        private final double[] maxMl;
        private final double[] minAp;
        private final double[] maxAp;

        Blocks(double[] ml, double[] ap) {
            int count = ml.length >> BLOCK_BITS;
            minMl = new double[count];
            maxMl = new double[count];
            minAp = new double[count];
            maxAp = new double[count];
            for (int b = 0; b < count; b++) {
                int from = b << BLOCK_BITS;
                double loMl = ml[from];
                double hiMl = ml[from];
                double loAp = ap[from];
                double hiAp = ap[from];
                for (int i = from + 1; i < from + BLOCK; i++) {
                    loMl = Math.min(loMl, ml[i]);
                    hiMl = Math.max(hiMl, ml[i]);
                    loAp = Math.min(loAp, ap[i]);
                    hiAp = Math.max(hiAp, ap[i]);
                }
                minMl[b] = loMl;
                maxMl[b] = hiMl;
                minAp[b] = loAp;
                maxAp[b] = hiAp;
            }
        }

        boolean inside(int block, double ml, double ap, double safeSquared) {
            double dx = Math.max(Math.abs(ml - minMl[block]), Math.abs(maxMl[block] - ml));
            double dy = Math.max(Math.abs(ap - minAp[block]), Math.abs(maxAp[block] - ap));
            return dx * dx + dy * dy <= safeSquared;
        }
    }

    private static boolean within(double[] ml, double[] ap, int i, int centre, double radiusCm) {
        double dx = ml[i] - ml[centre];
        double dy = ap[i] - ap[centre];
        return !(Math.sqrt(dx * dx + dy * dy) > radiusCm);
    }
}
