package dev.stork.store;

import dev.stork.sensor.file.StorkCsvWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Writes small synthetic Stork plate recordings for store tests. */
final class Recordings {
    private Recordings() {
    }

    /** A 100 Hz plate recording of {@code rows} rows whose forces depend on {@code seed} and the row. */
    static Path plate(Path file, int rows, int seed) throws IOException {
        try (StorkCsvWriter writer = StorkCsvWriter.plate(file, Map.of("rate_hz", "100", "trial", "" + seed))) {
            for (int i = 0; i < rows; i++) {
                writer.plateRow(i / 100.0, force(seed, i, 0), force(seed, i, 1), force(seed, i, 2), force(seed, i, 3));
            }
        }
        return file;
    }

    /** The force written for cell {@code cell} of row {@code row}, N. */
    static double force(int seed, int row, int cell) {
        return 150 + 10 * Math.sin(0.05 * row + cell + seed) + cell;
    }
}
