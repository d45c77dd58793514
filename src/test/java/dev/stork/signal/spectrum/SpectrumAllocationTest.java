package dev.stork.signal.spectrum;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.support.AllocationMeter;
import org.junit.jupiter.api.Test;

/**
 * Estimates run on buffers prepared at construction. The only allocation left after warm-up is JTransforms'
 * scratch space inside each transform of a length that is not a power of two (whole-trial code, once per trial).
 */
class SpectrumAllocationTest {
    /** Allowance for the meter's own bookkeeping. */
    private static final long SLACK_BYTES = 256;
    /**
     * JTransforms' scratch per transform of length N: 2N doubles for mixed radix; for a length with a large prime
     * factor (Bluestein) a few arrays of the next power of two >= 2N - 1 complex values. 96 bytes per point bounds
     * both; a Welch buffer or result array allocated per segment would add more than that.
     */
    private static final long SCRATCH_BYTES_PER_POINT = 96;

    @Test
    void welchPairEstimateAllocatesNothing() {
        int n = 1497;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.sin(i * 0.1);
            y[i] = Math.cos(i * 0.07);
        }
        Welch welch = new Welch(25.0, 250, 125, n, HannWindow.periodic(250), Detrend.LINEAR, 5.0);
        double[] px = new double[welch.binCount()];
        double[] py = new double[welch.binCount()];
        Runnable tenEstimates = () -> {
            for (int i = 0; i < 10; i++) {
                welch.estimatePair(x, y, n, px, py);
            }
        };
        for (int warmUp = 0; warmUp < 50; warmUp++) {
            tenEstimates.run();
        }
        long bytes = AllocationMeter.bytesAllocatedBy(tenEstimates);
        long transforms = 10L * welch.segmentCount(n);
        long bound = transforms * SCRATCH_BYTES_PER_POINT * n + SLACK_BYTES;
        assertTrue(bytes <= bound, "10 Welch estimates allocated " + bytes + " bytes; JTransforms' scratch for "
                + transforms + " transforms of " + n + " points is at most " + bound);
    }
}
