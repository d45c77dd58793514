package dev.stork.store;

import static dev.stork.training.support.Outcomes.trial;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stork.sensor.file.Recording;
import dev.stork.sensor.file.RecordingFormat;
import dev.stork.sensor.file.RecordingReader;
import dev.stork.training.Baseline;
import dev.stork.training.Decision;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.Target;
import dev.stork.training.TrialOutcome;
import dev.stork.training.TrialScorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {
    private static final Instant MONDAY = Instant.parse("2026-01-05T08:00:00Z");

    @TempDir
    Path dir;
    private Path raw;
    private long stanceId;

    @BeforeEach
    void storeTwoTrials() throws Exception {
        ExerciseCatalogue catalogue = ExerciseCatalogue.standard();
        raw = Recordings.plate(dir.resolve("raw.csv"), 400, 3);
        try (Store store = Store.open(dir.resolve("data"))) {
            long person = store.savePerson("Ada, \"A\"", 1950, null).id();
            long session = store.startSession(person, MONDAY);
            TrialOutcome stance = trial().hold(11.25).sway(2.5, 9.75, 0.8).at(MONDAY).build();
            stanceId = store.saveTrial(new TrialRecord(session, stance,
                    TrialScorer.score(stance, catalogue.get("single-leg-stance").level(1), Baseline.NONE),
                    List.of(new TrialEvent(11.25, "touchdown", "left, then right")), raw));
            TrialOutcome kicks = trial().exercise("prone-single-leg-kick", 1).target(Target.repetitions(10))
                    .hold(0).repetitions(10).at(MONDAY.plusSeconds(600)).build();
            store.saveTrial(new TrialRecord(session, kicks,
                    TrialScorer.score(kicks, catalogue.get("prone-single-leg-kick").level(1), Baseline.NONE),
                    List.of(), null));
            store.saveDecision(person, session, new Decision("single-leg-stance", Decision.Kind.HOLD, 1, 1,
                    Decision.Reason.NOT_YET, "Stay at holding on — keep going, you're close."), MONDAY);
        }
    }

    @Test
    void csvExportHasEveryTrialAndRecordingsThatReadBack() throws Exception {
        Path out = dir.resolve("out");
        Exporter.Summary summary;
        try (Store store = Store.open(dir.resolve("data"))) {
            summary = Exporter.export(store, Exporter.Format.CSV, out, null);
        }
        assertEquals(2, summary.trials());
        assertEquals(1, summary.recordings());
        List<String> lines = Files.readAllLines(out.resolve("trials.csv"));
        assertEquals(3, lines.size(), "header and two trials");
        assertTrue(lines.get(0).startsWith("trial_id,person,session_id,started_at,exercise_id,level,leg"));
        assertTrue(lines.get(1).startsWith(stanceId + ",\"Ada, \"\"A\"\"\",1,2026-01-05T08:00:00Z,single-leg-stance,1,"
                + "LEFT,HOLD_SECONDS,15.0,11.25,0,TOUCHDOWN,2.5,9.75,0.8,,0,false,,"), lines.get(1));
        assertTrue(lines.get(1).endsWith(",\"11.25:touchdown:left, then right\",recordings/trial-" + stanceId + ".csv"),
                lines.get(1));
        assertTrue(lines.get(2).contains(",prone-single-leg-kick,1,LEFT,REPETITIONS,10.0,0.0,10,TARGET,,,,,0,"),
                "unmeasured sway is empty: " + lines.get(2));
        assertEquals(2, Files.readAllLines(out.resolve("decisions.csv")).size());

        Path exported = out.resolve("recordings/trial-" + stanceId + ".csv");
        Recording back = RecordingReader.read(exported);
        Recording original = RecordingReader.read(raw);
        assertEquals(RecordingFormat.STORK_PLATE, back.format());
        assertEquals(original.size(), back.size());
        for (String column : original.columns()) {
            assertArrayEquals(original.channel(column), back.channel(column), 0, column + " identical");
        }
        assertEquals(Recordings.force(3, 123, 2), back.channel("bl_N")[123], 1e-4,
                "value written, to the writer's 0.1 mN");
    }

    @Test
    void jsonExportUsesNullForUnmeasuredFigures() throws Exception {
        Path out = dir.resolve("json");
        try (Store store = Store.open(dir.resolve("data"))) {
            Exporter.export(store, Exporter.Format.JSON, out, "Ada, \"A\"");
            assertThrows(StoreException.class, () -> Exporter.export(store, Exporter.Format.JSON, out, "Nobody"));
        }
        JsonNode trials = new ObjectMapper().readTree(out.resolve("trials.json").toFile());
        assertEquals(2, trials.size());
        assertEquals(9.75, trials.get(0).get("ellipse_area95_cm2").asDouble(), 0);
        assertEquals("touchdown", trials.get(0).get("events").get(0).get("kind").asText());
        assertTrue(trials.get(1).get("path_velocity_cm_s").isNull());
        assertTrue(trials.get(1).get("time_to_stabilisation_s").isNull(), "not measured: null");
        assertTrue(trials.get(1).get("recording").isNull());
        JsonNode decisions = new ObjectMapper().readTree(out.resolve("decisions.json").toFile());
        assertEquals("Stay at holding on — keep going, you're close.", decisions.get(0).get("sentence").asText());
        Recording back = RecordingReader.read(out.resolve(trials.get(0).get("recording").asText()));
        assertEquals(400, back.size());
    }

    @Test
    void painAndFormNotReportedAreEmptyInCsvAndNullInJson() throws Exception {
        long unansweredId;
        try (Store store = Store.open(dir.resolve("data"))) {
            long person = store.person("Ada, \"A\"").orElseThrow().id();
            long session = store.startSession(person, MONDAY.plusSeconds(86_400));
            TrialOutcome stopped = trial().hold(15).unanswered().at(MONDAY.plusSeconds(86_400)).build();
            unansweredId = store.saveTrial(new TrialRecord(session, stopped, TrialScorer.score(stopped,
                    ExerciseCatalogue.standard().get("single-leg-stance").level(1), Baseline.NONE), List.of(), raw));
            Exporter.export(store, Exporter.Format.CSV, dir.resolve("csv"), null);
            Exporter.export(store, Exporter.Format.JSON, dir.resolve("json"), null);
        }
        List<String> lines = Files.readAllLines(dir.resolve("csv").resolve("trials.csv"));
        assertTrue(lines.get(3).startsWith(unansweredId + ",\"Ada, \"\"A\"\"\",2,2026-01-06T08:00:00Z,"
                + "single-leg-stance,1,LEFT,HOLD_SECONDS,15.0,15.0,0,TARGET,,,,,,,,100.0,"),
                "pain and lost form empty: " + lines.get(3));
        assertTrue(lines.get(1).contains(",0.8,,0,false,,"), "answered: " + lines.get(1));
        JsonNode trials = new ObjectMapper().readTree(dir.resolve("json").resolve("trials.json").toFile());
        assertTrue(trials.get(2).get("pain").isNull(), trials.get(2).toString());
        assertTrue(trials.get(2).get("lost_form").isNull(), trials.get(2).toString());
        assertEquals(0, trials.get(0).get("pain").asInt());
        assertTrue(trials.get(0).get("lost_form").isBoolean());
        Recording back = RecordingReader.read(dir.resolve("json").resolve(trials.get(2).get("recording").asText()));
        assertEquals(400, back.size(), "the unanswered trial's raw recording exported whole");
    }
}
