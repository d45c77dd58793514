package dev.stork.session;

import dev.stork.sensor.PlateSample;
import dev.stork.sensor.file.StorkCsvFormat;
import dev.stork.sensor.file.StorkCsvWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The raw plate samples of one trial, kept in preallocated primitive arrays by the acquisition thread and written
 * as a Stork CSV by the session thread once the trial's source has ended. Samples beyond the capacity are counted,
 * not kept.
 */
final class RawTrialBuffer {
    private final long[] timeNanos;
    private final double[] topLeftN;
    private final double[] topRightN;
    private final double[] bottomLeftN;
    private final double[] bottomRightN;
    private int size;
    private long droppedCount;

    RawTrialBuffer(int capacity) {
        timeNanos = new long[capacity];
        topLeftN = new double[capacity];
        topRightN = new double[capacity];
        bottomLeftN = new double[capacity];
        bottomRightN = new double[capacity];
    }

    /** Acquisition thread; allocates nothing. */
    void add(PlateSample sample) {
        if (size == timeNanos.length) {
            droppedCount++;
            return;
        }
        timeNanos[size] = sample.timeNanos;
        topLeftN[size] = sample.topLeft;
        topRightN[size] = sample.topRight;
        bottomLeftN[size] = sample.bottomLeft;
        bottomRightN[size] = sample.bottomRight;
        size++;
    }

    /** Forgets the samples, for the next trial. */
    void clear() {
        size = 0;
        droppedCount = 0;
    }

    int size() {
        return size;
    }

    long droppedCount() {
        return droppedCount;
    }

    /** Writes the kept samples as a plate recording, times from the first sample; session thread. */
    void write(Path file, double rateHz, double cellSpacingMlM, double cellSpacingApM, Map<String, String> extra)
            throws IOException {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put(StorkCsvFormat.KEY_RATE_HZ, Double.toString(rateHz));
        metadata.put(StorkCsvFormat.KEY_CELL_SPACING_ML_M, Double.toString(cellSpacingMlM));
        metadata.put(StorkCsvFormat.KEY_CELL_SPACING_AP_M, Double.toString(cellSpacingApM));
        metadata.putAll(extra);
        long t0 = size == 0 ? 0 : timeNanos[0];
        try (StorkCsvWriter writer = StorkCsvWriter.plate(file, metadata)) {
            for (int i = 0; i < size; i++) {
                writer.plateRow((timeNanos[i] - t0) * 1e-9, topLeftN[i], topRightN[i], bottomLeftN[i],
                        bottomRightN[i]);
            }
        }
    }
}
