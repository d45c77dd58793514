package dev.stork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.serial.EmulatedSerialPlate;
import dev.stork.sensor.serial.support.SocatPtyPair;
import dev.stork.sensor.sim.GroundTruth;
import dev.stork.sensor.sim.PersonModel;
import dev.stork.sensor.sim.PlateSessionModel;
import dev.stork.sensor.sim.SessionScript;
import dev.stork.sensor.wii.InputEventLayout;
import dev.stork.sensor.wii.InputEvents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stork run} on boards this machine can offer: the simulation in real time, a Wii Balance Board capture
 * (kernel event layout, irregular timing, kilograms) replayed through calibration, resampling and the live pipeline,
 * a serial plate (emulated, through a socat pseudo-terminal) that needs a calibration it does not have, and a port
 * where no plate answers.
 */
class RunCommandTest {

    @TempDir
    Path dir;

    @Test
    void simulatedBoardRunsForTheGivenTime() throws Exception {
        AnalyzeCommandTest.Run run = AnalyzeCommandTest.run("run", "--source", "sim", "--seconds", "1.5", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals("sim", report.get("source").asText());
        // Real-time pacing at 100 Hz: about 150 samples in 1.5 s; at least a second's worth even on a busy machine.
        long samples = report.get("samples").asLong();
        assertTrue(samples >= 100 && samples <= 160, "samples in 1.5 s at 100 Hz: " + samples);
    }

    @Test
    void wiiBoardCaptureYieldsTheScriptedHolds() throws Exception {
        String script = "on 2; both 3; lift left 6; touchdown; both 3; lift right 5; touchdown; both 2; off";
        PlateSessionModel model = new PlateSessionModel(SessionScript.parse(script), PersonModel.typicalAdult(), 100,
                0.433, 0.238, 11);
        GroundTruth truth = model.groundTruth();
        InputEvents events = new InputEvents(InputEventLayout.ofThisMachine());
        PlateSample sample = new PlateSample();
        long n = 0;
        while (model.next(sample, 0)) {
            // The board reports roughly every 10 ms with jitter; send every sample, stamped with jitter of +-2 ms.
            long micros = 1_000_000L + Math.round(sample.timeNanos / 1000.0) + ((n++ * 7919) % 5 - 2) * 400;
            events.frame(micros, units(sample.topLeft), units(sample.topRight), units(sample.bottomLeft),
                    units(sample.bottomRight));
        }
        Path capture = dir.resolve("wii-events.bin");
        Files.write(capture, events.bytes());

        AnalyzeCommandTest.Run run = AnalyzeCommandTest.run("run", "--source", "wii:" + capture, "--seconds", "20",
                "--data", dir.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        JsonNode holds = report.get("holds");
        assertEquals(truth.holds().size(), holds.size(), holds.toString());
        for (int i = 0; i < holds.size(); i++) {
            GroundTruth.HoldTruth want = truth.holds().get(i);
            assertEquals(want.stanceFoot().name().toLowerCase(Locale.ROOT), holds.get(i).get("leg").asText());
            // Resampling and 10 g quantisation: the hold's length within 0.3 s of the truth.
            assertEquals(want.durationS(), holds.get(i).get("duration_s").asDouble(), 0.3, holds.get(i).toString());
        }
        assertTrue(report.get("calibration").asText().startsWith("wii-balance-board"), report.toString());
    }

    @Test
    void serialPlateWithoutCalibrationIsRefusedByItsBoardIdWithWhatToDo() throws Exception {
        try (SocatPtyPair pty = new SocatPtyPair()) {
            pty.start();
            try (EmulatedSerialPlate plate = new EmulatedSerialPlate(pty.plate(), 100).boardId(0x5702_00F1L)) {
                plate.start();
                AnalyzeCommandTest.Run run = AnalyzeCommandTest.run("run", "--source", "serial:" + pty.host(),
                        "--seconds", "1", "--data", dir.toString());
                assertEquals(2, run.exitCode());
                // The profile is looked up by the id from the plate's info frame, not by the port's path.
                assertTrue(run.err().contains("no calibration for the plate '570200f1'"), run.err());
                assertTrue(run.err().contains("run 'stork calibrate plate --source serial:" + pty.host()
                        + "' first"), run.err());
            }
        }
    }

    @Test
    void serialPortWithoutAPlateIsGivenUpAfterTheWait() {
        AnalyzeCommandTest.Run run = AnalyzeCommandTest.run("run", "--source", "serial:/dev/ttyDOESNOTEXIST",
                "--connect-timeout", "1", "--data", dir.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no answer from serial:/dev/ttyDOESNOTEXIST within 1 s (last: "), run.err());
        assertTrue(run.err().contains("/dev/ttyDOESNOTEXIST"), run.err());
    }

    @Test
    void unknownSourceIsRefused() {
        AnalyzeCommandTest.Run run = AnalyzeCommandTest.run("run", "--source", "bluetooth");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown source 'bluetooth'"), run.err());
    }

    /** Newtons to the driver's units of 10 g. */
    private static int units(double newtons) {
        return (int) Math.round(newtons / 9.80665 * 100);
    }
}
