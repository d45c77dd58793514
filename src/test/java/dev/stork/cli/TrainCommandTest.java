package dev.stork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stork.calibration.PlateFitQuality;
import dev.stork.calibration.PlateProfile;
import dev.stork.calibration.ProfileDirectory;
import dev.stork.sensor.SourceDescription;
import dev.stork.sensor.serial.EmulatedSerialPlate;
import dev.stork.sensor.serial.support.SocatPtyPair;
import dev.stork.store.Person;
import dev.stork.store.SessionRecord;
import dev.stork.store.Store;
import dev.stork.store.StoredDecision;
import dev.stork.store.StoredTrial;
import dev.stork.training.Decision;
import dev.stork.training.EndReason;
import dev.stork.training.FormReport;
import dev.stork.training.Leg;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code stork train --fast} on the simulated board with a real SQLite store and typed answers. The simulated
 * person holds every trial 2 s past its 15 s target, so each hold ends at the target.
 */
class TrainCommandTest {
    private static final Pattern HOLD_TIMER = Pattern.compile(
            " {2}Left leg +\\d+\\.\\d s of 15 s \\[[#.]{20}]  sway speed +\\d+\\.\\d cm/s, area +\\d+\\.\\d cm²\n");

    @TempDir
    Path dir;

    private KeyboardRun train(String typed, String person) {
        return KeyboardRun.of(typed, "train", "--fast", "--data", dir.toString(), "--person", person);
    }

    @Test
    void aWholeSessionAsksAfterEachTrialAsksAgainOnWrongAnswersAndStoresIt() {
        // Trial 1: five wrong pain answers, then 1; one wrong form answer, then n. Trial 4: form lost. The rest:
        // pain 1, Enter for "no".
        String typed = "x\n11\n2.5\n-1\n\n1\nn\nmaybe\nn\n" + "1\n\n\n" + "1\n\n\n" + "1\n\ny\n"
                + KeyboardRun.times(6, "1\n\n\n");
        KeyboardRun run = train(typed, "Ada");
        assertEquals(0, run.code(), run.err() + run.out());
        String out = run.out();
        assertTrue(out.startsWith("Stork: today's session for Ada, 10 trials (board: simulation).\n"
                + "  Single-leg stance, knee raised, level 1 (holding on): 5 per leg, target 15 s.\n"), out);
        assertTrue(out.contains("Single-leg stance, knee raised, level 1 (holding on): Hold on lightly to a chair or "
                + "the wall and raise one knee.\nSafety: Stop if your form breaks or it hurts."), out);
        assertTrue(out.contains("Trial 1 of 10: stand on your LEFT leg.\n  Lift your right foot in 3 ...\n"
                + "  Lift your right foot in 2 ...\n  Lift your right foot in 1 ...\n  Lift now and hold!\n"), out);
        assertTrue(HOLD_TIMER.matcher(out).find(), "the live hold timer with its bar and sway\n" + out);
        assertTrue(out.contains("  Pain now, 0 (none) to 10 (worst)? x\n  'x' is not a number: type a whole number "
                + "from 0 to 10, or q to stop.\n"), out);
        assertTrue(out.contains("? 11\n  11 is more than 10: 10 is the worst pain you can imagine.\n"), out);
        assertTrue(out.contains("? 2.5\n  '2.5': please give a whole number from 0 to 10.\n"), out);
        assertTrue(out.contains("? -1\n  -1 is less than 0: 0 means no pain at all.\n"), out);
        assertTrue(out.contains("? \n  Please type a number from 0 (no pain) to 10"), out);
        assertTrue(out.contains("  Did your form break? [y/N] maybe\n  'maybe': please answer y (yes) or n (no); "
                + "Enter alone means no.\n"), out);
        assertEquals(10 + 5, run.count("Pain now, 0 (none) to 10 (worst)?"), "each trial once, plus the re-asks");
        assertTrue(out.contains("  Trial 4: right leg, held 15.0 s (target reached)."), out);
        assertTrue(out.contains("Pain 1/10, form lost. Score "), out);
        assertTrue(out.contains("\nSession summary\n  Left  leg: 5 trial(s), best 15.0 s, mean 15.0 s"), out);
        assertTrue(out.contains("\nLeft and right: "), out);

        try (Store store = Store.open(dir)) {
            Person ada = store.person("Ada").orElseThrow();
            assertEquals(0, ada.birthYear(), "train asks no age");
            List<StoredTrial> trials = store.trials(ada.id());
            assertEquals(10, trials.size());
            for (int k = 0; k < trials.size(); k++) {
                StoredTrial trial = trials.get(k);
                assertEquals(k % 2 == 0 ? Leg.LEFT : Leg.RIGHT, trial.outcome().leg(), "legs alternate");
                assertEquals(OptionalInt.of(1), trial.outcome().pain(), "trial " + (k + 1));
                assertEquals(FormReport.reported(k == 3), trial.outcome().form(), "trial " + (k + 1));
                // Held 17 s against 15: ended by the detector at the target, within its 0.2 s.
                assertEquals(EndReason.TARGET, trial.outcome().endReason());
                assertEquals(15, trial.outcome().holdSeconds(), 0.2);
                assertTrue(trial.hasRecording(), "raw recording of trial " + (k + 1));
            }
            List<StoredDecision> decisions = store.decisions(ada.id());
            assertEquals(1, decisions.size());
            Decision decision = decisions.get(0).decision();
            assertEquals(Decision.Kind.HOLD, decision.kind(), decision.sentence());
            assertTrue(out.contains("\nNext session: " + decision.sentence() + "\n"), out);
            assertEquals(1, store.currentPlan(ada.id()).orElseThrow().entry("single-leg-stance").orElseThrow()
                    .level());
            SessionRecord session = store.sessions(ada.id()).get(0);
            assertNotNull(session.endedAt(), "the session is finished");
        }
        assertFalse(out.contains("Stopped"), out);
    }

    @Test
    void theEndOfInputAtThePainQuestionStoresThatTrialUnansweredAndStillDecides() throws Exception {
        KeyboardRun run = train(KeyboardRun.times(3, "0\nn\n"), "Bo");
        assertEquals(0, run.code(), run.err() + run.out());
        String out = run.out();
        assertTrue(out.contains("  Pain now, 0 (none) to 10 (worst)? \n  Stopping: end of input.\n  Trial 4 is stored "
                + "with pain and form not reported. The session stops here.\n"), out);
        assertTrue(out.contains("  Trial 4: right leg, held 15.0 s (target reached). Sway speed "), out);
        assertTrue(out.contains(" Pain and form not reported. Score 100."), out);
        assertTrue(out.matches("(?s).*Score 100\\. Steady after \\d+\\.\\d s\\.\n.*"),
                "each trial says when the sway settled\n" + out);
        assertFalse(out.contains("Trial 5 of 10"), out);
        assertFalse(out.contains("Rest 30 s.\n\nSession summary"), "no rest after the stop\n" + out);
        assertTrue(out.contains("\nStopped early: 4 of 10 trials done and stored, 1 of them without its answers.\n"),
                out);
        String sentence = "Stay at holding on — you held 15 s on both legs with a score of 60 or more in 1 of your "
                + "last 1 session, but the pain question after a trial went unanswered, so it does not count; 3 in "
                + "a row moves you on.";
        assertTrue(out.contains("\nNext session: " + sentence + "\n"), out);
        long unansweredId;
        try (Store store = Store.open(dir)) {
            Person bo = store.person("Bo").orElseThrow();
            List<StoredTrial> trials = store.trials(bo.id());
            assertEquals(List.of(Leg.LEFT, Leg.RIGHT, Leg.LEFT, Leg.RIGHT),
                    trials.stream().map(t -> t.outcome().leg()).toList());
            for (int k = 0; k < 3; k++) {
                assertEquals(OptionalInt.of(0), trials.get(k).outcome().pain(), "answered trial " + (k + 1));
                assertEquals(FormReport.KEPT, trials.get(k).outcome().form());
            }
            StoredTrial unanswered = trials.get(3);
            unansweredId = unanswered.id();
            assertEquals(OptionalInt.empty(), unanswered.outcome().pain());
            assertEquals(FormReport.NOT_REPORTED, unanswered.outcome().form());
            assertEquals(EndReason.TARGET, unanswered.outcome().endReason());
            assertEquals(15, unanswered.outcome().holdSeconds(), 0.2);
            assertTrue(unanswered.hasRecording(), "its raw recording is kept");
            assertEquals(100, unanswered.score().total(), 1e-9, "scored as any trial: the target, no baseline yet");
            assertEquals(1, store.decisions(bo.id()).size(), "the decision is still made");
            assertEquals(sentence, store.decisions(bo.id()).get(0).decision().sentence());
            assertNotNull(store.sessions(bo.id()).get(0).endedAt());
        }

        // stork history: the most pain per session and leg, with the unanswered trial marked.
        StringWriter history = new StringWriter();
        assertEquals(0, HistoryCommandTest.run(history, "history", "--data", dir.toString(), "--person", "Bo"));
        List<String> lines = history.toString().lines().toList();
        assertTrue(lines.get(4).matches(".*left        15\\.0 s       15\\.0 s    100     0   +\\d+\\.\\d cm/s   +\\d+\\.\\d s"),
                history.toString());
        assertTrue(lines.get(5).matches(".*right       15\\.0 s       15\\.0 s    100    0\\*   +\\d+\\.\\d cm/s   +\\d+\\.\\d s"),
                history.toString());
        assertEquals("  * the questions after a trial went unanswered (the session was stopped at them): its pain is "
                + "not reported", lines.get(7));

        // stork export: empty cells in CSV, null in JSON; the raw recording reads back through stork analyze.
        Path csv = dir.resolve("csv");
        assertEquals(0, HistoryCommandTest.run(new StringWriter(), "export", "--format", "csv", "--out",
                csv.toString(), "--data", dir.toString()));
        List<String> rows = Files.readAllLines(csv.resolve("trials.csv"));
        List<String> header = List.of(rows.get(0).split(","));
        String[] cells = rows.get(4).split(",", -1);
        assertEquals(Long.toString(unansweredId), cells[0]);
        assertEquals("", cells[header.indexOf("pain")], rows.get(4));
        assertEquals("", cells[header.indexOf("lost_form")], rows.get(4));
        String[] answered = rows.get(1).split(",", -1);
        assertEquals("0", answered[header.indexOf("pain")]);
        assertEquals("false", answered[header.indexOf("lost_form")]);
        Path json = dir.resolve("json");
        assertEquals(0, HistoryCommandTest.run(new StringWriter(), "export", "--format", "json", "--out",
                json.toString(), "--data", dir.toString()));
        JsonNode exported = new ObjectMapper().readTree(json.resolve("trials.json").toFile()).get(3);
        assertTrue(exported.get("pain").isNull(), exported.toString());
        assertTrue(exported.get("lost_form").isNull(), exported.toString());
        StringWriter analyzed = new StringWriter();
        assertEquals(0, HistoryCommandTest.run(analyzed, "analyze",
                json.resolve(exported.get("recording").asText()).toString(), "--json"));
        JsonNode holds = new ObjectMapper().readTree(analyzed.toString()).get("holds");
        assertEquals(1, holds.size(), "the hold found again in the raw recording: " + holds);
        assertEquals("right", holds.get(0).get("leg").asText());
        // The session ends the trial at its 15 s target and stops the board; on the fast simulated board the
        // recording may run on towards the simulated person's touchdown at 17 s before the stop takes effect. So
        // the hold found again lasts from the target (less the detector's 0.2 s) to the touchdown (plus 0.25 s).
        double heldS = holds.get(0).get("duration_s").asDouble();
        assertTrue(heldS >= 15 - 0.2 && heldS <= 17 + 0.25, holds.toString());
    }

    @Test
    void keysPauseResumeAndStopBetweenTrials() {
        // Trial 1 answered, then p and r (pause, go on), trial 2 answered, then q: a stop between trials.
        KeyboardRun run = train("0\nn\np\nr\n0\nn\nq\n", "Cy");
        assertEquals(0, run.code(), run.err() + run.out());
        assertEquals(1, run.count("  Paused. Type r and Enter to go on, or q and Enter to stop.\n"), run.out());
        assertTrue(run.out().contains("\nStopped early: 2 of 10 trials done and stored.\n"), run.out());
        try (Store store = Store.open(dir)) {
            Person cy = store.person("Cy").orElseThrow();
            assertEquals(2, store.trials(cy.id()).size());
            assertEquals(1, store.decisions(cy.id()).size());
        }
    }

    @Test
    void threeGoodSessionsMoveThePersonOnAndTheNextSessionIsAtTheNewLevel() {
        for (int session = 1; session <= 3; session++) {
            KeyboardRun run = train(KeyboardRun.times(10, "0\nn\n"), "Di");
            assertEquals(0, run.code(), run.err() + run.out());
            if (session == 3) {
                assertTrue(run.out().contains("\nNext session: Next: hands free, arms by your side — you held 15 s "
                        + "on both legs"), run.out());
            }
        }
        // The fourth session starts at level 2; the input ends at its first question: that trial is stored
        // unanswered, and the session does not count towards the next level.
        KeyboardRun fourth = train("", "Di");
        assertEquals(0, fourth.code(), fourth.err() + fourth.out());
        assertTrue(fourth.out().contains("  Single-leg stance, knee raised, level 2 (hands free, arms by your side): "
                + "5 per leg, target 15 s.\n"), fourth.out());
        assertTrue(fourth.out().contains("\nStopped early: 1 of 10 trials done and stored, 1 of them without its "
                + "answers.\n"), fourth.out());
        try (Store store = Store.open(dir)) {
            Person di = store.person("Di").orElseThrow();
            assertEquals(31, store.trials(di.id()).size());
            assertEquals(4, store.sessions(di.id()).size());
            assertEquals(4, store.decisions(di.id()).size(), "a decision after every session, even an empty one");
            assertEquals(2, store.currentPlan(di.id()).orElseThrow().entry("single-leg-stance").orElseThrow()
                    .level());
        }
    }

    @Test
    void aSerialPlateIsCalibratedByItsBoardIdAndReleasedWhenTheSessionEnds() throws Exception {
        try (SocatPtyPair pty = new SocatPtyPair()) {
            pty.start();
            try (EmulatedSerialPlate plate = new EmulatedSerialPlate(pty.plate(), 100).boardId(0x5702_00B1L)) {
                plate.start();
                String spec = "serial:" + pty.host();
                KeyboardRun refused = KeyboardRun.of("", "train", "--data", dir.toString(), "--person", "Dee",
                        "--source", spec);
                assertEquals(2, refused.code());
                assertTrue(refused.err().startsWith("stork train: no calibration for the plate '570200b1' in "),
                        refused.err());
                assertTrue(refused.err().contains("run 'stork calibrate plate --source " + spec + "' first"),
                        refused.err());
                assertFalse(Files.exists(dir.resolve(Store.FILE_NAME)), "no database was created");

                double g = 2.4e-4;
                new ProfileDirectory(dir.resolve("calibration")).save(new PlateProfile("570200b1", Instant.now(),
                        SourceDescription.CellUnit.COUNTS, 433, 238, new double[] {g, g, g, g}, new double[4],
                        PlateFitQuality.NOT_MEASURED));
                // Nobody steps on; q stops the session while its first trial waits for the person.
                KeyboardRun run = KeyboardRun.of("q\n", "train", "--data", dir.toString(), "--person", "Dee",
                        "--source", spec);
                assertEquals(0, run.code(), run.err() + run.out());
                assertTrue(run.out().contains("(board: serial plate 570200b1 on " + pty.host() + ")"), run.out());
                assertTrue(run.out().contains("Stopped before any trial was stored."), run.out());
                assertTrue(Thread.getAllStackTraces().keySet().stream()
                        .noneMatch(t -> t.getName().equals("stork-board") && t.isAlive()), "the plate was released");
            }
        }
    }

    @Test
    void sourcesThatAreNotAForcePlateAreClearErrorsBeforeAnythingIsStored() {
        KeyboardRun wobble = KeyboardRun.of("", "train", "--data", dir.toString(), "--source", "sim:imu");
        assertEquals(2, wobble.code());
        assertTrue(wobble.err().startsWith("stork train: sessions need a force plate, but sim:imu is "),
                wobble.err());
        KeyboardRun typo = KeyboardRun.of("", "train", "--data", dir.toString(), "--source", "wifi");
        assertEquals(2, typo.code());
        assertTrue(typo.err().startsWith("stork train: unknown source 'wifi'; use one of: sim, "), typo.err());
        KeyboardRun fastWii = KeyboardRun.of("", "train", "--data", dir.toString(), "--source", "wii", "--fast");
        assertEquals(2, fastWii.code());
        assertTrue(fastWii.err().contains("--fast works only with --source sim"), fastWii.err());
        assertFalse(Files.exists(dir.resolve(Store.FILE_NAME)), "no database was created");
    }

    @Test
    void anOffBoardExerciseIsAskedForInItsTurnAndLoggedWithItsAnswers() {
        assertEquals(0, new CommandLine(new StorkCommand()).execute("plan", "--data", dir.toString(), "--person",
                "Flo", "--set", "prone-single-leg-kick"));
        // Left: Enter (the target, 10), pain 0, form kept. Right: 8, pain 2, not sharp, form kept.
        KeyboardRun run = train("\n0\nn\n" + "8\n2\nn\nn\n", "Flo");
        String out = run.out();
        assertTrue(out.contains("done off the board: you are asked how many you did"), out);
        assertTrue(out.contains("Trial 1 of 2: prone single-leg kick, left leg, off the board.\n"), out);
        assertTrue(out.contains("  How many did you do? Enter for 10, a number, or n if you did not do it:"), out);
        try (Store store = Store.open(dir)) {
            List<StoredTrial> trials = store.trials(store.person("Flo").orElseThrow().id());
            assertEquals(2, trials.size(), out);
            assertEquals(List.of(10, 8), trials.stream().map(t -> t.outcome().repetitions()).toList());
            assertEquals(List.of(Leg.LEFT, Leg.RIGHT), trials.stream().map(t -> t.outcome().leg()).toList());
            assertEquals(EndReason.LOGGED, trials.get(1).outcome().endReason());
            assertEquals(OptionalInt.of(2), trials.get(1).outcome().pain());
            assertFalse(trials.get(0).hasRecording(), "nothing was measured");
        }
    }
}
