package dev.stork.signal.resample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** SWARII on inputs whose weighted averages can be worked out by hand. */
class SwariiTest {

    /** Worked example: times 0, 0.1, 0.3 s in one 1 s window carry weights 0.05, 0.15 and 0.1 s (1e-15). */
    @Test
    void weightsAreTheTimeEachSampleStandsFor() {
        Swarii swarii = new Swarii(1.0, 1.0);
        Swarii.Resampled out = swarii.resample(new double[] {0.0, 0.1, 0.3}, 3, new double[] {1.0, 2.0, 4.0},
                new double[] {0.0, 0.0, 3.0});
        assertEquals(1, out.length(), "grid 0 s only: 1 s is past the last sample");
        assertEquals((1.0 * 0.05 + 2.0 * 0.15 + 4.0 * 0.1) / 0.3, out.channel(0)[0], 1e-15);
        assertEquals(3.0 * 0.1 / 0.3, out.channel(1)[0], 1e-15);
    }

    /**
     * A straight line sampled uniformly at 100 Hz comes back on the 25 Hz grid: every inner window is symmetric
     * about its centre (1e-12).
     */
    @Test
    void uniformLineIsReproducedOnTheNewGrid() {
        int n = 1000;
        double[] t = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i / 100.0;
            v[i] = 1.0 + 3.0 * t[i];
        }
        Swarii.Resampled out = new Swarii(0.08 - 1e-6, 25.0).resample(t, n, v);
        assertEquals(250, out.length(), "0 s up to below 9.99 s in steps of 0.04 s");
        for (int i = 1; i < out.length() - 1; i++) {
            assertEquals(1.0 + 3.0 * out.timeS()[i], out.channel(0)[i], 1e-12, "sample " + i);
        }
    }

    /** A window with one sample takes its value. */
    @Test
    void lonelySampleIsCopied() {
        Swarii.Resampled out = new Swarii(0.1, 10.0).resample(new double[] {0.0, 0.1, 0.2}, 3,
                new double[] {5.0, 7.0, 9.0});
        assertEquals(2, out.length());
        assertEquals(5.0, out.channel(0)[0], 0.0);
        assertEquals(7.0, out.channel(0)[1], 0.0);
    }

    /** Empty windows (a 0.5 s gap) are filled by linear interpolation between filled ones (1e-12). */
    @Test
    void gapsAreInterpolatedLinearly() {
        double[] t = {0.0, 0.1, 0.2, 0.7, 0.8, 0.9, 1.0};
        double[] v = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            v[i] = 2.0 * t[i];
        }
        Swarii.Resampled out = new Swarii(0.05, 10.0).resample(t, t.length, v);
        // windows at 0.3 .. 0.6 s are empty; the accumulated grid ends at 0.9999999999999999 s (below 1.0 s, so
        // the last sample still counts), and the interpolated grid runs from 0 s in 0.1 s steps below that
        assertEquals(10, out.length());
        for (int i = 0; i < out.length(); i++) {
            assertEquals(0.1 * i, out.timeS()[i], 1e-12);
            assertEquals(0.2 * i, out.channel(0)[i], 1e-12, "sample " + i);
        }
    }

    @Test
    void rejectsUnorderedTimes() {
        Swarii swarii = new Swarii(0.08, 25.0);
        assertThrows(IllegalArgumentException.class,
                () -> swarii.resample(new double[] {0.0, 0.02, 0.01}, 3, new double[3]));
    }
}
