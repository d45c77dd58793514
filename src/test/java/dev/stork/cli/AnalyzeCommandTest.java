package dev.stork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stork.sensor.sim.GroundTruth;
import dev.stork.support.ExpectedValues;
import dev.stork.support.ReferenceData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code stork analyze} end to end on the public reference recordings: the JSON it prints must carry the
 * published values (BDS/PDS tables: 1e-8 relative, as published to 10 digits), the 72 Quijoux et al. (2021)
 * features (1e-6 relative or 1e-9 absolute) and the Gait&amp;Balance IMU stability (1e-6 relative).
 */
class AnalyzeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void bdsTrialGivesPublishedMetricsAllFeaturesAndNoHold() throws Exception {
        Run run = run("analyze", ReferenceData.file("bds/BDS00003.txt").toString(), "--json");
        assertEquals(0, run.exitCode, run.err);
        JsonNode report = JSON.readTree(run.out);
        assertEquals("bds", report.get("format").asText());
        assertEquals(6000, report.get("samples").asInt());
        assertEquals(100.0, report.get("rate_hz").asDouble());
        assertEquals(60.0, report.get("duration_s").asDouble(), 1e-12);
        JsonNode metrics = report.get("metrics");
        ExpectedValues published = ExpectedValues.reference("bds/expected_area_velocity_meanfreq.tsv");
        for (String name : List.of("COParea", "COPvelo", "COPmfreq")) {
            double want = published.value("BDS00003", name);
            assertEquals(want, metrics.get(name).asDouble(), 1e-8 * want, name);
        }
        ExpectedValues features = ExpectedValues.reference("bds/expected_quijoux_features.tsv");
        assertEquals(75, metrics.size(), "3 published metrics and 72 features");
        assertFeatures(metrics, features, "BDS00003.txt");
        assertEquals(0, report.get("holds").size(), "quiet two-legged stance has no single-leg hold");
    }

    @Test
    void pdsTrialGivesPublishedMetrics() throws Exception {
        Run run = run("analyze", ReferenceData.file("pds/PDS13OF1grf.txt").toString(), "--json");
        assertEquals(0, run.exitCode, run.err);
        JsonNode metrics = JSON.readTree(run.out).get("metrics");
        ExpectedValues published = ExpectedValues.reference("pds/expected_area_velocity_meanfreq.tsv");
        for (String name : List.of("COParea", "COPvelo", "COPmfreq")) {
            double want = published.value("PDS13OF1", name);
            assertEquals(want, metrics.get(name).asDouble(), 1e-8 * want, name);
        }
        assertFeatures(metrics, ExpectedValues.reference("pds/expected_quijoux_features.tsv"), "PDS13OF1grf.txt");
    }

    @Test
    void amtiWindowReproducesTheReferenceExample() throws Exception {
        // Quijoux et al.'s own example analyses samples [4000, 7000) of the export, centred on the whole export.
        Run run = run("analyze", ReferenceData.file("quijoux2021/test.csv").toString(), "--from-sample", "4000",
                "--to-sample", "7000", "--json");
        assertEquals(0, run.exitCode, run.err);
        JsonNode report = JSON.readTree(run.out);
        assertEquals("amti", report.get("format").asText());
        assertEquals(3000, report.get("samples").asInt());
        JsonNode expected = JSON.readTree(ReferenceData.file("quijoux2021/expected_features.json").toFile());
        List<String> failures = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            compare(failures, e.getKey(), e.getValue().asDouble(), report.get("metrics").get(e.getKey()));
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void wholeAmtiExportCountsItsDropouts() throws Exception {
        Run run = run("analyze", ReferenceData.file("quijoux2021/test.csv").toString(), "--json");
        assertEquals(0, run.exitCode, run.err);
        JsonNode report = JSON.readTree(run.out);
        assertEquals(7, report.get("dropouts").asInt(), "seven all-zero rows in the export");
        assertTrue(report.get("notes").toString().contains("7 dropout rows"), report.get("notes").toString());
    }

    @Test
    void phoneImuGivesTheAppsStabilityScores() throws Exception {
        Run run = run("analyze", ReferenceData.file("imu/firm_surface_eyes_closed_ios.csv").toString(), "--json");
        assertEquals(0, run.exitCode, run.err);
        JsonNode metrics = JSON.readTree(run.out).get("metrics");
        // Reference outcomes of the Gait&Balance app for this file (reference-data README).
        assertEquals(3.5146148603432237, metrics.get("stabilityR").asDouble(), 1e-6 * 3.5146148603432237);
        assertEquals(4.1171672095899510, metrics.get("stabilityML").asDouble(), 1e-6 * 4.1171672095899510);
        assertEquals(4.099491245557936, metrics.get("stabilityAP").asDouble(), 1e-6 * 4.099491245557936);
    }

    @Test
    void readableReportSpeaksInUnits() throws Exception {
        Run run = run("analyze", ReferenceData.file("bds/BDS00001.txt").toString());
        assertEquals(0, run.exitCode, run.err);
        assertTrue(run.out.contains("95 % ellipse area       0.94 cm²"), run.out);
        assertTrue(run.out.contains("mean velocity           0.62 cm/s"), run.out);
        assertTrue(run.out.contains("No single-leg hold found."), run.out);
    }

    @Test
    void hourWithoutDataInAHoldEndsTheHoldAtTheGapAndIsReported() throws Exception {
        Path simulated = dir.resolve("session.csv");
        Run simulate = run("simulate", "--out", simulated.toString(), "--seed", "3", "--script",
                "on 2; both 3; lift left 10; touchdown; both 3; lift right 6; touchdown; both 2; off");
        assertEquals(0, simulate.exitCode, simulate.err);
        GroundTruth truth = GroundTruth.read(GroundTruth.fileFor(simulated));
        GroundTruth.HoldTruth cutHold = truth.holds().get(0);
        double longestS = truth.holds().stream().mapToDouble(GroundTruth.HoldTruth::durationS).max().orElseThrow();
        // Every sample after the middle of the first hold an hour later: the board sent nothing for an hour.
        Path file = dir.resolve("gap.csv");
        double[] around = shiftAfter(simulated, file, (cutHold.startS() + cutHold.endS()) / 2, 3600);
        double lastBeforeS = around[0];
        double firstAfterS = around[1];

        Run analyze = run("analyze", file.toString(), "--json");
        assertEquals(0, analyze.exitCode, analyze.err);
        JsonNode report = JSON.readTree(analyze.out);
        assertEquals(1, report.get("data_gaps").asLong(), analyze.out);
        assertEquals(firstAfterS - lastBeforeS, report.get("data_gap_s").asDouble(), 1e-6, analyze.out);
        JsonNode holds = report.get("holds");
        int cut = 0;
        for (JsonNode hold : holds) {
            // Tolerance 0.5 s of the detector's backdating: the hour is never counted as holding.
            assertTrue(hold.get("duration_s").asDouble() <= longestS + 0.5, "longer than any scripted hold: " + hold);
            double startS = hold.get("start_s").asDouble();
            assertTrue(startS <= lastBeforeS || startS >= firstAfterS, "a hold starts inside the gap: " + hold);
            if (hold.get("end_reason").asText().equals("data-gap")) {
                cut++;
                assertEquals(cutHold.stanceFoot().name().toLowerCase(Locale.ROOT), hold.get("leg").asText(),
                        hold.toString());
                assertEquals(cutHold.startS(), startS, 0.5, hold + " start");
                assertEquals(lastBeforeS, hold.get("end_s").asDouble(), 1e-6, "ends at the last sample before "
                        + "the gap: " + hold);
            }
        }
        assertEquals(1, cut, "one hold ends at the gap: " + holds);

        Run readable = run("analyze", file.toString());
        assertEquals(0, readable.exitCode, readable.err);
        assertTrue(readable.out.contains(String.format(Locale.ROOT, "1 gap(s) in the data (more than 0.1 s between "
                + "two samples), %.1f s without data", firstAfterS - lastBeforeS)), readable.out);
        assertTrue(readable.out.contains("data-gap"), readable.out);
    }

    /**
     * Copies a Stork recording, moving every sample after {@code afterS} later by {@code shiftS}; returns the time
     * of the last sample kept in place and of the first one moved.
     */
    private static double[] shiftAfter(Path from, Path to, double afterS, double shiftS) throws Exception {
        List<String> lines = Files.readAllLines(from);
        List<String> shifted = new ArrayList<>(lines.size());
        double lastBeforeS = Double.NaN;
        double firstAfterS = Double.NaN;
        for (String line : lines) {
            int comma = line.indexOf(',');
            if (line.startsWith("#") || line.startsWith("t_s") || comma < 0) {
                shifted.add(line);
                continue;
            }
            double timeS = Double.parseDouble(line.substring(0, comma));
            if (timeS <= afterS) {
                lastBeforeS = timeS;
                shifted.add(line);
            } else {
                double movedS = timeS + shiftS;
                if (Double.isNaN(firstAfterS)) {
                    firstAfterS = movedS;
                }
                shifted.add(String.format(Locale.ROOT, "%.6f", movedS) + line.substring(comma));
            }
        }
        Files.write(to, shifted);
        return new double[] {lastBeforeS, firstAfterS};
    }

    @Test
    void malformedFileIsRefusedNamingFileAndLine() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "t_s,tl_N,tr_N,bl_N,br_N\n0.00,1,2,3,4\n0.01,1,2,three,4\n");
        Run run = run("analyze", bad.toString());
        assertEquals(2, run.exitCode);
        assertTrue(run.err.contains("bad.csv line 3: column 'bl_N': 'three' is not a number"), run.err);
    }

    @Test
    void rangeOutsideTheRecordingIsRefused() throws Exception {
        Run run = run("analyze", ReferenceData.file("bds/BDS00001.txt").toString(), "--from-sample", "5000",
                "--to-sample", "7000");
        assertEquals(2, run.exitCode);
        assertTrue(run.err.contains("has samples 0 to 6000"), run.err);
    }

    @Test
    void unknownInputFormatIsRefusedWithTheKnownOnes() throws Exception {
        Run run = run("analyze", ReferenceData.file("bds/BDS00001.txt").toString(), "--input", "wav");
        assertEquals(2, run.exitCode);
        assertTrue(run.err.contains("phone-imu"), run.err);
    }

    private static void assertFeatures(JsonNode metrics, ExpectedValues table, String row) {
        List<String> failures = new ArrayList<>();
        for (String column : table.columns()) {
            compare(failures, column, table.value(row, column), metrics.get(column));
        }
        assertEquals(72, table.columns().size());
        assertEquals(List.of(), failures);
    }

    private static void compare(List<String> failures, String name, double want, JsonNode got) {
        if (got == null || !got.isNumber()) {
            failures.add(name + " missing");
            return;
        }
        double error = Math.abs(got.asDouble() - want);
        if (!(error <= 1e-9 || error <= 1e-6 * Math.abs(want))) {
            failures.add(name + ": expected " + want + ", got " + got.asDouble());
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new StorkCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    record Run(int exitCode, String out, String err) {
    }
}
