package dev.stork.signal.spectrum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast transform against the O(N^2) definition, for power-of-two, prime and composite lengths. */
class BluesteinDftTest {

    /** Tolerance 1e-11 times the sum of |x|, a bound on any DFT coefficient. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 16, 250, 499, 748, 1497})
    void matchesDefinition(int n) {
        Random random = new Random(n);
        double[] re = new double[n];
        double[] im = new double[n];
        double scale = 0.0;
        for (int i = 0; i < n; i++) {
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
        new BluesteinDft(n).transform(re, im);
        for (int k = 0; k < n; k++) {
            assertEquals(expectedRe[k], re[k], 1e-11 * scale, "re " + k);
            assertEquals(expectedIm[k], im[k], 1e-11 * scale, "im " + k);
        }
    }
}
