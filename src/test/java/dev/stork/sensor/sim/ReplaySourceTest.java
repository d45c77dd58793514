package dev.stork.sensor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stork.sensor.CellSpacing;
import dev.stork.sensor.ImuSample;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.SourceDescription;
import dev.stork.sensor.file.RecordingReader;
import dev.stork.sensor.file.StorkCsvWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplaySourceTest {

    @Test
    void deliversEveryPlateRowAsASampleAtItsTime(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plate.csv");
        try (StorkCsvWriter writer = StorkCsvWriter.plate(file, Map.of("rate_hz", "50"))) {
            writer.plateRow(0.00, 1, 2, 3, 4);
            writer.plateRow(0.02, 5, 6, 7, 8);
            writer.plateRow(0.04, 9, 10, 11, 12.5);
        }
        List<String> seen = new ArrayList<>();
        ReplaySource source = new ReplaySource(RecordingReader.read(file), Pacing.FAST, () -> 1_000L);
        assertEquals(SourceDescription.BoardKind.FORCE_PLATE, source.description().kind());
        assertEquals(50, source.description().nominalRateHz(), 0);
        source.run(new SampleListener() {
            @Override
            public void onPlateSample(PlateSample s) {
                seen.add(s.timeNanos + " " + s.sequence + " " + s.topLeft + " " + s.topRight + " " + s.bottomLeft
                        + " " + s.bottomRight);
            }

            @Override
            public void onEnd() {
                seen.add("end");
            }
        });
        assertEquals(List.of("1000 0 1.0 2.0 3.0 4.0", "20001000 1 5.0 6.0 7.0 8.0", "40001000 2 9.0 10.0 11.0 12.5",
                "end"), seen, "clock time at the start plus each row's t_s");
    }

    @Test
    void aPlateRecordingSaysWhereItsCellsSat(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plate.csv");
        try (StorkCsvWriter writer = StorkCsvWriter.plate(file, Map.of("rate_hz", "50", "cell_spacing_ml_m", "0.5",
                "cell_spacing_ap_m", "0.3"))) {
            writer.plateRow(0.00, 1, 2, 3, 4);
        }
        assertEquals(Optional.of(new CellSpacing(0.5, 0.3)),
                new ReplaySource(RecordingReader.read(file), Pacing.FAST, () -> 0L).cellSpacing());
        Path bare = dir.resolve("bare.csv");
        try (StorkCsvWriter writer = StorkCsvWriter.plate(bare, Map.of("rate_hz", "50"))) {
            writer.plateRow(0.00, 1, 2, 3, 4);
        }
        assertEquals(Optional.empty(), new ReplaySource(RecordingReader.read(bare), Pacing.FAST, () -> 0L)
                .cellSpacing(), "a header without the spacing: the plate's own profile decides");
    }

    @Test
    void deliversImuRows(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("imu.csv");
        try (StorkCsvWriter writer = StorkCsvWriter.imu(file, Map.of())) {
            writer.imuRow(0.0, 0.1, 0.2, 9.8, 0.01, 0.02, 0.03);
            writer.imuRow(0.01, -0.1, -0.2, 9.7, -0.01, -0.02, -0.03);
        }
        List<String> seen = new ArrayList<>();
        new ReplaySource(RecordingReader.read(file), Pacing.FAST, () -> 0L).run(new SampleListener() {
            @Override
            public void onImuSample(ImuSample s) {
                seen.add(s.timeNanos + " " + s.accelX + " " + s.accelZ + " " + s.gyroZ);
            }
        });
        assertEquals(List.of("0 0.1 9.8 0.03", "10000000 -0.1 9.7 -0.03"), seen);
    }
}
