package dev.stork.store;

import static dev.stork.training.support.Outcomes.trial;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.training.Baseline;
import dev.stork.training.Decision;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.Plan;
import dev.stork.training.ExerciseHistory;
import dev.stork.training.Progression;
import dev.stork.training.SessionResult;
import dev.stork.training.Sex;
import dev.stork.training.TrialOutcome;
import dev.stork.training.TrialScore;
import dev.stork.training.TrialScorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    private static final Instant MONDAY = Instant.parse("2026-01-05T08:00:00Z");
    private final ExerciseCatalogue catalogue = ExerciseCatalogue.standard();

    @TempDir
    Path dir;

    @Test
    void everythingSavedIsReadBackAfterReopening() throws Exception {
        TrialOutcome outcome = trial().level(2).hold(12.5).sway(2.25, Double.NaN, 0.75).stabilisedAfter(1.75)
                .pain(1).calibration("plate-2026-01-01").at(MONDAY).build();
        TrialScore score = TrialScorer.score(outcome, catalogue.get("single-leg-stance").level(2), Baseline.NONE);
        Path raw = Recordings.plate(dir.resolve("raw.csv"), 250, 7);
        long personId;
        long trialId;
        Plan plan = Plan.starting(catalogue, "single-leg-stance", "prone-single-leg-kick");
        try (Store store = Store.open(dir.resolve("data"))) {
            personId = store.savePerson("Ada", 1961, Sex.FEMALE).id();
            store.savePlan(personId, plan, MONDAY);
            long session = store.startSession(personId, MONDAY);
            trialId = store.saveTrial(new TrialRecord(session, outcome, score,
                    List.of(new TrialEvent(0.0, "foot-lifted", ""), new TrialEvent(12.5, "touchdown", "left foot")),
                    raw));
            store.finishSession(session, MONDAY.plusSeconds(900));
            Decision decision = new Decision("single-leg-stance", Decision.Kind.HOLD, 2, 2, Decision.Reason.NOT_YET,
                    "Stay at hands free — keep going.");
            store.saveDecision(personId, session, decision, MONDAY.plusSeconds(901));
        }
        try (Store store = Store.open(dir.resolve("data"))) {
            assertEquals(Migrations.latestVersion(), store.schemaVersion(), "migrated once, to the latest");
            assertEquals(List.of(new Person(personId, "Ada", 1961, Sex.FEMALE)), store.people());
            assertEquals(plan, store.currentPlan(personId).orElseThrow());
            StoredTrial stored = store.trials(personId).get(0);
            assertEquals(trialId, stored.id());
            assertEquals(outcome.toString(), stored.outcome().toString(), "NaN area survives as NaN");
            assertEquals(score.toString(), stored.score().toString());
            assertEquals("touchdown", stored.events().get(1).kind());
            assertTrue(stored.hasRecording());
            assertArrayEquals(Files.readAllBytes(raw), store.recordingCsv(trialId).orElseThrow());
            assertEquals(MONDAY.plusSeconds(900), store.sessions(personId).get(0).endedAt());
            assertEquals("Stay at hands free — keep going.", store.decisions(personId).get(0).decision().sentence());
            List<SessionResult> history = store.sessionResults(personId);
            assertEquals(1, history.size());
            Decision next = Progression.decide(new ExerciseHistory(catalogue.get("single-leg-stance"), 2, history));
            assertEquals(Decision.Reason.NOT_YET, next.reason(), next.sentence());
            assertEquals("ok", store.integrityCheck());
        }
    }

    @Test
    void aPersonsBirthYearAndSexCanBeSetLaterAndSurviveReopening() {
        long id;
        try (Store store = Store.open(dir)) {
            id = store.savePerson("Cy", 0, null).id();
            Person updated = store.updatePerson(id, 1959, Sex.MALE);
            assertEquals(new Person(id, "Cy", 1959, Sex.MALE), updated);
            StoreException missing = assertThrows(StoreException.class, () -> store.updatePerson(id + 1, 1980, null));
            assertTrue(missing.getMessage().contains("no person " + (id + 1)), missing.getMessage());
        }
        try (Store store = Store.open(dir)) {
            assertEquals(new Person(id, "Cy", 1959, Sex.MALE), store.person("Cy").orElseThrow());
            assertEquals(new Person(id, "Cy", 0, null), store.updatePerson(id, 0, null), "back to unknown");
        }
    }

    @Test
    void databaseIsInWalModeAndASubmittedTrialCompletesWithItsId() throws Exception {
        try (Store store = Store.open(dir)) {
            long person = store.savePerson("Bo", 0, null).id();
            long session = store.startSession(person, MONDAY);
            TrialOutcome outcome = trial().build();
            long id = store.submitTrial(new TrialRecord(session, outcome, score(outcome), List.of(), null)).join();
            assertTrue(id > 0);
            assertFalse(store.trial(id).orElseThrow().hasRecording());
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.FILE_NAME));
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA journal_mode")) {
            rows.next();
            assertEquals("wal", rows.getString(1));
        }
    }

    @Test
    void aFailedTrialSaveReportsWhyAndLeavesNothingBehind() throws Exception {
        Path notStork = Files.writeString(dir.resolve("notes.csv"), "hello,world\n1,2\n");
        try (Store store = Store.open(dir.resolve("data"))) {
            long person = store.savePerson("Cy", 0, null).id();
            long session = store.startSession(person, MONDAY);
            TrialOutcome outcome = trial().build();
            StoreException bad = assertThrows(StoreException.class,
                    () -> store.saveTrial(new TrialRecord(session, outcome, score(outcome), List.of(), notStork)));
            assertTrue(bad.getMessage().contains("raw recording"), bad.getMessage());
            StoreException noSession = assertThrows(StoreException.class,
                    () -> store.saveTrial(new TrialRecord(999, outcome, score(outcome), List.of(), null)));
            assertTrue(noSession.getMessage().contains("FOREIGN KEY"), noSession.getMessage());
            assertEquals(List.of(), store.trials(person));
            assertThrows(StoreException.class, () -> store.savePerson("Cy", 0, null), "names are unique");
        }
    }

    @Test
    void aClosedStoreRefusesWrites() {
        Store store = Store.open(dir);
        store.close();
        CompletionException closed = assertThrows(CompletionException.class, () -> store.submitTrial(
                new TrialRecord(1, trial().build(), score(trial().build()), List.of(), null)).join());
        assertTrue(closed.getCause().getMessage().contains("is closed"), closed.getCause().getMessage());
    }

    @Test
    void dataDirectoryComesFromTheOptionTheEnvironmentOrTheDefault() {
        Path home = Path.of("/home/ada");
        assertEquals(Path.of("/x"), DataDirectory.resolve(Path.of("/x"), Map.of("STORK_DATA", "/y"), home));
        assertEquals(Path.of("/y"), DataDirectory.resolve(null, Map.of("STORK_DATA", "/y"), home));
        assertEquals(Path.of("/home/ada/.local/share/stork"), DataDirectory.resolve(null, Map.of(), home));
    }

    private TrialScore score(TrialOutcome outcome) {
        return TrialScorer.score(outcome, catalogue.get(outcome.exerciseId()).level(outcome.level()), Baseline.NONE);
    }
}
