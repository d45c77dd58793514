package dev.stork.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.stork.training.FormReport;
import dev.stork.training.TrialOutcome;
import dev.stork.training.TrialScore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a person's (or everyone's) trials and decisions to {@code trials.csv} / {@code decisions.csv} or
 * {@code trials.json} / {@code decisions.json}, and each raw recording to {@code recordings/trial-ID.csv}: the
 * Stork CSV exactly as recorded, which {@code RecordingReader.read} reads back. Unmeasured figures, and the pain and
 * lost form of a trial whose questions went unanswered, are empty (CSV) or null (JSON).
 */
public final class Exporter {
    /** Export file format. */
    public enum Format { CSV, JSON }

    /**
     * What an export wrote.
     *
     * @param trials     trials written
     * @param recordings raw recordings written
     * @param decisions  decisions written
     * @param files      every file written
     */
    public record Summary(int trials, int recordings, int decisions, List<Path> files) {
    }

    private Exporter() {
    }

    /**
     * Exports the data of the person named {@code personName}, or of everyone when it is null, into {@code outDir}.
     *
     * @throws StoreException when there is no such person
     * @throws IOException    when a file cannot be written
     */
    public static Summary export(Store store, Format format, Path outDir, String personName) throws IOException {
        List<Person> people = new ArrayList<>();
        if (personName == null) {
            people.addAll(store.people());
        } else {
            people.add(store.person(personName).orElseThrow(() -> new StoreException("no person named '"
                    + personName + "' in " + store.file())));
        }
        Files.createDirectories(outDir);
        List<Path> files = new ArrayList<>();
        List<Map<String, Object>> trialRows = new ArrayList<>();
        List<Map<String, Object>> decisionRows = new ArrayList<>();
        int recordings = 0;
        for (Person person : people) {
            for (StoredTrial trial : store.trials(person.id())) {
                String recordingName = "";
                if (trial.hasRecording()) {
                    Optional<byte[]> csv = store.recordingCsv(trial.id());
                    if (csv.isPresent()) {
                        recordingName = "recordings/trial-" + trial.id() + ".csv";
                        Path target = outDir.resolve(recordingName);
                        Files.createDirectories(target.getParent());
                        Files.write(target, csv.get());
                        files.add(target);
                        recordings++;
                    }
                }
                trialRows.add(trialRow(person, trial, recordingName));
            }
            for (StoredDecision stored : store.decisions(person.id())) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("person", person.name());
                row.put("session_id", stored.sessionId() == 0 ? null : stored.sessionId());
                row.put("decided_at", stored.decidedAt().toString());
                row.put("exercise_id", stored.decision().exerciseId());
                row.put("kind", stored.decision().kind().name());
                row.put("from_level", stored.decision().fromLevel());
                row.put("to_level", stored.decision().toLevel());
                row.put("reason", stored.decision().reason().name());
                row.put("sentence", stored.decision().sentence());
                decisionRows.add(row);
            }
        }
        String extension = format == Format.CSV ? ".csv" : ".json";
        Path trialsFile = outDir.resolve("trials" + extension);
        Path decisionsFile = outDir.resolve("decisions" + extension);
        if (format == Format.CSV) {
            writeCsv(trialsFile, TRIAL_HEADER, trialRows);
            writeCsv(decisionsFile, DECISION_HEADER, decisionRows);
        } else {
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            json.writeValue(trialsFile.toFile(), trialRows);
            json.writeValue(decisionsFile.toFile(), decisionRows);
        }
        files.add(trialsFile);
        files.add(decisionsFile);
        return new Summary(trialRows.size(), recordings, decisionRows.size(), files);
    }

    private static final List<String> TRIAL_HEADER = List.of("trial_id", "person", "session_id", "started_at",
            "exercise_id", "level", "leg", "target_kind", "target_amount", "hold_s", "repetitions", "end_reason",
            "path_velocity_cm_s", "ellipse_area95_cm2", "rms_distance_cm", "time_to_stabilisation_s", "pain", "lost_form", "calibration_id",
            "score", "hold_credit", "sway_score", "score_basis", "events", "recording");
    private static final List<String> DECISION_HEADER = List.of("person", "session_id", "decided_at", "exercise_id",
            "kind", "from_level", "to_level", "reason", "sentence");

    private static Map<String, Object> trialRow(Person person, StoredTrial trial, String recording) {
        TrialOutcome o = trial.outcome();
        TrialScore s = trial.score();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("trial_id", trial.id());
        row.put("person", person.name());
        row.put("session_id", trial.sessionId());
        row.put("started_at", o.startTime().toString());
        row.put("exercise_id", o.exerciseId());
        row.put("level", o.level());
        row.put("leg", o.leg().name());
        row.put("target_kind", o.target().kind().name());
        row.put("target_amount", o.target().amount());
        row.put("hold_s", o.holdSeconds());
        row.put("repetitions", o.repetitions());
        row.put("end_reason", o.endReason().name());
        row.put("path_velocity_cm_s", finite(o.pathVelocityCmS()));
        row.put("ellipse_area95_cm2", finite(o.ellipseArea95Cm2()));
        row.put("rms_distance_cm", finite(o.rmsDistanceCm()));
        row.put("time_to_stabilisation_s", finite(o.timeToStabilisationS()));
        row.put("pain", o.pain().isPresent() ? o.pain().getAsInt() : null);
        row.put("lost_form", o.form() == FormReport.NOT_REPORTED ? null : o.form() == FormReport.LOST);
        row.put("calibration_id", o.calibrationId());
        row.put("score", s.total());
        row.put("hold_credit", s.holdCredit());
        row.put("sway_score", finite(s.sway()));
        row.put("score_basis", s.basis());
        List<Map<String, Object>> events = new ArrayList<>();
        for (TrialEvent event : trial.events()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("time_s", event.timeS());
            e.put("kind", event.kind());
            e.put("detail", event.detail());
            events.add(e);
        }
        row.put("events", events);
        row.put("recording", recording.isEmpty() ? null : recording);
        return row;
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static void writeCsv(Path file, List<String> header, List<Map<String, Object>> rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", header));
            out.write('\n');
            for (Map<String, Object> row : rows) {
                List<String> cells = new ArrayList<>();
                for (String column : header) {
                    cells.add(cell(row.get(column)));
                }
                out.write(String.join(",", cells));
                out.write('\n');
            }
        }
    }

    /** RFC 4180 cell: empty for null, events as "t:kind:detail" joined by ';', quoted when needed. */
    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text;
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object item : list) {
                Map<?, ?> event = (Map<?, ?>) item;
                parts.add(event.get("time_s") + ":" + event.get("kind") + ":" + event.get("detail"));
            }
            text = String.join(";", parts);
        } else {
            text = value.toString();
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
