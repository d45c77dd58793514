package dev.stork.signal.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Half-wave peaks and sign changes on a hand-made velocity trace. */
class VelocityPeaksTest {

    /**
     * Half-waves: + (peak 3), - through a zero (peak -4), + (peak 2), then an unfinished -. Three sign changes;
     * the half-wave before the first change and the unfinished last one give no peak, so the peaks are -4 and 2
     * (exact).
     */
    @Test
    void countsCrossingsAndAveragesCompletedHalfWaves() {
        double[] v = {1, 3, 2, -1, 0, -4, -2, 1, 2, 1, -1};
        FeatureCollector out = new FeatureCollector();
        VelocityPeaks.compute(v, "X", out);
        FeatureSet set = out.inOrder(java.util.List.of("zero_crossing_X", "peak_velocity_pos_X",
                "peak_velocity_neg_X", "peak_velocity_all_X"));
        assertEquals(3.0, set.get("zero_crossing_X"), 0.0);
        assertEquals(2.0, set.get("peak_velocity_pos_X"), 0.0);
        assertEquals(4.0, set.get("peak_velocity_neg_X"), 0.0);
        assertEquals(3.0, set.get("peak_velocity_all_X"), 0.0);
    }
}
