package dev.stork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.calibration.PlateProfile;
import dev.stork.calibration.ProfileCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code stork calibrate} driven through injected streams against the simulated boards. */
class CalibrateCommandTest {
    @TempDir
    Path data;

    private int run(String input, ByteArrayOutputStream output, String... args) {
        CalibrateCommand command = new CalibrateCommand(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(output, true, StandardCharsets.UTF_8), Map.of(), data,
                () -> Instant.parse("2026-11-22T05:00:00Z"));
        return new CommandLine(command).execute(args);
    }

    @Test
    void aPlateCalibrationRunsToTheEndAndSavesTheProfile() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = run("\n".repeat(7), out, "plate", "--source", "sim", "--mass-kg", "20", "--data", data.toString());
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, text);
        assertTrue(text.contains("Step 1/7: Remove everything"), text);
        assertTrue(text.contains("check at the centre: COP error"), text);
        Path file = data.resolve("calibration").resolve("simulated-plate-counts.plate.json");
        PlateProfile saved = new ProfileCodec().readPlate(file);
        assertTrue(text.contains(saved.calibrationId()), "the report names the calibration id");
    }

    @Test
    void cancellingSavesNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = run("\n\nq\n", out, "plate", "--data", data.toString());
        assertEquals(1, code);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Nothing saved"));
        assertFalse(Files.exists(data.resolve("calibration").resolve("simulated-plate-counts.plate.json")));
    }

    @Test
    void theImuCalibrationRunsAndTheWiiSimulationToo() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, run("\n".repeat(6), out, "imu", "--data", data.toString()), out.toString());
        assertTrue(Files.exists(data.resolve("calibration").resolve("simulated-imu.imu.json")));
        out.reset();
        assertEquals(0, run("\n\n", out, "plate", "--source", "sim-wii", "--data", data.toString()), out.toString());
        assertTrue(Files.exists(data.resolve("calibration").resolve("simulated-wii-balance-board.plate.json")));
    }
}
