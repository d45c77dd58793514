package dev.stork.calibration.sim;

import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.sim.PacedSimulationSource;
import dev.stork.sensor.sim.Pacing;
import java.util.function.LongSupplier;

/**
 * A {@link PlacedMassPlate} as a {@link dev.stork.sensor.SampleSource}: raw cell values paced to a clock, with
 * timestamps on that clock from the moment {@link #run} begins. The plate itself is not thread-safe: whoever moves
 * the mass ({@link PlacedMassPlate#perform}) must do it on the acquisition thread, i.e. from the listener. One
 * sample holder is reused; nothing is allocated per sample.
 */
public final class PlacedMassSource extends PacedSimulationSource {
    private final PlacedMassPlate plate;
    private final PlateSample sample = new PlateSample();

    /**
     * @param plate      the simulated plate and its mass
     * @param pacing     real time (a person at the terminal) or fast
     * @param clockNanos the clock to pace to, ns
     */
    public PlacedMassSource(PlacedMassPlate plate, Pacing pacing, LongSupplier clockNanos) {
        super(pacing, clockNanos, plate.description());
        this.plate = plate;
    }

    /** The plate, to place the mass on it from the acquisition thread. */
    public PlacedMassPlate plate() {
        return plate;
    }

    @Override
    protected boolean nextSample(long startNanos) {
        plate.next(sample);
        sample.timeNanos += startNanos;
        return true;
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
