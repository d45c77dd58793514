package dev.stork.sensor.sim;

import dev.stork.sensor.ImuSample;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.file.StorkCsvFormat;
import dev.stork.sensor.file.StorkCsvWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a whole simulated session as a Stork recording ({@link StorkCsvWriter}) with its ground truth next to it
 * ({@link GroundTruth#fileFor}). The recording's metadata names the source, seed and script, the rate and, for a
 * plate, the cell spacing; for a wobble board the edge angle ({@value #KEY_WOBBLE_EDGE_DEG}).
 */
public final class SimulationWriter {
    /** Metadata key: the wobble board's edge angle, degrees. */
    public static final String KEY_WOBBLE_EDGE_DEG = "wobble_edge_deg";

    private SimulationWriter() {
    }

    /** Writes a plate session to {@code file} and its truth to {@code file.truth.json}; returns the truth. */
    public static GroundTruth writePlate(PlateSessionModel model, double cellSpacingMlM, double cellSpacingApM,
                                         Path file) throws IOException {
        GroundTruth truth = model.groundTruth();
        Map<String, String> metadata = metadata(truth);
        metadata.put(StorkCsvFormat.KEY_CELL_SPACING_ML_M, Double.toString(cellSpacingMlM));
        metadata.put(StorkCsvFormat.KEY_CELL_SPACING_AP_M, Double.toString(cellSpacingApM));
        PlateSample s = new PlateSample();
        try (StorkCsvWriter writer = StorkCsvWriter.plate(file, metadata)) {
            while (model.next(s, 0)) {
                writer.plateRow(s.timeNanos * 1e-9, s.topLeft, s.topRight, s.bottomLeft, s.bottomRight);
            }
        }
        truth.write(GroundTruth.fileFor(file));
        return truth;
    }

    /** Writes a wobble-board session to {@code file} and its truth to {@code file.truth.json}; returns the truth. */
    public static GroundTruth writeWobbleBoard(WobbleSessionModel model, double edgeAngleDeg, Path file)
            throws IOException {
        GroundTruth truth = model.groundTruth();
        Map<String, String> metadata = metadata(truth);
        metadata.put(KEY_WOBBLE_EDGE_DEG, Double.toString(edgeAngleDeg));
        ImuSample s = new ImuSample();
        try (StorkCsvWriter writer = StorkCsvWriter.imu(file, metadata)) {
            while (model.next(s, 0)) {
                writer.imuRow(s.timeNanos * 1e-9, s.accelX, s.accelY, s.accelZ, s.gyroX, s.gyroY, s.gyroZ);
            }
        }
        truth.write(GroundTruth.fileFor(file));
        return truth;
    }

    private static Map<String, String> metadata(GroundTruth truth) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put(StorkCsvFormat.KEY_RATE_HZ, Double.toString(truth.rateHz()));
        metadata.put("source", "simulation");
        metadata.put("board", truth.board());
        metadata.put("seed", Long.toString(truth.seed()));
        metadata.put("script", truth.script());
        return metadata;
    }
}
