package dev.stork.signal.resample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Linear resampling of irregular samples onto a uniform grid, checked on signals with known values. */
class UniformResamplerTest {

    @Test
    void aLinearRampIsReproducedExactlyOnTheGrid() {
        List<double[]> out = new ArrayList<>();
        UniformResampler resampler = new UniformResampler(2, 100, 50_000_000L,
                (t, v) -> out.add(new double[] {t, v[0], v[1]}));
        // Irregular input times (7, 13, 9, 15 ms steps ...) of a ramp x = 2 t[s], y = -t[s].
        long t = 0;
        int[] steps = {7, 13, 9, 15, 11, 8, 14};
        for (int i = 0; i < 70; i++) {
            resampler.push(t, new double[] {2 * t / 1e9, -t / 1e9});
            t += steps[i % steps.length] * 1_000_000L;
        }
        assertEquals(0, resampler.gaps());
        for (int i = 0; i < out.size(); i++) {
            double[] s = out.get(i);
            assertEquals(i * 10_000_000L, (long) s[0], "grid point " + i);
            // Linear interpolation of a linear signal is exact up to rounding (1e-12).
            assertEquals(2 * s[0] / 1e9, s[1], 1e-12);
            assertEquals(-s[0] / 1e9, s[2], 1e-12);
        }
        long lastInput = t - steps[69 % steps.length] * 1_000_000L;
        assertEquals(lastInput / 10_000_000L + 1, out.size(), "every grid point up to the last input");
    }

    @Test
    void aLongGapIsCountedAndNotBridged() {
        List<Long> times = new ArrayList<>();
        UniformResampler resampler = new UniformResampler(1, 100, 100_000_000L, (t, v) -> times.add(t));
        resampler.push(0, new double[] {1});
        resampler.push(10_000_000L, new double[] {1});
        resampler.push(505_000_000L, new double[] {1});
        resampler.push(515_000_000L, new double[] {1});
        assertEquals(1, resampler.gaps());
        assertEquals(List.of(0L, 10_000_000L, 505_000_000L, 515_000_000L), times,
                "no grid point inside the 495 ms gap; the grid restarts at the next sample");
    }

    @Test
    void allocatesNothingPerSampleAfterWarmUp() {
        double[] sink = new double[1];
        UniformResampler resampler = new UniformResampler(4, 100, 100_000_000L, (t, v) -> sink[0] += v[0]);
        double[] values = new double[4];
        long t = 0;
        for (int i = 0; i < 20_000; i++) {
            values[0] = i;
            resampler.push(t += 9_000_000L + (i % 3) * 1_000_000L, values);
        }
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 10_000; i++) {
            values[0] = i;
            resampler.push(t += 9_000_000L + (i % 3) * 1_000_000L, values);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        // Tolerance: a few hundred bytes for the measurement itself; per-sample garbage would be >= 160 kB.
        assertEquals(0, allocated, 1024, "bytes allocated for 10,000 samples");
    }
}
