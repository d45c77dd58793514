package dev.stork.calibration.sim;

import dev.stork.sensor.LinkStats;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.SampleSource;
import dev.stork.sensor.SourceDescription;
import java.util.Optional;

/**
 * A simulated plate in newtons (e.g. {@link dev.stork.sensor.sim.SimulatedPlateSource}) seen through
 * {@link UncalibratedCells}: delivers raw values as an uncalibrated board would. Sample time for the drift is
 * counted from the first sample. One holder reused; nothing allocated per sample.
 */
public final class UncalibratedPlateSource implements SampleSource {
    private final SampleSource newtons;
    private final UncalibratedCells cells;
    private final SourceDescription description;

    /**
     * @param newtons  a source whose cells are in newtons
     * @param cells    the true cell response
     * @param deviceId the device id to report
     */
    public UncalibratedPlateSource(SampleSource newtons, UncalibratedCells cells, String deviceId) {
        SourceDescription d = newtons.description();
        if (d.cellUnit() != SourceDescription.CellUnit.NEWTONS) {
            throw new IllegalArgumentException(d.name() + " does not deliver newtons");
        }
        this.newtons = newtons;
        this.cells = cells;
        this.description = new SourceDescription("uncalibrated " + d.name(), d.kind(), d.nominalRateHz(),
                cells.unit(), deviceId);
    }

    @Override
    public SourceDescription description() {
        return description;
    }

    /** The wrapped source's link: the cells change what its samples say, not how they travel. */
    @Override
    public Optional<LinkStats> linkStats() {
        return newtons.linkStats();
    }

    @Override
    public void run(SampleListener listener) throws InterruptedException {
        newtons.run(new SampleListener() {
            private final PlateSample raw = new PlateSample();
            private long firstNanos = Long.MIN_VALUE;

            @Override
            public void onPlateSample(PlateSample sample) {
                if (firstNanos == Long.MIN_VALUE) {
                    firstNanos = sample.timeNanos;
                }
                cells.toRaw(sample, (sample.timeNanos - firstNanos) / 1e9, raw);
                listener.onPlateSample(raw);
            }

            @Override
            public void onHealth(dev.stork.sensor.HealthEvent event) {
                listener.onHealth(event);
            }

            @Override
            public void onEnd() {
                listener.onEnd();
            }
        });
    }

    @Override
    public void stop() {
        newtons.stop();
    }

    @Override
    public void close() {
        newtons.close();
    }
}
