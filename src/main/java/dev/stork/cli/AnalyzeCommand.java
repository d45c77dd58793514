package dev.stork.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stork.sensor.file.Recording;
import dev.stork.sensor.file.RecordingFormat;
import dev.stork.sensor.file.RecordingFormatException;
import dev.stork.sensor.file.RecordingReader;
import dev.stork.trial.RecordingAnalysis;
import dev.stork.trial.RecordingReport;
import dev.stork.trial.TrialResult;
import dev.stork.trial.WholeTrialMetrics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stork analyze FILE}: replays a recording through the pipeline and reports its sway and holds. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse a recording: sway metrics and every single-leg hold found in it.",
            "Formats: stork-plate, stork-imu, bds, pds, amti, phone-imu (detected from the header)."})
public final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the recording to analyse")
    Path file;

    @Option(names = "--input", paramLabel = "FORMAT", description = "read the file as this format instead of "
            + "detecting it: ${COMPLETION-CANDIDATES}", converter = FormatConverter.class,
            completionCandidates = FormatNames.class)
    RecordingFormat input;

    @Option(names = "--from-sample", paramLabel = "N", description = "first sample to analyse (0-based, default 0)")
    Integer fromSample;

    @Option(names = "--to-sample", paramLabel = "M", description = "analyse up to, not including, this sample "
            + "(default: the end)")
    Integer toSample;

    @Option(names = "--json", description = "print one JSON object instead of the readable report")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Recording recording;
        try {
            recording = RecordingReader.read(file, input);
        } catch (RecordingFormatException e) {
            err.println("stork analyze: " + e.getMessage());
            return 2;
        }
        int from = fromSample == null ? 0 : fromSample;
        int to = toSample == null ? recording.size() : toSample;
        if (from < 0 || to > recording.size() || from >= to) {
            err.printf(Locale.ROOT, "stork analyze: %s has samples 0 to %d; --from-sample %d --to-sample %d is "
                    + "not a range inside it%n", file, recording.size(), from, to);
            return 2;
        }
        RecordingReport report;
        try {
            report = RecordingAnalysis.analyze(recording, from, to);
        } catch (RecordingFormatException e) {
            err.println("stork analyze: " + e.getMessage());
            return 2;
        }
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toJson(report)));
        } else {
            printReadable(report, out);
        }
        out.flush();
        return 0;
    }

    /** The report as the documented JSON object. */
    static ObjectNode toJson(RecordingReport report) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("file", report.file().toString());
        root.put("format", report.format().cliName());
        root.put("samples", report.samples());
        root.put("rate_hz", report.rateHz());
        root.put("duration_s", report.durationS());
        root.put("dropouts", report.dropouts());
        root.put("data_gaps", report.dataGaps());
        root.put("data_gap_s", report.dataGapS());
        ObjectNode metrics = root.putObject("metrics");
        for (Map.Entry<String, Double> metric : report.metrics().entrySet()) {
            double value = metric.getValue();
            if (Double.isFinite(value)) {
                metrics.put(metric.getKey(), value);
            } else {
                metrics.putNull(metric.getKey());
            }
        }
        ArrayNode holds = root.putArray("holds");
        for (TrialResult hold : report.holds()) {
            // A recording's holds are on its own clock: start_s and end_s are its t_s.
            HoldJson.add(holds, hold, 0);
        }
        ArrayNode notes = root.putArray("notes");
        report.notes().forEach(notes::add);
        return root;
    }

    private static void printReadable(RecordingReport report, PrintWriter out) {
        out.printf(Locale.ROOT, "%s%n", report.file());
        out.printf(Locale.ROOT, "  %s recording, %d samples at %.1f Hz, %.1f s%n", report.format().cliName(),
                report.samples(), report.rateHz(), report.durationS());
        if (report.dataGaps() > 0) {
            out.printf(Locale.ROOT, "  %d gap(s) in the data (more than 0.1 s between two samples), %.1f s without "
                    + "data in all; a hold running into a gap ends there%n", report.dataGaps(), report.dataGapS());
        }
        Map<String, Double> m = report.metrics();
        if (m.containsKey(WholeTrialMetrics.COP_AREA)) {
            out.println();
            out.println("  Sway (whole recording, raw centre of pressure)");
            out.printf(Locale.ROOT, "    95 %% ellipse area   %8.2f cm²%n", m.get(WholeTrialMetrics.COP_AREA));
            out.printf(Locale.ROOT, "    mean velocity       %8.2f cm/s%n", m.get(WholeTrialMetrics.COP_VELOCITY));
            if (m.containsKey(WholeTrialMetrics.COP_MEAN_FREQUENCY)) {
                out.printf(Locale.ROOT, "    mean frequency      %8.3f Hz%n",
                        m.get(WholeTrialMetrics.COP_MEAN_FREQUENCY));
            }
        }
        if (m.containsKey("rms_Radius")) {
            out.println();
            out.println("  Sway features (Quijoux et al. 2021: filtered at 10 Hz, resampled to 25 Hz)");
            out.printf(Locale.ROOT, "    RMS distance        %8.3f cm  (ML %.3f, AP %.3f)%n", m.get("rms_Radius"),
                    m.get("rms_ML"), m.get("rms_AP"));
            out.printf(Locale.ROOT, "    mean velocity       %8.3f cm/s  (ML %.3f, AP %.3f)%n",
                    m.get("mean_velocity_ML_AND_AP"), m.get("mean_velocity_ML"), m.get("mean_velocity_AP"));
            out.printf(Locale.ROOT, "    95 %% ellipse area   %8.3f cm²%n", m.get("confidence_ellipse_area_ML_AND_AP"));
            out.printf(Locale.ROOT, "    (%d features in all: stork analyze --json lists them)%n",
                    m.keySet().stream().filter(k -> k.contains("_")).count());
        }
        if (m.containsKey(WholeTrialMetrics.STABILITY_R)) {
            out.println();
            out.println("  Static stability (-ln of mean acceleration; higher is steadier)");
            out.printf(Locale.ROOT, "    resultant %.3f   medio-lateral %.3f   antero-posterior %.3f%n",
                    m.get(WholeTrialMetrics.STABILITY_R), m.get(WholeTrialMetrics.STABILITY_ML),
                    m.get(WholeTrialMetrics.STABILITY_AP));
        }
        out.println();
        if (report.holds().isEmpty()) {
            out.println("  No single-leg hold found.");
        } else {
            out.printf(Locale.ROOT, "  Single-leg holds: %d%n", report.holds().size());
            out.println("    leg      start     end    hold   ended by      sway velocity");
            for (TrialResult hold : report.holds()) {
                out.printf(Locale.ROOT, "    %-6s %6.1f s %6.1f s %5.1f s   %-12s %6.2f %s%n",
                        HoldJson.legName(hold.stanceLeg()), hold.startNanos() / 1e9, hold.endNanos() / 1e9,
                        hold.holdS(), HoldJson.reasonName(hold.endReason()),
                        hold.sway().meanVelocityDisplay(),
                        hold.sway().unit() == dev.stork.trial.SwaySummary.Unit.METRES ? "cm/s" : "°/s");
            }
        }
        for (String note : report.notes()) {
            out.println("  Note: " + note);
        }
    }

    /** Converts {@code --input} names. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<RecordingFormat> {
        @Override
        public RecordingFormat convert(String value) {
            return RecordingFormat.fromCliName(value);
        }
    }

    /** Lists the {@code --input} names for help. */
    static final class FormatNames extends java.util.ArrayList<String> {
        FormatNames() {
            for (RecordingFormat format : RecordingFormat.values()) {
                add(format.cliName());
            }
        }
    }
}
