package dev.stork.calibration.sim;

import dev.stork.sensor.ImuSample;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.sim.PacedSimulationSource;
import dev.stork.sensor.sim.Pacing;
import java.util.function.LongSupplier;

/**
 * An {@link UncalibratedImu} as a {@link dev.stork.sensor.SampleSource}: raw IMU samples paced to a clock, with
 * timestamps on that clock from the moment {@link #run} begins. Turning the board ({@link UncalibratedImu#perform})
 * must happen on the acquisition thread, i.e. from the listener. One sample holder is reused.
 */
public final class UncalibratedImuSource extends PacedSimulationSource {
    private final UncalibratedImu imu;
    private final ImuSample sample = new ImuSample();

    /**
     * @param imu        the simulated IMU
     * @param pacing     real time or fast
     * @param clockNanos the clock to pace to, ns
     */
    public UncalibratedImuSource(UncalibratedImu imu, Pacing pacing, LongSupplier clockNanos) {
        super(pacing, clockNanos, imu.description());
        this.imu = imu;
    }

    /** The IMU, to turn the board from the acquisition thread. */
    public UncalibratedImu imu() {
        return imu;
    }

    @Override
    protected boolean nextSample(long startNanos) {
        imu.next(sample);
        sample.timeNanos += startNanos;
        return true;
    }

    @Override
    protected long sampleTimeNanos() {
        return sample.timeNanos;
    }

    @Override
    protected void deliver(SampleListener listener) {
        listener.onImuSample(sample);
    }
}
