package dev.stork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stork.sensor.sim.GroundTruth;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code stork simulate} then {@code stork analyze} on what it wrote: every true hold is found, on the right leg,
 * with start and end within 0.2 s of the simulator's ground truth, and nothing else is reported as a hold.
 */
class SimulateAnalyzeTest {
    private static final double TOLERANCE_S = 0.2;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0} at {1} Hz")
    @CsvSource({"1, 100", "7, 50", "23, 1000"})
    void analyzeFindsEveryScriptedHold(long seed, int rateHz) throws Exception {
        Path file = dir.resolve("session-" + seed + ".csv");
        String script = "empty 1; on 1.5; both 4; lift left 8; touchdown; both 3; lift right 6; touchdown; both 2; "
                + "lift left 5; off";
        AnalyzeCommandTest.Run simulate = AnalyzeCommandTest.run("simulate", "--out", file.toString(), "--seed",
                Long.toString(seed), "--rate", Integer.toString(rateHz), "--script", script);
        assertEquals(0, simulate.exitCode(), simulate.err());
        GroundTruth truth = GroundTruth.read(GroundTruth.fileFor(file));

        AnalyzeCommandTest.Run analyze = AnalyzeCommandTest.run("analyze", file.toString(), "--json");
        assertEquals(0, analyze.exitCode(), analyze.err());
        JsonNode report = new ObjectMapper().readTree(analyze.out());
        JsonNode holds = report.get("holds");
        assertEquals(truth.holds().size(), holds.size(), "holds found vs true holds: " + holds);
        for (int i = 0; i < holds.size(); i++) {
            GroundTruth.HoldTruth want = truth.holds().get(i);
            JsonNode got = holds.get(i);
            String which = "hold " + i + " " + got;
            assertEquals(want.stanceFoot().name().toLowerCase(Locale.ROOT), got.get("leg").asText(), which);
            assertEquals(want.startS(), got.get("start_s").asDouble(), TOLERANCE_S, which + " start");
            assertEquals(want.endS(), got.get("end_s").asDouble(), TOLERANCE_S, which + " end");
        }
    }
}
