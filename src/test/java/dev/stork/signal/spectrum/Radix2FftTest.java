package dev.stork.signal.spectrum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The radix-2 FFT on signals with known spectra. */
class Radix2FftTest {

    /** A complex exponential at bin 5 of 64 puts all its energy, N, in bin 5 (1e-12). */
    @Test
    void complexToneLandsInItsBin() {
        int n = 64;
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            re[i] = Math.cos(2 * Math.PI * 5 * i / n);
            im[i] = Math.sin(2 * Math.PI * 5 * i / n);
        }
        new Radix2Fft(n).forward(re, im);
        for (int k = 0; k < n; k++) {
            assertEquals(k == 5 ? n : 0.0, re[k], 1e-12, "re " + k);
            assertEquals(0.0, im[k], 1e-12, "im " + k);
        }
    }

    /** Inverse after forward gives the input back (1e-13). */
    @Test
    void inverseUndoesForward() {
        int n = 4096;
        Random random = new Random(9);
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            re[i] = random.nextGaussian();
            im[i] = random.nextGaussian();
        }
        double[] re0 = re.clone();
        double[] im0 = im.clone();
        Radix2Fft fft = new Radix2Fft(n);
        fft.forward(re, im);
        fft.inverse(re, im);
        for (int i = 0; i < n; i++) {
            assertEquals(re0[i], re[i], 1e-13);
            assertEquals(im0[i], im[i], 1e-13);
        }
    }

    @Test
    void rejectsLengthsThatAreNotPowersOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> new Radix2Fft(12));
    }
}
