package dev.stork.sensor.file;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** Time to read a 60 s, 1 kHz Stork plate recording (60,000 rows), the largest file `analyze` usually sees. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RecordingReaderBenchmark {
    private Path file;

    @Setup(Level.Trial)
    public void write() throws Exception {
        file = Files.createTempFile("stork-bench", ".csv");
        try (StorkCsvWriter writer = StorkCsvWriter.plate(file, java.util.Map.of(StorkCsvFormat.KEY_RATE_HZ, "1000"))) {
            for (int i = 0; i < 60_000; i++) {
                double t = i / 1000.0;
                writer.plateRow(t, 180 + Math.sin(t), 175 - Math.sin(t), 182 + Math.cos(t), 178 - Math.cos(t));
            }
        }
    }

    @TearDown(Level.Trial)
    public void delete() throws Exception {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public Recording readSixtySecondsAtOneKilohertz() throws Exception {
        return RecordingReader.read(file);
    }
}
