package dev.stork.signal.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Preprocessing steps that can be checked by hand. */
class StabilogramPreprocessorTest {

    /** The first and last samples, those before 0.1 s and a 3 cm spike that returns at once are dropped. */
    @Test
    void purgeDropsEdgesSettlingAndSpikes() {
        int n = 20;
        double[] time = new double[n];
        double[] ml = new double[n];
        double[] ap = new double[n];
        for (int i = 0; i < n; i++) {
            time[i] = i * 0.02;
        }
        ml[12] = 3.0;
        int kept = StabilogramPreprocessor.purgeArtefacts(time, ml, ap, n);
        // indices 5..18 survive the edge and settling rules (0.1 s = index 5); index 12 is the spike
        assertEquals(13, kept);
        assertEquals(0.1, time[0], 0.0);
        assertEquals(0.22, time[6], 1e-15, "index 11");
        assertEquals(0.26, time[7], 1e-15, "index 13 follows once the spike is gone");
        assertArrayEquals(new double[13], java.util.Arrays.copyOf(ml, 13), 0.0);
    }

    /** A constant signal with NaN gaps becomes zero after centring, and its mean is reported (1e-12). */
    @Test
    void constantSignalWithGapsCentresToZero() {
        int n = 1000;
        double[] ml = new double[n];
        double[] ap = new double[n];
        java.util.Arrays.fill(ml, 1.5);
        java.util.Arrays.fill(ap, -7.0);
        ml[300] = Double.NaN;
        ap[301] = Double.NaN;
        Stabilogram s = new StabilogramPreprocessor().prepare(ml, ap, 100.0);
        assertEquals(1.5, s.meanMlCm(), 1e-12);
        assertEquals(-7.0, s.meanApCm(), 1e-12);
        assertEquals(25.0, s.rateHz(), 0.0);
        // from 0.1 s in steps of 0.04 s while below the last kept time, 9.98 s: 247 exact steps, and the
        // accumulated rounding (0.1 + 247 steps = 9.97999...) lets one more in, as in the reference
        assertEquals(248, s.length());
        for (int i = 0; i < s.length(); i++) {
            assertEquals(0.0, s.mlCm()[i], 1e-12);
            assertEquals(0.0, s.apCm()[i], 1e-12);
        }
    }
}
