package dev.stork.sensor.sim;

import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.SourceDescription;
import java.util.function.LongSupplier;

/**
 * A simulated person on a four-cell plate ({@link PlateSessionModel}) as a {@link dev.stork.sensor.SampleSource}:
 * cells in newtons, timestamps starting at the clock's time when {@link #run} begins. {@link Pacing#REAL_TIME}
 * paces to the clock like a real board; {@link Pacing#FAST} delivers as fast as the listener takes the samples.
 * One {@link PlateSample} holder is reused for every sample.
 */
public final class SimulatedPlateSource extends PacedSimulationSource {
    private final PlateSessionModel model;
    private final PlateSample sample = new PlateSample();

    /**
     * @param model      the simulated session (used once)
     * @param pacing     real time or fast
     * @param clockNanos monotonic clock, e.g. {@code System::nanoTime}
     */
    public SimulatedPlateSource(PlateSessionModel model, Pacing pacing, LongSupplier clockNanos) {
        super(pacing, clockNanos, new SourceDescription("simulated plate, " + model.rateHz() + " Hz",
                SourceDescription.BoardKind.FORCE_PLATE, model.rateHz(), SourceDescription.CellUnit.NEWTONS,
                "simulated-plate"));
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
        listener.onPlateSample(sample);
    }
}
