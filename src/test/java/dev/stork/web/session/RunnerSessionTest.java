package dev.stork.web.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.board.TrialBoard;
import dev.stork.sensor.ForwardingSource;
import dev.stork.sensor.HealthEvent;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.SampleSource;
import dev.stork.sensor.file.RecordingReader;
import dev.stork.sensor.sim.Pacing;
import dev.stork.sensor.sim.PersonModel;
import dev.stork.session.ForwardingTrialBoard;
import dev.stork.session.SessionClock;
import dev.stork.session.SessionPhase;
import dev.stork.session.SessionState;
import dev.stork.session.SimulatedTrialBoard;
import dev.stork.store.Person;
import dev.stork.store.Store;
import dev.stork.store.StoredTrial;
import dev.stork.training.EndReason;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.FormReport;
import dev.stork.training.Leg;
import dev.stork.training.Plan;
import dev.stork.training.PlanEntry;
import dev.stork.training.PrescribedTrial;
import dev.stork.training.SessionPrescription;
import dev.stork.web.SessionView;
import dev.stork.web.SessionView.Phase;
import dev.stork.web.SessionView.TrialStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's session over the shared runner, a simulated board and a real SQLite store: the commands as the
 * dashboard sends them, what is stored, and what the view says when the session thread fails.
 */
class RunnerSessionTest {
    private static final ExerciseCatalogue CATALOGUE = ExerciseCatalogue.standard();
    private static final long WAIT_NANOS = 30_000_000_000L;
    /** The simulated board runs this many times faster than the wall clock, paced like a real board. */
    private static final long SPEED = 4;

    @TempDir
    Path data;
    @TempDir
    Path work;

    private Store store;
    private Person person;
    private RunnerSession session;

    @BeforeEach
    void openStore() {
        store = Store.open(data);
        person = store.savePerson("Ann", 1960, null);
    }

    @AfterEach
    void close() throws InterruptedException {
        if (session != null) {
            session.close();
        }
        store.close();
    }

    private RunnerSession session(PlanEntry entry, TrialBoard board, SessionClock clock) {
        store.savePlan(person.id(), new Plan(List.of(entry)), Instant.now());
        session = new RunnerSession(store, CATALOGUE, board, "sim", clock, System::nanoTime, work, person);
        return session;
    }

    /** A simulated person holding {@code holdS} in every trial, as fast as the pipeline takes the samples. */
    private static SimulatedTrialBoard fastBoard(double holdS) {
        return new SimulatedTrialBoard(PersonModel.typicalAdult(), 100, 11, Pacing.FAST, () -> 0L, k -> holdS);
    }

    /** A simulated person paced in real time, on a clock {@value #SPEED} times faster than the wall's. */
    private static SimulatedTrialBoard pacedBoard(double holdS) {
        long t0 = System.nanoTime();
        LongSupplier quick = () -> (System.nanoTime() - t0) * SPEED;
        return new SimulatedTrialBoard(PersonModel.typicalAdult(), 100, 11, Pacing.REAL_TIME, quick, k -> holdS);
    }

    private SessionView await(String what, Predicate<SessionView> condition) {
        long end = System.nanoTime() + WAIT_NANOS;
        SessionView view;
        while (!condition.test(view = session.view())) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not " + what + " after 30 s; now " + view.phase() + ": " + view.message());
            }
            Thread.onSpinWait();
        }
        return view;
    }

    private SessionView awaitPhase(Phase phase) {
        return await(phase.name(), v -> v.phase() == phase);
    }

    @Test
    void aWholeSessionIsRunAnsweredStoredWithRawRecordingsAndDecided() throws Exception {
        // single-leg stance level 1: 15 s target, one trial per leg
        session(new PlanEntry("single-leg-stance", 1, 1, 1, 5), fastBoard(17), SessionClock.jumping());
        SessionView ready = session.view();
        assertEquals(Phase.READY, ready.phase());
        assertEquals(2, ready.trials().size());
        assertEquals(TrialStatus.CURRENT, ready.trials().get(0).status());
        assertThrows(IllegalStateException.class, () -> session.report(1, false, false), "nothing to answer yet");
        assertThrows(IllegalStateException.class, session::pause, "nothing to pause yet");

        session.start();
        assertThrows(IllegalStateException.class, session::start, "one session at a time");
        SessionView asking = awaitPhase(Phase.REPORT);
        assertEquals(0, asking.currentIndex());
        assertEquals(15, asking.heldS(), 0.2, "the hold ends at the 15 s target");
        assertTrue(asking.message().startsWith("You held 15"), asking.message());
        assertThrows(IllegalStateException.class, session::skip, "a finished trial is answered, not skipped");
        assertThrows(IllegalArgumentException.class, () -> session.report(11, false, false));

        session.report(2, true, false);
        SessionView afterFirst = session.view();
        assertEquals(TrialStatus.DONE, afterFirst.trials().get(0).status(), "report returns once it is stored");
        assertEquals(1, store.trials(person.id()).size());
        assertEquals(afterFirst.trials().get(0).score(), afterFirst.lastScore(), 0);

        await("asking about trial 2", v -> v.phase() == Phase.REPORT && v.currentIndex() == 1);
        session.report(0, false, false);
        SessionView done = awaitPhase(Phase.DONE);

        List<StoredTrial> stored = store.trials(person.id());
        assertEquals(List.of(Leg.LEFT, Leg.RIGHT), stored.stream().map(t -> t.outcome().leg()).toList());
        assertEquals(OptionalInt.of(2), stored.get(0).outcome().pain());
        assertEquals(FormReport.LOST, stored.get(0).outcome().form());
        for (int i = 0; i < 2; i++) {
            StoredTrial trial = stored.get(i);
            assertEquals(EndReason.TARGET, trial.outcome().endReason());
            Path csv = work.resolve("read-back-" + i + ".csv");
            Files.write(csv, store.recordingCsv(trial.id()).orElseThrow());
            // on at 0 s, lift at 5 s, the 15 s target at about 20 s: at 100 Hz at least the rows up to 19 s
            assertTrue(RecordingReader.read(csv).size() >= 1900, "raw recording of trial " + (i + 1));
            SessionView.TrialView shown = done.trials().get(i);
            assertEquals(TrialStatus.DONE, shown.status());
            assertEquals(trial.score().total(), shown.score(), 1e-9);
            assertEquals(trial.outcome().holdSeconds(), shown.outcome().holdSeconds(), 1e-9);
        }
        assertEquals(2, done.currentIndex());
        assertEquals(1, done.comparisons().size());
        assertEquals("single-leg-stance", done.comparisons().get(0).exerciseId());
        assertEquals(1, done.decisions().size());
        assertFalse(done.decisions().get(0).sentence().isBlank());
        assertEquals(done.decisions().get(0).sentence(), store.decisions(person.id()).get(0).decision().sentence(),
                "the decision shown is the one stored");
        assertNotNull(store.sessions(person.id()).get(0).endedAt(), "the session is closed in the store");
        assertTrue(done.message().startsWith("Session done: 2 of 2 trials saved"), done.message());
        assertThrows(IllegalStateException.class, session::stop, "already over");

        // The next session starts from the plan as the decision left it.
        session.start();
        await("asking in the second session", v -> v.phase() == Phase.REPORT);
        assertEquals(2, store.sessions(person.id()).size());
    }

    @Test
    void stopDuringAHoldKeepsTheFinishedTrialsAndStillDecides() throws Exception {
        // single-leg RDL level 1: 2 s target; two trials per leg; 1 s rests on the wall clock
        session(new PlanEntry("single-leg-rdl", 1, 2, 1, 1), pacedBoard(6), SessionClock.system());
        session.start();
        awaitPhase(Phase.REPORT);
        session.report(1, false, false);
        SessionView holding = await("holding trial 2", v -> v.phase() == Phase.HOLDING && v.currentIndex() == 1
                && v.live() != null && v.live().holding());
        assertTrue(holding.message().startsWith("Hold on your right leg"), holding.message());

        session.stop();
        SessionView done = awaitPhase(Phase.DONE);
        assertEquals(1, store.trials(person.id()).size(), "trial 1 stays; the abandoned hold is not stored");
        assertEquals(List.of(TrialStatus.DONE, TrialStatus.SKIPPED, TrialStatus.SKIPPED, TrialStatus.SKIPPED),
                done.trials().stream().map(SessionView.TrialView::status).toList());
        assertTrue(done.message().startsWith("Session ended: 1 of 4 trials saved"), done.message());
        assertEquals(1, done.decisions().size(), "the decision is made on what was done");
        assertEquals(1, store.decisions(person.id()).size());
    }

    @Test
    void endingTheSessionAtThePainQuestionSavesTheTrialWithPainNotReportedAndDecides() throws Exception {
        session(new PlanEntry("single-leg-stance", 1, 2, 1, 5), fastBoard(17), SessionClock.jumping());
        session.start();
        awaitPhase(Phase.REPORT);
        session.report(3, false, false);
        await("asking about trial 2", v -> v.phase() == Phase.REPORT && v.currentIndex() == 1);
        session.stop();
        SessionView done = awaitPhase(Phase.DONE);
        List<StoredTrial> stored = store.trials(person.id());
        assertEquals(2, stored.size(), "the trial waiting for its answer is saved too");
        assertEquals(OptionalInt.of(3), stored.get(0).outcome().pain(), "the answered trial as answered");
        assertEquals(FormReport.KEPT, stored.get(0).outcome().form());
        assertEquals(OptionalInt.empty(), stored.get(1).outcome().pain());
        assertEquals(FormReport.NOT_REPORTED, stored.get(1).outcome().form());
        assertTrue(stored.get(1).hasRecording(), "with its raw recording");
        assertEquals(List.of(TrialStatus.DONE, TrialStatus.DONE, TrialStatus.SKIPPED, TrialStatus.SKIPPED),
                done.trials().stream().map(SessionView.TrialView::status).toList());
        assertEquals(OptionalInt.empty(), done.trials().get(1).outcome().pain(), "shown as not reported");
        assertEquals("Session ended: 2 of 4 trials saved, 1 without its pain answer.", done.message());
        assertEquals(1, store.decisions(person.id()).size(), "the decision is made");
        assertNotNull(store.sessions(person.id()).get(0).endedAt());
    }

    @Test
    void closingForAServerShutdownAtThePainQuestionSavesTheTrialAndEndsNormally() throws Exception {
        session(new PlanEntry("single-leg-stance", 1, 2, 1, 5), fastBoard(17), SessionClock.jumping());
        session.start();
        awaitPhase(Phase.REPORT);
        session.close();
        SessionView closed = session.view();
        assertEquals(Phase.DONE, closed.phase(), "not a failure: " + closed.message());
        List<StoredTrial> stored = store.trials(person.id());
        assertEquals(1, stored.size());
        assertEquals(OptionalInt.empty(), stored.get(0).outcome().pain());
        assertTrue(stored.get(0).hasRecording());
        assertEquals(1, store.decisions(person.id()).size(), "the decision is made before the store closes");
        assertNotNull(store.sessions(person.id()).get(0).endedAt());
        try (Stream<Path> left = Files.list(work)) {
            assertEquals(0, left.count(), "the raw recording went into the store, none is left behind");
        }
    }

    @Test
    void aStopAskedBeforeTheQuestionOpensSaysTheSessionEndsAfterTheAnswer() {
        // Asked during the step-down after the hold: the question is still asked, and the page says what follows.
        List<PrescribedTrial> trials = SessionPrescription.of(new Plan(List.of(new PlanEntry("single-leg-stance", 1, 1,
                1, 5))), CATALOGUE);
        SessionState asking = new SessionState(1, 2, trials.get(0), SessionPhase.PAIN_PROMPT, null, 0, 0, List.of(),
                List.of(), List.of());
        SessionView view = SessionViews.of(CATALOGUE, trials, asking,
                new SessionViews.Requests(1, 0, 15, false, true, null));
        assertEquals(Phase.REPORT, view.phase());
        assertEquals("You held 15.0 s. How much pain (0-10)? The session ends after your answer.", view.message());
    }

    @Test
    void pauseAskedForDuringAHoldBeginsAfterTheTrialAndResumeGoesOn() throws Exception {
        session(new PlanEntry("single-leg-rdl", 1, 1, 1, 1), pacedBoard(6), SessionClock.system());
        session.start();
        assertThrows(IllegalStateException.class, session::resume, "not paused");
        await("counting down or holding", v -> v.phase() == Phase.COUNTDOWN || v.phase() == Phase.HOLDING);
        session.pause();
        SessionView pausing = session.view();
        assertTrue(pausing.pauseRequested());
        assertTrue(pausing.message().endsWith("Pausing after this trial."), pausing.message());

        SessionView asking = awaitPhase(Phase.REPORT);
        assertEquals(2, asking.heldS(), 0.2, "the hold ran to its 2 s target despite the pause");
        session.report(0, false, false);
        SessionView paused = awaitPhase(Phase.PAUSED);
        assertEquals(1, store.trials(person.id()).size(), "stored before the pause");
        assertFalse(paused.pauseRequested());
        assertThrows(IllegalStateException.class, session::skip, "resume first");
        assertThrows(IllegalStateException.class, session::pause, "already paused");

        session.resume();
        await("asking about trial 2", v -> v.phase() == Phase.REPORT && v.currentIndex() == 1);
    }

    @Test
    void aPauseTakenBackBeforeItBeginsDoesNotPause() throws Exception {
        session(new PlanEntry("single-leg-rdl", 1, 1, 1, 1), pacedBoard(6), SessionClock.system());
        session.start();
        await("counting down or holding", v -> v.phase() == Phase.COUNTDOWN || v.phase() == Phase.HOLDING);
        session.pause();
        session.resume();
        assertFalse(session.view().pauseRequested());
        awaitPhase(Phase.REPORT);
        session.report(0, false, false);
        SessionView next = await("on trial 2", v -> v.currentIndex() == 1 && v.phase() != Phase.REST);
        assertTrue(next.phase() != Phase.PAUSED, "no pause: " + next.phase());
    }

    @Test
    void skipDuringARestLeavesOutTheComingTrial() throws Exception {
        session(new PlanEntry("single-leg-rdl", 1, 1, 1, 3), pacedBoard(6), SessionClock.system());
        session.start();
        awaitPhase(Phase.REPORT);
        session.report(0, false, false);
        SessionView resting = awaitPhase(Phase.REST);
        assertEquals(1, resting.currentIndex(), "the rest shows the coming trial");
        assertTrue(resting.restLeftS() > 0 && resting.restLeftS() <= 3, "rest left " + resting.restLeftS());
        assertTrue(resting.message().contains("Rest, then trial 2 of 2 on your right leg"), resting.message());
        session.skip();
        SessionView done = awaitPhase(Phase.DONE);
        assertEquals(TrialStatus.SKIPPED, done.trials().get(1).status());
        assertEquals(1, store.trials(person.id()).size());
    }

    @Test
    void aBoardThatFailsShowsWhyAndKeepsTheTrialsBefore() throws Exception {
        TrialBoard failing = new BreakingBoard(fastBoard(17), 2, 300);
        session(new PlanEntry("single-leg-stance", 1, 2, 1, 5), failing, SessionClock.jumping());
        session.start();
        awaitPhase(Phase.REPORT);
        session.report(1, false, false);
        SessionView failed = awaitPhase(Phase.FAILED);
        assertEquals("trial 2: the board failed: no answer from the board after 300 samples", failed.failure());
        assertTrue(failed.message().startsWith("The trial finished before it is saved."), failed.message());
        assertEquals(TrialStatus.DONE, failed.trials().get(0).status(), "the finished trial is still shown");
        assertEquals(1, store.trials(person.id()).size());
        assertThrows(IllegalStateException.class, session::pause, "nothing runs");

        session.start();
        SessionView again = session.view();
        assertTrue(again.phase() != Phase.FAILED && again.failure() == null, "a new session starts clean");
    }

    @Test
    void aStoreThatRefusesATrialShowsWhyAndKeepsTheTrialsBefore() throws Exception {
        session(new PlanEntry("single-leg-stance", 1, 2, 1, 5), fastBoard(17), SessionClock.jumping());
        session.start();
        awaitPhase(Phase.REPORT);
        session.report(1, false, false);
        await("asking about trial 2", v -> v.phase() == Phase.REPORT && v.currentIndex() == 1);
        // The database refuses the next trial, as a full disk would.
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + store.file());
             Statement statement = other.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 5000");
            statement.execute("CREATE TRIGGER refuse BEFORE INSERT ON trials "
                    + "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
        }
        session.report(2, false, false);
        SessionView failed = awaitPhase(Phase.FAILED);
        assertTrue(failed.failure().contains("database or disk is full"), failed.failure());
        assertEquals(1, store.trials(person.id()).size(), "trial 1 stays");
        assertEquals(TrialStatus.DONE, failed.trials().get(0).status());
        try (Stream<Path> left = Files.list(work)) {
            assertEquals(1, left.count(), "the refused trial's raw recording stays in the work directory");
        }
    }

    @Test
    void aSessionJustStartedAsksToStepOnBeforeItsFirstTrialIsPublished() {
        List<PrescribedTrial> trials = SessionPrescription.of(new Plan(List.of(new PlanEntry("single-leg-rdl", 1, 1,
                1, 3))), CATALOGUE);
        SessionState before = new SessionState(0, 0, null, SessionPhase.INSTRUCTIONS, null, 0, 0, List.of(),
                List.of(), List.of());
        SessionView view = SessionViews.of(CATALOGUE, trials, before,
                new SessionViews.Requests(0, 0, Double.NaN, false, false, null));
        assertEquals(Phase.INSTRUCTIONS, view.phase());
        assertEquals("Step onto the board and stand on both feet.", view.message());
        assertEquals(List.of(TrialStatus.CURRENT, TrialStatus.TODO),
                view.trials().stream().map(SessionView.TrialView::status).toList());
    }

    @Test
    void reasonsJoinTheCausesOnce() {
        RuntimeException e = new IllegalStateException("trial 2: the board failed",
                new IllegalStateException("no data", new RuntimeException("no data")));
        assertEquals("trial 2: the board failed: no data", RunnerSession.reason(e));
        assertEquals("NullPointerException", RunnerSession.reason(new NullPointerException()));
    }

    /** The simulated board, whose link breaks {@code afterSamples} into trial {@code failingTrial}. */
    private static final class BreakingBoard extends ForwardingTrialBoard {
        private final int failingTrial;
        private final int afterSamples;

        BreakingBoard(TrialBoard board, int failingTrial, int afterSamples) {
            super(board);
            this.failingTrial = failingTrial;
            this.afterSamples = afterSamples;
        }

        @Override
        public SampleSource open(PrescribedTrial trial, int trialNumber) {
            SampleSource source = board.open(trial, trialNumber);
            if (trialNumber != failingTrial) {
                return source;
            }
            return new ForwardingSource(source) {
                @Override
                public void run(SampleListener listener) throws InterruptedException {
                    super.run(new SampleListener() {
                        private int count;

                        @Override
                        public void onPlateSample(PlateSample sample) {
                            if (++count > afterSamples) {
                                throw new IllegalStateException("no answer from the board after " + afterSamples
                                        + " samples");
                            }
                            listener.onPlateSample(sample);
                        }

                        @Override
                        public void onHealth(HealthEvent event) {
                            listener.onHealth(event);
                        }

                        @Override
                        public void onEnd() {
                            listener.onEnd();
                        }
                    });
                }
            };
        }
    }
}
