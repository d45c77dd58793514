package dev.stork.sensor.i2c;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stork.sensor.i2c.emulation.ManualNanoClock;

/**
 * Checks that need an emulated IMU (known motion, exact emulated time), shared by the MPU-6050 and LSM6DSOX
 * emulation tests.
 */
final class FifoImuEmulationChecks {

    private FifoImuEmulationChecks() {
    }

    /**
     * Initialises {@code driver}, lets {@code nanos} pass and checks that the {@code expectedSamples} read back equal
     * {@code truth} (the emulation's constant motion) within half an LSB, the error of rounding to the nearest code.
     */
    static void readsKnownValues(FifoImu driver, ManualNanoClock clock, long nanos, int expectedSamples,
                                 double[] truth, double accelLsb, double gyroLsb, String label) throws Exception {
        driver.init();
        clock.advanceNanos(nanos);
        double[] values = new double[6 * driver.maxSamplesPerRead()];
        int n = driver.readFifo(values, driver.maxSamplesPerRead());
        assertEquals(expectedSamples, n, label + ": samples in " + nanos + " ns");
        for (int i = 0; i < n; i++) {
            for (int axis = 0; axis < 3; axis++) {
                assertEquals(truth[axis], values[6 * i + axis], accelLsb / 2 + 1e-12, label + " accel axis " + axis);
                assertEquals(truth[3 + axis], values[6 * i + 3 + axis], gyroLsb / 2 + 1e-12,
                        label + " gyro axis " + axis);
            }
        }
    }

    /**
     * With the emulation's x acceleration equal to the seconds since {@code startNanos}, reads 300 times at
     * irregular intervals in small chunks and checks that sample k carries the time of the k-th period after the
     * FIFO started.
     *
     * @return the number of samples read
     */
    static int readsInOrderWithNoneLostOrRepeated(FifoImu driver, ManualNanoClock clock, long startNanos,
                                                  double accelLsb) throws Exception {
        driver.init();
        long fifoStart = clock.nanoTime();
        int chunk = 5; // small reads: many bursts per drain, and for tagged FIFOs pairs straddling two calls
        double[] values = new double[6 * chunk];
        int k = 0;
        for (int read = 0; read < 300; read++) {
            clock.advanceNanos((3 + read % 50) * 1_000_000L);
            int n;
            do {
                n = driver.readFifo(values, chunk);
                for (int i = 0; i < n; i++, k++) {
                    double expectedSeconds = (fifoStart - startNanos) * 1e-9 + (k + 1) / driver.sampleRateHz();
                    // Half an LSB of quantisation plus 1 ns of time rounding.
                    assertEquals(expectedSeconds, values[6 * i], accelLsb / 2 + 1e-9, "sample " + k);
                }
            } while (n == chunk);
        }
        return k;
    }

    /** Lets {@code stallNanos} pass unread: the driver must count one overflow and restart the FIFO. */
    static void overflowsAndStartsOver(FifoImu driver, ManualNanoClock clock, long stallNanos) throws Exception {
        driver.init();
        clock.advanceNanos(stallNanos);
        double[] values = new double[6 * driver.maxSamplesPerRead()];
        assertEquals(0, driver.readFifo(values, driver.maxSamplesPerRead()), "nothing trustworthy after overflow");
        assertEquals(1, driver.overflows());
        clock.advanceNanos(50_000_000L);
        assertEquals(Math.floor(0.05 * driver.sampleRateHz()), driver.readFifo(values, driver.maxSamplesPerRead()),
                1.0, "50 ms of samples after the restart");
    }
}
