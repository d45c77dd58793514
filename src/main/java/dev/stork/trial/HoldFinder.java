package dev.stork.trial;

import dev.stork.sensor.file.Recording;
import dev.stork.sensor.file.RecordingFormat;
import dev.stork.sensor.file.RecordingFormatException;
import dev.stork.sensor.file.StorkCsvFormat;
import dev.stork.sensor.sim.Pacing;
import dev.stork.sensor.sim.ReplaySource;
import dev.stork.sensor.sim.SimulationWriter;
import dev.stork.signal.cop.PlateGeometry;
import dev.stork.signal.stance.PlateStanceConfig;
import dev.stork.signal.stance.WobbleHoldConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the holds in a recording by replaying it ({@link ReplaySource}) through the same live pipeline that runs
 * on the board ({@link PlatePipeline} or {@link WobblePipeline}): one code path for live and offline. Times in the
 * results are the recording's own ({@code t_s}, as nanoseconds).
 */
public final class HoldFinder {
    /** Edge angle assumed when a wobble-board recording does not name one, degrees. */
    public static final double DEFAULT_WOBBLE_EDGE_DEG = 15;

    private HoldFinder() {
    }

    /** Every hold in full length (no target time), with the default thresholds. */
    public static List<TrialResult> find(Recording recording) throws RecordingFormatException {
        return find(recording, Double.POSITIVE_INFINITY);
    }

    /**
     * Every hold, each ending at the latest at {@code targetS}.
     *
     * @throws RecordingFormatException when the recording's geometry or edge metadata is not a positive number
     * @throws IllegalArgumentException naming the file when its format has no raw plate cells or IMU samples
     */
    public static List<TrialResult> find(Recording recording, double targetS) throws RecordingFormatException {
        List<TrialResult> results = new ArrayList<>();
        HoldPipeline pipeline;
        if (recording.format() == RecordingFormat.STORK_PLATE) {
            PlateGeometry geometry = new PlateGeometry(
                    StorkCsvFormat.positiveMetadata(recording, StorkCsvFormat.KEY_CELL_SPACING_ML_M,
                            StorkCsvFormat.WII_CELL_SPACING_ML_M),
                    StorkCsvFormat.positiveMetadata(recording, StorkCsvFormat.KEY_CELL_SPACING_AP_M,
                            StorkCsvFormat.WII_CELL_SPACING_AP_M));
            pipeline = new PlatePipeline(geometry, recording.rateHz(), PlateStanceConfig.defaults(targetS),
                    results::add);
        } else {
            double edgeDeg = StorkCsvFormat.positiveMetadata(recording, SimulationWriter.KEY_WOBBLE_EDGE_DEG,
                    DEFAULT_WOBBLE_EDGE_DEG);
            pipeline = new WobblePipeline(recording.rateHz(), WobbleHoldConfig.defaults(edgeDeg, targetS),
                    results::add);
        }
        try (ReplaySource source = new ReplaySource(recording, Pacing.FAST, () -> 0L)) {
            source.run(pipeline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("replay of " + recording.file() + " was interrupted", e);
        }
        return results;
    }
}
