package dev.stork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.sensor.file.Recording;
import dev.stork.sensor.file.RecordingFormat;
import dev.stork.sensor.file.RecordingReader;
import dev.stork.sensor.sim.GroundTruth;
import dev.stork.sensor.sim.Side;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulateCommandTest {

    @Test
    void writesAPlateRecordingAndItsTruth(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sim.csv");
        StringWriter out = new StringWriter();
        int code = new CommandLine(new StorkCommand()).setOut(new PrintWriter(out)).execute("simulate", "--out",
                file.toString(), "--seed", "3", "--rate", "200", "--script", "on 1; both 2; lift left 4; off");
        assertEquals(0, code, out.toString());
        assertEquals("wrote " + file + ": four-cell plate, 9.4 s at 200 Hz, 1 hold(s)\n"
                + "    3.00 s -   7.00 s  right  step off\n"
                + "wrote " + file + ".truth.json\n", out.toString());

        Recording recording = RecordingReader.read(file);
        assertEquals(RecordingFormat.STORK_PLATE, recording.format());
        // 1 + 2 + 4 s, then stepping off from one leg: 0.3 s, half the weight for 0.3 s, 0.3 s, and 1.5 s empty.
        assertEquals(1880, recording.size(), "9.4 s at 200 Hz");
        assertEquals(200, recording.rateHz(), 0);
        assertEquals("3", recording.metadata().get("seed"));
        assertEquals("0.433", recording.metadata().get("cell_spacing_ml_m"));
        GroundTruth truth = GroundTruth.read(GroundTruth.fileFor(file));
        assertEquals(Side.RIGHT, truth.holds().get(0).stanceFoot());
        assertEquals(GroundTruth.Ending.STEP_OFF, truth.holds().get(0).ending());
    }

    @Test
    void writesAnImuRecording(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("wobble.csv");
        int code = new CommandLine(new StorkCommand()).setOut(new PrintWriter(new StringWriter())).execute(
                "simulate", "--out", file.toString(), "--board", "imu", "--rate", "50");
        assertEquals(0, code);
        Recording recording = RecordingReader.read(file);
        assertEquals(RecordingFormat.STORK_IMU, recording.format());
        assertEquals("15.0", recording.metadata().get("wobble_edge_deg"));
        assertTrue(Files.isRegularFile(GroundTruth.fileFor(file)));
    }

    @Test
    void aBadScriptIsAClearMessage(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        int code = new CommandLine(new StorkCommand()).setErr(new PrintWriter(err)).execute("simulate", "--out",
                dir.resolve("x.csv").toString(), "--script", "on 2; hop 3");
        assertEquals(2, code);
        assertEquals("stork simulate: script phase 2 'hop 3': unknown phase 'hop'; use empty, on, both, hesitate, "
                + "lift left|right, touchdown, toe, support, off, chair, rep", err.toString().trim());
        assertTrue(!Files.exists(dir.resolve("x.csv")), "nothing written");
    }
}
