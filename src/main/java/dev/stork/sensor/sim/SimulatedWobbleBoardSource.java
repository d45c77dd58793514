package dev.stork.sensor.sim;

import dev.stork.sensor.ImuSample;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.SourceDescription;
import java.util.function.LongSupplier;

/**
 * A simulated person on an IMU wobble board ({@link WobbleSessionModel}) as a {@link dev.stork.sensor.SampleSource}:
 * acceleration in m/s², rates in rad/s, timestamps from the clock's time when {@link #run} begins, paced or fast
 * as {@link Pacing} says. One {@link ImuSample} holder is reused for every sample.
 */
public final class SimulatedWobbleBoardSource extends PacedSimulationSource {
    private final WobbleSessionModel model;
    private final ImuSample sample = new ImuSample();

    /**
     * @param model      the simulated session (used once)
     * @param pacing     real time or fast
     * @param clockNanos monotonic clock, e.g. {@code System::nanoTime}
     */
    public SimulatedWobbleBoardSource(WobbleSessionModel model, Pacing pacing, LongSupplier clockNanos) {
        super(pacing, clockNanos, new SourceDescription("simulated wobble board, " + model.rateHz() + " Hz",
                SourceDescription.BoardKind.IMU_WOBBLE_BOARD, model.rateHz(), SourceDescription.CellUnit.NONE,
                "simulated-wobble-board"));
        this.model = model;
    }

    @Override
    protected boolean nextSample(long startNanos) {
        return model.next(sample, startNanos);
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
