package dev.stork.sensor.i2c;

import dev.stork.sensor.HealthEvent;
import dev.stork.sensor.ImuSample;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.SourceDescription;

import java.util.Objects;

/**
 * A wobble board with an I2C IMU (MPU-6050 or LSM6DSOX) read from the chip's FIFO. Each sample's time comes from
 * its position in the stream and the configured rate, {@code t = origin + n / rate}, never from when the host
 * happened to read it; the origin is the host time at which the FIFO started, plus one period. When samples are
 * lost (FIFO overflow, a failed transfer, an outage) the FIFO restarts and the sequence number jumps by the time
 * that passed, so the gap is visible downstream. Allocates nothing per sample.
 */
public final class I2cImuSource extends PollingI2cSource {

    private final FifoImu imu;
    private final SourceDescription description;
    private final double periodNanos;
    private final long pollIntervalNanos;
    private final double[] values;
    private final ImuSample sample = new ImuSample();
    private long originNanos;
    private long nextSequence;
    private long overflowsSeen;
    private boolean restartFifo;

    /**
     * @param imu   the chip, not yet initialised
     * @param clock host time and waiting
     */
    public I2cImuSource(FifoImu imu, NanoClock clock) {
        super(clock);
        this.imu = Objects.requireNonNull(imu, "imu");
        RegisterDevice device = imu.device();
        String where = I2cException.hex(device.address()) + " on bus " + device.bus();
        this.description = new SourceDescription(imu.chipName() + " IMU at " + where,
                SourceDescription.BoardKind.IMU_WOBBLE_BOARD, imu.sampleRateHz(), SourceDescription.CellUnit.NONE,
                "i2c-" + device.bus() + "-" + I2cException.hex(device.address()) + "-"
                        + imu.chipName().toLowerCase(java.util.Locale.ROOT));
        this.periodNanos = 1e9 / imu.sampleRateHz();
        // Poll often enough that the FIFO is read several times per burst of maxSamplesPerRead samples.
        this.pollIntervalNanos = Math.min(10_000_000L, (long) (periodNanos * imu.maxSamplesPerRead() / 4));
        this.values = new double[6 * imu.maxSamplesPerRead()];
    }

    @Override
    public SourceDescription description() {
        return description;
    }

    @Override
    protected long pollIntervalNanos() {
        return pollIntervalNanos;
    }

    @Override
    protected void setUp(boolean afterOutage) throws I2cException, InterruptedException {
        imu.init();
        overflowsSeen = imu.overflows();
        if (afterOutage) {
            reanchor();
        } else {
            originNanos = clock.nanoTime() + (long) periodNanos;
            nextSequence = 0;
        }
        restartFifo = false;
    }

    @Override
    protected void afterTransientFailure() {
        restartFifo = true;
    }

    @Override
    protected void poll(SampleListener listener) throws I2cException {
        if (restartFifo) {
            imu.restartFifo();
            restartFifo = false;
            reanchor();
        }
        int max = imu.maxSamplesPerRead();
        int n;
        do {
            n = imu.readFifo(values, max);
            for (int i = 0; i < n; i++) {
                int at = 6 * i;
                long seq = nextSequence++;
                sample.set(originNanos + Math.round(seq * periodNanos), seq, values[at], values[at + 1],
                        values[at + 2], values[at + 3], values[at + 4], values[at + 5]);
                listener.onImuSample(sample);
            }
            if (imu.overflows() != overflowsSeen) {
                overflowsSeen = imu.overflows();
                long before = nextSequence;
                reanchor(); // the driver has restarted the FIFO
                listener.onHealth(new HealthEvent(clock.nanoTime(), HealthEvent.Kind.DATA_LOSS, imu.chipName()
                        + " FIFO overflowed, about " + (nextSequence - before) + " samples lost: reading too slowly"));
                return;
            }
        } while (n == max);
    }

    /** The FIFO restarted now: the next sample is one period away, on the same time grid, after a visible gap. */
    private void reanchor() {
        long now = clock.nanoTime();
        long sequence = Math.round((now - originNanos) / periodNanos) + 1;
        nextSequence = Math.max(nextSequence + 1, sequence);
    }

    @Override
    protected String describe(I2cException failure) {
        return "IMU";
    }
}
