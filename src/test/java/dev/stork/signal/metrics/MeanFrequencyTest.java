package dev.stork.signal.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.support.AllocationMeter;
import org.junit.jupiter.api.Test;

class MeanFrequencyTest {
    private static final int N = 6000;
    private static final double RATE_HZ = 100;
    /** Bin spacing of the n/2 = 3000-point transform: 1/30 Hz. */
    private static final double BIN_HZ = RATE_HZ / (N / 2);

    private static double[] sine(double amplitude, double frequencyHz, double offset) {
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = offset + amplitude * Math.sin(2 * Math.PI * frequencyHz * i / RATE_HZ + 0.3);
        }
        return x;
    }

    @Test
    void binCentredSinesGiveTheirPowerWeightedFrequency() {
        // Whole cycles in every segment: the Hann window spreads each sine symmetrically over bins k-1..k+1, so each
        // axis's mean frequency is its sine's, and each axis's power is A²/2 exactly. Round-off only.
        double fAp = 15 * BIN_HZ;
        double fMl = 27 * BIN_HZ;
        double ampAp = 0.004;
        double ampMl = 0.0015;
        double expected = (fAp * ampAp * ampAp + fMl * ampMl * ampMl) / (ampAp * ampAp + ampMl * ampMl);
        MeanFrequency meanFrequency = new MeanFrequency(N, RATE_HZ);
        double actual = meanFrequency.combinedHz(sine(ampAp, fAp, 0.02), sine(ampMl, fMl, -0.01));
        assertEquals(expected, actual, 1e-9 * expected);
    }

    @Test
    void stillAxisContributesNothing() {
        double f = 9 * BIN_HZ;
        double actual = new MeanFrequency(N, RATE_HZ).combinedHz(sine(0.003, f, 0), new double[N]);
        assertEquals(f, actual, 1e-9 * f);
    }

    @Test
    void estimateAllocatesOnlyTheTransformScratchOnceSized() {
        MeanFrequency meanFrequency = new MeanFrequency(N, RATE_HZ);
        double[] ap = sine(0.004, 15 * BIN_HZ, 0);
        double[] ml = sine(0.002, 27 * BIN_HZ, 0);
        Runnable tenTrials = () -> {
            for (int i = 0; i < 10; i++) {
                meanFrequency.combinedHz(ap, ml);
            }
        };
        tenTrials.run();
        long bytes = AllocationMeter.bytesAllocatedBy(tenTrials);
        // Three segments of 3000 points per estimate; JTransforms allocates 2 x 3000 doubles (48 kB) of scratch per
        // mixed-radix transform (plus a one-element int array, 64 bytes allowed) and nothing else may: the PSD and
        // segment buffers (over 100 kB) are reused.
        long scratch = 10L * 3 * (2 * (N / 2) * Double.BYTES + 64);
        assertTrue(bytes <= scratch + 1024, bytes + " bytes allocated by 10 estimates, scratch " + scratch);
    }

    @Test
    void stillTrajectoryHasNoMeanFrequency() {
        double[] still = new double[N];
        assertThrows(IllegalArgumentException.class, () -> new MeanFrequency(N, RATE_HZ).combinedHz(still, still));
    }

    @Test
    void rejectsBuffersShorterThanTheTrial() {
        double[] shortBuffer = new double[N - 1];
        assertThrows(IllegalArgumentException.class,
                () -> new MeanFrequency(N, RATE_HZ).combinedHz(shortBuffer, shortBuffer));
    }
}
