package dev.stork.signal.filter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.support.AllocationMeter;
import org.junit.jupiter.api.Test;

/** Whole-array filters work in buffers prepared at construction: after warm-up they allocate nothing. */
class FilterAllocationTest {
    /** Allowance for the meter's own bookkeeping; one allocated signal buffer would be far larger. */
    private static final long SLACK_BYTES = 256;

    @Test
    void zeroPhaseAndSavitzkyGolayFilteringAllocateNothing() {
        int n = 1500;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.sin(i * 0.05);
        }
        double[] y = new double[n];
        ZeroPhaseFilter zeroPhase = ZeroPhaseFilter.scipyDefault(ButterworthDesign.lowPass(4, 10.0, 25.0), n);
        SavitzkyGolayFilter derivative = new SavitzkyGolayFilter(5, 3, 1, 0.04);
        Runnable tenPasses = () -> {
            for (int i = 0; i < 10; i++) {
                zeroPhase.filter(x, n, y);
                derivative.apply(x, n, y);
            }
        };
        for (int warmUp = 0; warmUp < 50; warmUp++) {
            tenPasses.run();
        }
        long bytes = AllocationMeter.bytesAllocatedBy(tenPasses);
        assertTrue(bytes <= SLACK_BYTES, "10 passes over " + n + " samples allocated " + bytes + " bytes");
    }
}
