package dev.stork.sensor.i2c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What every FIFO IMU driver must show on its chip, emulated or real: a board at rest reads 1 g and no rotation,
 * and the FIFO drains without loss over many irregular reads at 200 Hz and more. Chip-specific contracts extend
 * this with their register settings and scale factors.
 */
abstract class AbstractFifoImuTest extends AbstractChipContractTest {

    /** How far a board at rest may read from 1 g, in m/s² (quantisation for an emulation, mounting for a chip). */
    protected abstract double restToleranceMetresPerSecondSquared();

    /** How far a board at rest may read from zero rotation, in rad/s. */
    protected abstract double restToleranceRadiansPerSecond();

    /** The driver at its wobble-board settings and {@code rateIndex} of {@link #ratesHz()}. */
    protected abstract FifoImu fifoImu(int rateIndex);

    /** Two rates of 200 Hz or more that the chip can run at, in Hz. */
    protected abstract int[] ratesHz();

    @Test
    void boardAtRestReadsOneGAndNoRotation() throws Exception {
        FifoImu driver = fifoImu(0);
        driver.init();
        letTimePass(100_000_000L);
        double[] values = new double[6 * driver.maxSamplesPerRead()];
        int n = driver.readFifo(values, driver.maxSamplesPerRead());
        assertTrue(n >= 15, "100 ms at 200 Hz or more gives about 20 samples, got " + n);
        for (int i = 0; i < n; i++) {
            double g = Math.sqrt(sq(values[6 * i]) + sq(values[6 * i + 1]) + sq(values[6 * i + 2]));
            assertEquals(9.80665, g, restToleranceMetresPerSecondSquared(), "|a| of sample " + i);
            for (int axis = 3; axis < 6; axis++) {
                assertEquals(0, values[6 * i + axis], restToleranceRadiansPerSecond(), "rate of sample " + i);
            }
        }
    }

    @Test
    void fifoDrainsWithoutLossOverManyReads() throws Exception {
        for (int r = 0; r < ratesHz().length; r++) {
            FifoImu driver = fifoImu(r);
            assertEquals(ratesHz()[r], driver.sampleRateHz(), 0.5);
            driver.init();
            double[] values = new double[6 * driver.maxSamplesPerRead()];
            long total = 0;
            long elapsedNanos = 0;
            // Irregular read intervals (7..43 ms) over 2 s, each short enough for the chip's FIFO.
            for (int read = 0; elapsedNanos < 2_000_000_000L; read++) {
                long stepNanos = (7 + (read * 13) % 37) * 1_000_000L;
                letTimePass(stepNanos);
                elapsedNanos += stepNanos;
                int n;
                do {
                    n = driver.readFifo(values, driver.maxSamplesPerRead());
                    total += n;
                } while (n == driver.maxSamplesPerRead());
            }
            double expected = elapsedNanos * 1e-9 * driver.sampleRateHz();
            // The first sample comes one period after the FIFO starts and the last may not be due yet: ±2 samples.
            assertEquals(expected, total, 2.0, "samples at " + driver.sampleRateHz() + " Hz in " + elapsedNanos + " ns");
            assertEquals(0, driver.overflows(), "no FIFO overflow at " + driver.sampleRateHz() + " Hz");
        }
    }

    private static double sq(double x) {
        return x * x;
    }
}
