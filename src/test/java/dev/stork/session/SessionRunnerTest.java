package dev.stork.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.sensor.file.RecordingReader;
import dev.stork.sensor.sim.Pacing;
import dev.stork.sensor.sim.PersonModel;
import dev.stork.store.Person;
import dev.stork.store.Store;
import dev.stork.store.StoredDecision;
import dev.stork.store.StoredTrial;
import dev.stork.training.Decision;
import dev.stork.training.EndReason;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.FormReport;
import dev.stork.training.Leg;
import dev.stork.training.Plan;
import dev.stork.training.PlanEntry;
import dev.stork.training.PrescribedTrial;
import dev.stork.training.Sex;
import dev.stork.training.StanceTest;
import dev.stork.training.TrialOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole sessions on the simulated board, as fast as possible, rests on a jumping clock. */
class SessionRunnerTest {
    private static final ExerciseCatalogue CATALOGUE = ExerciseCatalogue.standard();
    /** Level 1 of single-leg stance, 2 trials per leg (left, right, left, right), 5 s rests. */
    private static final Plan PLAN = new Plan(List.of(new PlanEntry("single-leg-stance", 1, 2, 1, 5)));

    @TempDir
    Path dir;

    private SessionState run(Store store, Person person, double holdS, int pain, Consumer<SessionRunner> setUp)
            throws InterruptedException {
        SimulatedTrialBoard board = new SimulatedTrialBoard(PersonModel.typicalAdult(), 100, 7, Pacing.FAST,
                () -> 0L, k -> holdS);
        SessionRunner runner = new SessionRunner(store, CATALOGUE, board, (t, n, held) -> new TrialAnswer(pain,
                false), SessionClock.jumping(), dir);
        setUp.accept(runner);
        return runner.run(person, PLAN);
    }

    @Test
    void threeGoodSessionsAreStoredTrialByTrialAndMoveThePersonOn() throws Exception {
        try (Store store = Store.open(dir)) {
            Person ada = store.savePerson("Ada", 1961, Sex.FEMALE);
            List<String> storedBeforeEachTrial = new ArrayList<>();
            SessionState first = run(store, ada, 17, 0, runner -> runner.observe(s -> {
                if (s.phase() == SessionPhase.INSTRUCTIONS && s.live() == null
                        && storedBeforeEachTrial.size() < s.trialNumber()) {
                    storedBeforeEachTrial.add(s.trialNumber() + ":" + store.trials(ada.id()).size());
                }
            }));
            // Each trial is committed before the next one starts: trial k begins with k - 1 trials in the store.
            assertEquals(List.of("1:0", "2:1", "3:2", "4:3"), storedBeforeEachTrial);
            assertEquals(SessionPhase.DONE, first.phase());
            assertEquals(4, first.finished().size());
            List<StoredTrial> trials = store.trials(ada.id());
            assertEquals(List.of(Leg.LEFT, Leg.RIGHT, Leg.LEFT, Leg.RIGHT),
                    trials.stream().map(t -> t.outcome().leg()).toList());
            for (StoredTrial trial : trials) {
                // Held 17 s against a 15 s target: the detector ends the hold at the target (±0.2 s detection).
                assertEquals(EndReason.TARGET, trial.outcome().endReason());
                assertEquals(15, trial.outcome().holdSeconds(), 0.2);
                assertTrue(trial.outcome().pathVelocityCmS() > 0, "sway measured");
                Path csv = dir.resolve("read-" + trial.id() + ".csv");
                Files.write(csv, store.recordingCsv(trial.id()).orElseThrow());
                // The script lifts the foot at 5 s and the hold reaches its 15 s target at about 20 s: at 100 Hz
                // the raw recording keeps at least the 1,900 rows up to 19 s.
                int rows = RecordingReader.read(csv).size();
                assertTrue(rows >= 1900, "raw recording of trial " + trial.id() + ": " + rows + " rows");
            }
            // No history and no norm at level 1: the score is the hold credit, 100.
            assertEquals(100, first.finished().get(0).score().total(), 1e-9);
            assertEquals(1, first.comparisons().size());
            Decision once = first.decisions().get(0);
            assertEquals(Decision.Reason.NOT_YET, once.reason(), once.sentence());
            assertEquals("Stay at holding on — you held 15 s on both legs with a score of 60 or more in 1 of your "
                    + "last 1 session; 3 in a row moves you on.", once.sentence());

            run(store, ada, 17, 1, runner -> { });
            SessionState third = run(store, ada, 17, 0, runner -> { });
            Decision up = third.decisions().get(0);
            assertEquals(Decision.Kind.UP, up.kind(), up.sentence());
            assertTrue(up.sentence().startsWith("Next: hands free"), up.sentence());
            List<StoredDecision> stored = store.decisions(ada.id());
            assertEquals(3, stored.size());
            assertEquals(2, store.currentPlan(ada.id()).orElseThrow().entry("single-leg-stance").orElseThrow()
                    .level());
        }
    }

    @Test
    void painOfFiveIsStoredAndKeepsTheLevelWithAdvice() throws Exception {
        try (Store store = Store.open(dir)) {
            Person bo = store.savePerson("Bo", 1970, Sex.MALE);
            SessionState done = run(store, bo, 8, 5, runner -> { });
            for (StoredTrial trial : store.trials(bo.id())) {
                assertEquals(OptionalInt.of(5), trial.outcome().pain());
                assertEquals(EndReason.TOUCHDOWN, trial.outcome().endReason());
                // Held 8 s; the detector confirms touchdown within 0.25 s (as in DemoCommandTest).
                assertEquals(8, trial.outcome().holdSeconds(), 0.25);
            }
            Decision decision = done.decisions().get(0);
            assertTrue(decision.sentence().contains("you reported pain of 5/10"), decision.sentence());
        }
    }

    @Test
    void skipLeavesOutOneTrialAndPauseWaitsForResume() throws Exception {
        try (Store store = Store.open(dir)) {
            Person cy = store.savePerson("Cy", 1980, Sex.FEMALE);
            List<SessionPhase> phases = new ArrayList<>();
            boolean[] pausedOnce = {false};
            run(store, cy, 17, 0, runner -> runner.observe(s -> {
                if (phases.isEmpty() || phases.get(phases.size() - 1) != s.phase()) {
                    phases.add(s.phase());
                    if (s.phase() == SessionPhase.REST && s.trialNumber() == 1 && !pausedOnce[0]) {
                        pausedOnce[0] = true;
                        runner.send(SessionCommand.of(SessionCommand.Kind.PAUSE));
                    } else if (s.phase() == SessionPhase.PAUSED) {
                        runner.send(SessionCommand.of(SessionCommand.Kind.RESUME));
                    } else if (s.phase() == SessionPhase.INSTRUCTIONS && s.trialNumber() == 2 && s.live() == null) {
                        runner.send(SessionCommand.of(SessionCommand.Kind.SKIP));
                    }
                }
            }));
            assertTrue(phases.contains(SessionPhase.PAUSED), phases.toString());
            assertEquals(List.of(Leg.LEFT, Leg.LEFT, Leg.RIGHT),
                    store.trials(cy.id()).stream().map(t -> t.outcome().leg()).toList(), "trial 2 skipped");
        }
    }

    @Test
    void aPauseDuringAHoldBeginsOnceTheTrialIsStoredAndAResumeBeforeThenTakesItBack() throws Exception {
        try (Store store = Store.open(dir)) {
            Person ed = store.savePerson("Ed", 1966, Sex.MALE);
            List<String> pauses = new ArrayList<>();
            boolean[] asked = {false, false};
            run(store, ed, 17, 0, runner -> runner.observe(s -> {
                boolean holding = s.phase() == SessionPhase.HOLDING && s.live() != null && s.live().holding();
                if (holding && s.trialNumber() == 1 && !asked[0]) {
                    asked[0] = true;
                    runner.send(SessionCommand.of(SessionCommand.Kind.PAUSE));
                } else if (holding && s.trialNumber() == 2 && !asked[1]) {
                    // Asked for and taken back within the hold: no pause at all.
                    asked[1] = true;
                    runner.send(SessionCommand.of(SessionCommand.Kind.PAUSE));
                    runner.send(SessionCommand.of(SessionCommand.Kind.RESUME));
                } else if (s.phase() == SessionPhase.PAUSED) {
                    pauses.add(s.trialNumber() + ":" + s.finished().size() + ":" + store.trials(ed.id()).size());
                    runner.send(SessionCommand.of(SessionCommand.Kind.RESUME));
                }
            }));
            // One pause, after trial 1 was stored and before its rest ran out; not dropped, not repeated.
            assertEquals(List.of("1:1:1"), pauses);
            assertEquals(4, store.trials(ed.id()).size(), "the session went on after the resume");
        }
    }

    @Test
    void aPortWithoutAnAnswerWaitsForTheReportCommandAndStopEndsTheSessionWithADecision() throws Exception {
        try (Store store = Store.open(dir)) {
            Person di = store.savePerson("Di", 1975, Sex.MALE);
            SimulatedTrialBoard board = new SimulatedTrialBoard(PersonModel.typicalAdult(), 100, 3, Pacing.FAST,
                    () -> 0L, k -> 17);
            // The dashboard's way: no answer at once; the answer comes as a command from another thread.
            SessionRunner runner = new SessionRunner(store, CATALOGUE, board, (t, n, held) -> null,
                    SessionClock.jumping(), dir);
            runner.observe(s -> {
                if (s.phase() == SessionPhase.PAIN_PROMPT && s.finished().size() < s.trialNumber()) {
                    Thread answering = new Thread(() -> {
                        runner.send(SessionCommand.report(3, true));
                        if (s.trialNumber() == 2) {
                            runner.send(SessionCommand.of(SessionCommand.Kind.STOP));
                        }
                    });
                    answering.start();
                }
            });
            SessionState done = runner.run(di, PLAN);
            assertEquals(SessionPhase.DONE, done.phase());
            List<StoredTrial> trials = store.trials(di.id());
            assertEquals(2, trials.size(), "stopped after trial 2 of 4");
            for (StoredTrial trial : trials) {
                assertEquals(OptionalInt.of(3), trial.outcome().pain());
                assertEquals(FormReport.LOST, trial.outcome().form());
            }
            // Form lost counts as a missed target, so this session does not count towards moving on.
            assertEquals(1, store.decisions(di.id()).size());
            assertEquals(Decision.Kind.HOLD, done.decisions().get(0).kind(), done.decisions().get(0).sentence());
        }
    }

    @Test
    void aListOfTrialsIsStoredAndComparedWithoutADecisionOrAPlan() throws Exception {
        try (Store store = Store.open(dir)) {
            Person ed = store.savePerson("Ed", 1958, Sex.MALE);
            // The stance test's first four trials: eyes open, left, right, left, right; 45 s cap.
            List<PrescribedTrial> trials = StanceTest.protocol(CATALOGUE).subList(0, 4);
            SimulatedTrialBoard board = new SimulatedTrialBoard(PersonModel.typicalAdult(), 100, 5, Pacing.FAST,
                    () -> 0L, k -> 10 + k);
            SessionRunner runner = new SessionRunner(store, CATALOGUE, board, (t, n, held) -> new TrialAnswer(0,
                    false), SessionClock.jumping(), dir);
            SessionState done = runner.run(ed, trials);
            assertEquals(SessionPhase.DONE, done.phase());
            assertEquals(List.of(), done.decisions());
            assertEquals(1, done.comparisons().size(), "one comparison: eyes open");
            assertEquals(StanceTest.EXERCISE_ID, done.comparisons().get(0).exerciseId());
            List<StoredTrial> stored = store.trials(ed.id());
            assertEquals(4, stored.size());
            for (int k = 0; k < 4; k++) {
                // Held 11, 12, 13, 14 s against a 45 s cap: touchdown, confirmed within 0.25 s.
                assertEquals(11 + k, stored.get(k).outcome().holdSeconds(), 0.25, "trial " + (k + 1));
                assertEquals(EndReason.TOUCHDOWN, stored.get(k).outcome().endReason());
                assertEquals(StanceTest.EXERCISE_ID, stored.get(k).outcome().exerciseId());
            }
            assertTrue(store.decisions(ed.id()).isEmpty(), "an assessment decides nothing");
            assertTrue(store.currentPlan(ed.id()).isEmpty(), "and leaves the plan alone");
            assertEquals(1, store.sessions(ed.id()).size());
        }
    }

    @Test
    void stopAtThePainPromptStoresTheFinishedTrialWithPainNotReportedAndStillDecides() throws Exception {
        try (Store store = Store.open(dir)) {
            Person flo = store.savePerson("Flo", 1990, Sex.FEMALE);
            SimulatedTrialBoard board = new SimulatedTrialBoard(PersonModel.typicalAdult(), 100, 4, Pacing.FAST,
                    () -> 0L, k -> 17);
            // The dashboard's way: the answer comes by command. Trial 1 is answered; at trial 2's prompt the
            // session is ended instead, and a skip sent first cannot leave the finished hold out.
            SessionRunner runner = new SessionRunner(store, CATALOGUE, board, (t, n, held) -> null,
                    SessionClock.jumping(), dir);
            List<String> phases = new ArrayList<>();
            runner.observe(s -> {
                String step = s.trialNumber() + ":" + s.phase();
                if (phases.isEmpty() || !phases.get(phases.size() - 1).equals(step)) {
                    phases.add(step);
                    if (s.phase() == SessionPhase.PAIN_PROMPT && s.trialNumber() == 1) {
                        runner.send(SessionCommand.report(1, false));
                    } else if (s.phase() == SessionPhase.PAIN_PROMPT && s.trialNumber() == 2) {
                        runner.send(SessionCommand.of(SessionCommand.Kind.SKIP));
                        runner.send(SessionCommand.of(SessionCommand.Kind.STOP));
                    }
                }
            });
            SessionState done = runner.run(flo, PLAN);
            assertEquals(SessionPhase.DONE, done.phase());
            assertEquals(List.of("2:PAIN_PROMPT", "2:DONE"), phases.subList(phases.indexOf("2:PAIN_PROMPT"),
                    phases.size()), "from the question straight to the end, no rest: " + phases);
            List<StoredTrial> trials = store.trials(flo.id());
            assertEquals(2, trials.size(), "the answered trial and the one stopped at its question");
            assertEquals(OptionalInt.of(1), trials.get(0).outcome().pain(), "answered trials unchanged");
            assertEquals(FormReport.KEPT, trials.get(0).outcome().form());
            TrialOutcome stopped = trials.get(1).outcome();
            assertEquals(OptionalInt.empty(), stopped.pain(), "pain not reported");
            assertEquals(FormReport.NOT_REPORTED, stopped.form());
            assertEquals(EndReason.TARGET, stopped.endReason());
            assertEquals(15, stopped.holdSeconds(), 0.2, "the hold as measured");
            assertEquals(done.finished().get(1).score().total(), trials.get(1).score().total(), 0,
                    "scored like any trial");
            assertEquals(100, trials.get(1).score().total(), 1e-9, "the 15 s target with no baseline yet");
            assertRawRecordingKept(store, trials.get(1));
            assertEquals(2, done.finished().size());
            assertNotNull(store.sessions(flo.id()).get(0).endedAt(), "the session is closed");
            assertEquals(1, store.decisions(flo.id()).size(), "the decision is still made");
            assertEquals(Decision.Reason.NOT_YET, done.decisions().get(0).reason(), done.decisions().get(0).sentence());
        }
    }

    @Test
    void aPersonWhoStopsAtTheFormQuestionKeepsThePainTheyReported() throws Exception {
        try (Store store = Store.open(dir)) {
            Person gil = store.savePerson("Gil", 1950, Sex.MALE);
            SimulatedTrialBoard board = new SimulatedTrialBoard(PersonModel.typicalAdult(), 100, 4, Pacing.FAST,
                    () -> 0L, k -> 17);
            // The terminal's way: trial 1 answered; at trial 2 the pain is given, then the input ends.
            TrialQuestions questions = (t, n, held) -> n == 1 ? new TrialAnswer(0, false)
                    : TrialAnswer.stoppedAfterPain(6);
            SessionRunner runner = new SessionRunner(store, CATALOGUE, board, questions, SessionClock.jumping(), dir);
            SessionState done = runner.run(gil, PLAN);
            List<StoredTrial> trials = store.trials(gil.id());
            assertEquals(2, trials.size(), "stopped after trial 2 of 4");
            assertEquals(OptionalInt.of(6), trials.get(1).outcome().pain());
            assertEquals(FormReport.NOT_REPORTED, trials.get(1).outcome().form());
            assertRawRecordingKept(store, trials.get(1));
            // The pain reported before the stop steers the decision: 6/10 at level 1 stays, with advice.
            assertEquals(Decision.Reason.PAIN, done.decisions().get(0).reason(), done.decisions().get(0).sentence());
        }
    }

    @Test
    void anInterruptAtThePainPromptStoresTheTrialEndsTheSessionAndIsPassedOn() throws Exception {
        try (Store store = Store.open(dir)) {
            Person hal = store.savePerson("Hal", 1972, Sex.MALE);
            SimulatedTrialBoard board = new SimulatedTrialBoard(PersonModel.typicalAdult(), 100, 4, Pacing.FAST,
                    () -> 0L, k -> 17);
            SessionRunner runner = new SessionRunner(store, CATALOGUE, board, (t, n, held) -> null,
                    SessionClock.jumping(), dir);
            AtomicReference<SessionState> result = new AtomicReference<>();
            AtomicBoolean interruptedAfter = new AtomicBoolean();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread session = new Thread(() -> {
                try {
                    result.set(runner.run(hal, PLAN));
                    interruptedAfter.set(Thread.currentThread().isInterrupted());
                } catch (Throwable e) {
                    failure.set(e);
                }
            }, "test-session");
            // A server shutting down interrupts the session thread while trial 1 waits for its answer.
            runner.observe(s -> {
                if (s.phase() == SessionPhase.PAIN_PROMPT) {
                    session.interrupt();
                }
            });
            session.start();
            session.join(30_000);
            assertFalse(session.isAlive(), "the session ended");
            assertEquals(null, failure.get());
            assertEquals(SessionPhase.DONE, result.get().phase());
            assertTrue(interruptedAfter.get(), "the interrupt is passed on once the trial is stored");
            List<StoredTrial> trials = store.trials(hal.id());
            assertEquals(1, trials.size());
            assertEquals(OptionalInt.empty(), trials.get(0).outcome().pain());
            assertRawRecordingKept(store, trials.get(0));
            assertEquals(1, store.decisions(hal.id()).size(), "the decision is still made");
            assertNotNull(store.sessions(hal.id()).get(0).endedAt());
        }
    }

    /** The trial's raw recording is in the store and reads back whole: the hold's rows at 100 Hz. */
    private void assertRawRecordingKept(Store store, StoredTrial trial) throws Exception {
        assertTrue(trial.hasRecording(), "raw recording of trial " + trial.id());
        Path csv = dir.resolve("kept-" + trial.id() + ".csv");
        Files.write(csv, store.recordingCsv(trial.id()).orElseThrow());
        // On at 0 s, lift at 5 s, the 15 s target at about 20 s: at least the rows up to 19 s.
        int rows = RecordingReader.read(csv).size();
        assertTrue(rows >= 1900, "raw recording of trial " + trial.id() + ": " + rows + " rows");
    }

    @Test
    void aPauseAskedForDuringAHoldTakesEffectAfterTheTrial() throws Exception {
        try (Store store = Store.open(dir)) {
            Person gus = store.savePerson("Gus", 1985, Sex.MALE);
            List<String> seen = new ArrayList<>();
            boolean[] asked = {false};
            run(store, gus, 17, 0, runner -> runner.observe(s -> {
                String step = s.trialNumber() + ":" + s.phase();
                if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(step)) {
                    seen.add(step);
                }
                if (s.phase() == SessionPhase.HOLDING && s.live() != null && s.live().holding() && !asked[0]) {
                    asked[0] = true;
                    runner.send(SessionCommand.of(SessionCommand.Kind.PAUSE));
                } else if (s.phase() == SessionPhase.PAUSED) {
                    runner.send(SessionCommand.of(SessionCommand.Kind.RESUME));
                }
            }));
            assertTrue(asked[0]);
            int paused = seen.indexOf("1:PAUSED");
            assertTrue(paused > seen.indexOf("1:PAIN_PROMPT"), "paused after trial 1 was answered: " + seen);
            assertEquals(4, store.trials(gus.id()).size(), "the paused trial was finished and stored: " + seen);
        }
    }
}
