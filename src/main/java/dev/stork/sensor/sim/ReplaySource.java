package dev.stork.sensor.sim;

import dev.stork.sensor.CellSpacing;
import dev.stork.sensor.HealthEvent;
import dev.stork.sensor.ImuSample;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.SampleSource;
import dev.stork.sensor.SourceDescription;
import dev.stork.sensor.file.Recording;
import dev.stork.sensor.file.RecordingFormat;
import dev.stork.sensor.file.StorkCsvFormat;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Plays a Stork recording ({@link RecordingFormat#STORK_PLATE} or {@link RecordingFormat#STORK_IMU}) back through
 * a {@link SampleListener}, exactly as a live board would deliver it, so a recording runs through the same pipeline
 * as live data. Each row becomes one sample: its time is the clock's time at {@link #run} plus the row's
 * {@code t_s}, its sequence number the row index. {@link Pacing#REAL_TIME} waits for each row's time on the clock;
 * {@link Pacing#FAST} does not. With {@code () -> 0L} as the clock, timestamps are the file's own times.
 */
public final class ReplaySource implements SampleSource {
    private final Recording recording;
    private final Pacing pacing;
    private final LongSupplier clockNanos;
    private final SourceDescription description;
    private final double[] timeS;
    private final double[][] columns;
    private final boolean plate;
    private final PlateSample plateSample = new PlateSample();
    private final ImuSample imuSample = new ImuSample();
    private volatile boolean stopped;

    /**
     * @param recording  a Stork plate or IMU recording
     * @param pacing     real time or fast
     * @param clockNanos monotonic clock, e.g. {@code System::nanoTime}
     * @throws IllegalArgumentException naming the file when its format carries no raw board samples
     */
    public ReplaySource(Recording recording, Pacing pacing, LongSupplier clockNanos) {
        this.recording = recording;
        this.pacing = pacing;
        this.clockNanos = clockNanos;
        this.timeS = recording.timeS();
        if (recording.format() == RecordingFormat.STORK_PLATE) {
            plate = true;
            columns = new double[][] {recording.channel("tl_N"), recording.channel("tr_N"),
                recording.channel("bl_N"), recording.channel("br_N")};
            description = new SourceDescription("replay of " + recording.file(),
                    SourceDescription.BoardKind.FORCE_PLATE, recording.rateHz(), SourceDescription.CellUnit.NEWTONS,
                    recording.file().toString());
        } else if (recording.format() == RecordingFormat.STORK_IMU) {
            plate = false;
            columns = new double[][] {recording.channel("ax"), recording.channel("ay"), recording.channel("az"),
                recording.channel("gx"), recording.channel("gy"), recording.channel("gz")};
            description = new SourceDescription("replay of " + recording.file(),
                    SourceDescription.BoardKind.IMU_WOBBLE_BOARD, recording.rateHz(), SourceDescription.CellUnit.NONE,
                    recording.file().toString());
        } else {
            throw new IllegalArgumentException(recording.file() + " is a " + recording.format().cliName()
                    + " recording; only stork-plate and stork-imu recordings can be replayed as board samples");
        }
    }

    @Override
    public SourceDescription description() {
        return description;
    }

    @Override
    public void run(SampleListener listener) throws InterruptedException {
        long startNanos = clockNanos.getAsLong();
        listener.onHealth(new HealthEvent(startNanos, HealthEvent.Kind.CONNECTED, description.name()));
        double[][] c = columns;
        for (int i = 0; i < timeS.length && !stopped; i++) {
            long t = startNanos + Math.round(timeS[i] * 1e9);
            pacing.awaitDue(t, clockNanos, description.name());
            if (plate) {
                listener.onPlateSample(plateSample.set(t, i, c[0][i], c[1][i], c[2][i], c[3][i], 0));
            } else {
                listener.onImuSample(imuSample.set(t, i, c[0][i], c[1][i], c[2][i], c[3][i], c[4][i], c[5][i]));
            }
        }
        listener.onEnd();
    }

    /** The spacing of the plate the recording was made on, from its header; empty for an IMU recording. */
    @Override
    public Optional<CellSpacing> cellSpacing() {
        String ml = recording.metadata().get(StorkCsvFormat.KEY_CELL_SPACING_ML_M);
        String ap = recording.metadata().get(StorkCsvFormat.KEY_CELL_SPACING_AP_M);
        if (!plate || ml == null || ap == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CellSpacing(Double.parseDouble(ml), Double.parseDouble(ap)));
        } catch (IllegalArgumentException e) {
            // A header the reader let through but that names no spacing: the plate's geometry stays unknown.
            return Optional.empty();
        }
    }

    @Override
    public void stop() {
        stopped = true;
    }

    @Override
    public void close() {
        stop();
    }
}
