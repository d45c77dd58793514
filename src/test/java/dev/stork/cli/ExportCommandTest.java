package dev.stork.cli;

import static dev.stork.training.support.Outcomes.trial;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.sensor.file.Recording;
import dev.stork.sensor.file.RecordingFormat;
import dev.stork.sensor.file.RecordingReader;
import dev.stork.sensor.file.StorkCsvWriter;
import dev.stork.store.Store;
import dev.stork.store.TrialRecord;
import dev.stork.training.Baseline;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.TrialOutcome;
import dev.stork.training.TrialScorer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExportCommandTest {
    @TempDir
    Path dir;

    @Test
    void exportedImuRecordingReadsBackAsRecorded() throws Exception {
        Path raw = dir.resolve("wobble.csv");
        try (StorkCsvWriter writer = StorkCsvWriter.imu(raw, Map.of("rate_hz", "200"))) {
            for (int i = 0; i < 600; i++) {
                double t = i / 200.0;
                writer.imuRow(t, 0.1 * Math.sin(t), 0.2 * Math.cos(t), 9.80665, 0.01 * i % 0.3, -0.02, 0.003 * t);
            }
        }
        long trialId;
        try (Store store = Store.open(dir.resolve("data"))) {
            long person = store.savePerson("Ada", 0, null).id();
            long session = store.startSession(person, Instant.parse("2026-01-05T08:00:00Z"));
            TrialOutcome outcome = trial().hold(14).build();
            trialId = store.saveTrial(new TrialRecord(session, outcome, TrialScorer.score(outcome,
                    ExerciseCatalogue.standard().get("single-leg-stance").level(1), Baseline.NONE), List.of(), raw));
        }
        Path out = dir.resolve("export");
        StringWriter printed = new StringWriter();
        assertEquals(0, HistoryCommandTest.run(printed, "export", "--format", "json", "--out", out.toString(),
                "--data", dir.resolve("data").toString()));
        assertEquals("Exported 1 trials, 1 recordings and 0 decisions to " + out, printed.toString().strip());
        assertTrue(Files.exists(out.resolve("trials.json")));

        Recording back = RecordingReader.read(out.resolve("recordings/trial-" + trialId + ".csv"));
        Recording original = RecordingReader.read(raw);
        assertEquals(RecordingFormat.STORK_IMU, back.format());
        assertEquals(200, back.rateHz(), 0, "rate from the kept metadata");
        assertArrayEquals(original.timeS(), back.timeS(), 0);
        for (String column : original.columns()) {
            assertArrayEquals(original.channel(column), back.channel(column), 0, column + " identical");
        }
    }

    @Test
    void badFormatIsRefused() {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new StorkCommand());
        command.setErr(new PrintWriter(err));
        assertEquals(2, command.execute("export", "--format", "xml", "--data", dir.toString()));
        assertTrue(err.toString().contains("--format must be csv or json, not 'xml'"), err.toString());
    }
}
