package dev.stork.signal.spectrum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The library transform, as Welch uses it, against the O(N^2) definition, for power-of-two, prime and composite lengths. */
class SegmentDftTest {

    /** Tolerance 1e-11 times the sum of |x|, a bound on any DFT coefficient. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 16, 250, 499, 748, 1497})
    void matchesDefinition(int n) {
        check(n, n, 0, n);
    }

    /** Zero-padded input and a run of bins, possibly starting below 0, as Welch uses it (same tolerance). */
    @ParameterizedTest
    @ValueSource(ints = {250, 256, 748, 1497})
    void matchesDefinitionForPaddedInputAndLeadingBins(int n) {
        check(n, 250, 0, n / 2 + 1);
        check(n, 250, -(n / 4), n / 2 + 1);
        check(n, 100, 0, n);
    }

    private static void check(int n, int inputLength, int firstBin, int outputBins) {
        Random random = new Random(n + 31L * inputLength);
        double[] re = new double[n];
        double[] im = new double[n];
        double scale = 0.0;
        for (int i = 0; i < inputLength; i++) {
            re[i] = random.nextGaussian();
            im[i] = random.nextGaussian();
            scale += Math.hypot(re[i], im[i]);
        }
        double[] expectedRe = new double[n];
        double[] expectedIm = new double[n];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                double angle = -2.0 * Math.PI * (((long) j * k) % n) / n;
                expectedRe[k] += re[j] * Math.cos(angle) - im[j] * Math.sin(angle);
                expectedIm[k] += re[j] * Math.sin(angle) + im[j] * Math.cos(angle);
            }
        }
        new SegmentDft(n, inputLength, firstBin, outputBins).transform(re, im);
        for (int k = 0; k < outputBins; k++) {
            int bin = Math.floorMod(firstBin + k, n);
            assertEquals(expectedRe[bin], re[k], 1e-11 * scale, "re " + bin);
            assertEquals(expectedIm[bin], im[k], 1e-11 * scale, "im " + bin);
        }
    }

    @org.junit.jupiter.api.Test
    void choosesTheEngineByTheLargestPrimeFactor() {
        org.junit.jupiter.api.Assertions.assertEquals(5, SegmentDft.largestPrimeFactor(3000));
        org.junit.jupiter.api.Assertions.assertEquals(499, SegmentDft.largestPrimeFactor(1497));
        org.junit.jupiter.api.Assertions.assertEquals(2, SegmentDft.largestPrimeFactor(4096));
        org.junit.jupiter.api.Assertions.assertEquals(7, SegmentDft.largestPrimeFactor(7));
    }
}
