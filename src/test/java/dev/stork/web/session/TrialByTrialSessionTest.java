package dev.stork.web.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.sensor.sim.Pacing;
import dev.stork.store.Store;
import dev.stork.store.StoredTrial;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.web.SessionView;
import dev.stork.web.SessionView.Phase;
import dev.stork.web.SessionView.TrialStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session driver over a fast simulated plate: no waiting on the wall clock beyond the trial's own thread. */
class TrialByTrialSessionTest {
    private static final long DEADLINE_NANOS = 20_000_000_000L;

    @TempDir
    Path data;

    private static SessionView awaitPhaseOtherThan(TrialByTrialSession session, Phase phase) {
        long end = System.nanoTime() + DEADLINE_NANOS;
        SessionView view;
        while ((view = session.view()).phase() == phase) {
            if (System.nanoTime() > end) {
                throw new AssertionError("still " + phase + " after 20 s");
            }
            Thread.onSpinWait();
        }
        return view;
    }

    @Test
    void runsScoresAndSavesEachTrialThenFinishes() throws InterruptedException {
        try (Store store = Store.open(data)) {
            TrialByTrialSession session = new TrialByTrialSession(store, ExerciseCatalogue.standard(), "ann",
                    List.of("single-leg-stance"), new SimulatedTrialSources(100, Pacing.FAST, () -> 0L, 3),
                    Clock.systemUTC(), System::nanoTime);
            SessionView ready = session.view();
            assertEquals(Phase.READY, ready.phase());
            assertTrue(ready.trials().size() >= 2, "single-leg stance has trials on both legs");
            double targetS = ready.trials().get(0).targetS();
            assertThrows(IllegalStateException.class, session::pause, "nothing runs yet");
            assertThrows(IllegalStateException.class, () -> session.report(1, false), "nothing to report");

            session.start();
            SessionView ended = awaitPhaseOtherThan(session, Phase.RUNNING);
            assertEquals(Phase.REPORT, ended.phase(), ended.message());
            assertNotNull(ended.live().lastTrial());
            assertThrows(IllegalArgumentException.class, () -> session.report(11, false));
            session.report(3, true);

            long personId = store.person("ann").orElseThrow().id();
            List<StoredTrial> saved = store.trials(personId);
            assertEquals(1, saved.size());
            StoredTrial trial = saved.get(0);
            assertEquals(3, trial.outcome().pain());
            assertTrue(trial.outcome().lostForm());
            assertEquals(ready.trials().get(0).leg(), trial.outcome().leg().word(), "the prescribed leg");
            // the simulated person holds 0.6-1.3 x the target; detection is within 0.2 s (PlateHoldDetectionTest)
            assertTrue(trial.outcome().holdSeconds() >= SimulatedTrialSources.SHORTEST_FRACTION * targetS - 0.2
                    && trial.outcome().holdSeconds() <= targetS + 1e-9, "hold " + trial.outcome().holdSeconds());
            assertTrue(trial.outcome().hasSway(), "sway measured on the plate");
            SessionView afterReport = session.view();
            assertEquals(TrialStatus.DONE, afterReport.trials().get(0).status());
            assertEquals(trial.score().total(), afterReport.lastScore(), 1e-9);
            assertEquals(Phase.READY, afterReport.phase());
            assertEquals(1, afterReport.currentIndex());

            while (session.view().phase() != Phase.DONE) {
                session.skip();
            }
            SessionView done = session.view();
            assertEquals(TrialStatus.SKIPPED, done.trials().get(1).status());
            assertNotNull(store.sessions(personId).get(0).endedAt(), "the session is closed in the store");
            assertThrows(IllegalStateException.class, session::start);
            session.close();
        }
    }

    @Test
    void pauseAbandonsTheTrialAndStartRepeatsIt() throws InterruptedException {
        try (Store store = Store.open(data)) {
            // real-time pacing keeps the trial running long enough to pause it
            TrialByTrialSession session = new TrialByTrialSession(store, ExerciseCatalogue.standard(), "bo",
                    List.of("single-leg-stance"), new SimulatedTrialSources(100, Pacing.REAL_TIME,
                    System::nanoTime, 5), Clock.systemUTC(), System::nanoTime);
            session.start();
            session.pause();
            SessionView paused = session.view();
            assertEquals(Phase.PAUSED, paused.phase());
            assertEquals(0, paused.currentIndex(), "the same trial waits");
            assertEquals(0, store.trials(store.person("bo").orElseThrow().id()).size(), "nothing saved");
            session.start();
            assertEquals(Phase.RUNNING, session.view().phase());
            session.stop();
            assertEquals(Phase.DONE, session.view().phase());
            session.close();
        }
    }
}
