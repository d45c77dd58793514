package dev.stork.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stork.board.TrialBoard;
import dev.stork.sensor.SampleSource;
import dev.stork.sensor.sim.Pacing;
import dev.stork.sensor.sim.PersonModel;
import dev.stork.store.Person;
import dev.stork.store.Store;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.Plan;
import dev.stork.training.PlanEntry;
import dev.stork.training.PrescribedTrial;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A board whose data has ended for good (a replayed recording played out) ends the session, keeping its trials. */
class ExhaustedBoardTest {
    @TempDir
    Path dir;

    /** The simulated board, whose data ends for good once two trials have been taken from it. */
    private static final class TwoTrialsOfData extends ForwardingTrialBoard {
        private int opened;

        TwoTrialsOfData(TrialBoard board) {
            super(board);
        }

        @Override
        public SampleSource open(PrescribedTrial trial, int trialNumber) {
            opened++;
            return board.open(trial, trialNumber);
        }

        @Override
        public boolean exhausted() {
            return opened >= 2;
        }
    }

    @Test
    void theSessionStopsWhenTheBoardsDataHasEndedAndKeepsWhatWasDone() throws Exception {
        try (Store store = Store.open(dir)) {
            Person ana = store.savePerson("Ana", 1970, null);
            TrialBoard board = new TwoTrialsOfData(SimulatedTrialBoard.holdingAroundTarget(PersonModel.typicalAdult(),
                    100, 3, Pacing.FAST, () -> 0L));
            Plan plan = new Plan(List.of(new PlanEntry("single-leg-stance", 1, 3, 1, 5)));
            SessionState done = new SessionRunner(store, ExerciseCatalogue.standard(), board,
                    (t, n, held) -> new TrialAnswer(0, false), SessionClock.jumping(), dir).run(ana, plan);
            assertEquals(SessionPhase.DONE, done.phase());
            assertEquals(2, store.trials(ana.id()).size(), "the two trials the board had data for, of six");
            assertEquals(1, store.decisions(ana.id()).size(), "the decision is still made");
        }
    }
}
