package dev.stork.signal.spectrum;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.support.AllocationMeter;
import org.junit.jupiter.api.Test;

/** Estimates and transforms run on buffers prepared at construction: after warm-up they allocate nothing. */
class SpectrumAllocationTest {
    /** Allowance for the meter's own bookkeeping; one allocated segment buffer would be far larger. */
    private static final long SLACK_BYTES = 256;

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
        assertTrue(bytes <= SLACK_BYTES, "10 Welch estimates allocated " + bytes + " bytes");
    }
}
