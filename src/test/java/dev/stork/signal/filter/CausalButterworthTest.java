package dev.stork.signal.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CausalButterworthTest {
    private static final double RATE_HZ = 1000;

    /** Peak of the output over the last {@code seconds} of a sine of {@code frequencyHz}, after 5 s to settle. */
    private static double steadyStateGain(CausalButterworth filter, double frequencyHz) {
        double peak = 0;
        int n = (int) (8 * RATE_HZ);
        for (int i = 0; i < n; i++) {
            double y = filter.filter(Math.sin(2 * Math.PI * frequencyHz * i / RATE_HZ));
            if (i > 5 * RATE_HZ) {
                peak = Math.max(peak, Math.abs(y));
            }
        }
        return peak;
    }

    @Test
    void lowPassIsThreeDecibelsDownAtItsCutoff() {
        // Any Butterworth has |H(fc)| = 1/sqrt(2); sampled peak within 0.005 at 1000 samples per second.
        assertEquals(1 / Math.sqrt(2), steadyStateGain(CausalButterworth.lowPass(2, RATE_HZ, 10), 10), 0.005);
        assertEquals(1 / Math.sqrt(2), steadyStateGain(CausalButterworth.lowPass(4, RATE_HZ, 10), 10), 0.005);
    }

    @Test
    void lowPassOfOrderTwoAttenuatesADecadeAboveByFortyDecibels() {
        // |H| = 1 / sqrt(1 + (f/fc)^4) = 0.00999 at f = 10 fc for the analogue prototype; the bilinear transform
        // at 1 kHz makes it a little smaller, so allow 0.0100 +- 0.0015.
        assertEquals(0.0100, steadyStateGain(CausalButterworth.lowPass(2, RATE_HZ, 5), 50), 0.0015);
    }

    @Test
    void highPassBlocksAConstantAndPassesFastSway() {
        CausalButterworth highPass = CausalButterworth.highPass(2, RATE_HZ, 0.3);
        for (int i = 0; i < 1000; i++) {
            assertEquals(0, highPass.filter(0.12), 1e-12, "a constant primes to zero output");
        }
        assertEquals(1, steadyStateGain(CausalButterworth.highPass(2, RATE_HZ, 0.3), 20), 0.005);
    }

    @Test
    void theFirstSamplePrimesTheFilterSoAConstantPassesUnchanged() {
        CausalButterworth lowPass = CausalButterworth.lowPass(2, 100, 8);
        for (int i = 0; i < 50; i++) {
            assertEquals(0.137, lowPass.filter(0.137), 1e-12);
        }
        lowPass.reset();
        assertEquals(-0.05, lowPass.filter(-0.05), 1e-12, "reset primes again");
    }

    @Test
    void cutoffAtOrAboveNyquistIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CausalButterworth.lowPass(2, 50, 25));
        assertEquals("cutoff must lie between 0 and the Nyquist frequency: cutoff 25.0 Hz at a sample rate of 50.0 Hz",
                e.getMessage());
    }
}
