package dev.stork.signal.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PathVelocityTest {
    @Test
    void straightLineDividesByCountOverRate() {
        int n = 100;
        double[] ap = new double[n];
        double[] ml = new double[n];
        for (int i = 0; i < n; i++) {
            ap[i] = 0.003 * i;
            ml[i] = -0.004 * i;
        }
        // 99 steps of 5 mm in 100 / 50 Hz = 2 s
        assertEquals(99 * 0.005 / 2.0, PathVelocity.meanVelocityMps(ap, ml, n, 50), 1e-15);
    }

    @Test
    void readsOnlyTheFirstCountSamples() {
        double[] ap = {0, 1, 1, 50};
        double[] ml = {0, 0, 1, 50};
        assertEquals(2 / (3 / 10.0), PathVelocity.meanVelocityMps(ap, ml, 3, 10), 1e-12);
    }

    @Test
    void rejectsBadRate() {
        double[] two = {0, 1};
        assertThrows(IllegalArgumentException.class, () -> PathVelocity.meanVelocityMps(two, two, 2, 0));
    }
}
