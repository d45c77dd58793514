package dev.stork.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stork.sensor.sim.Pacing;
import dev.stork.sensor.sim.PersonModel;
import dev.stork.store.Person;
import dev.stork.store.Store;
import dev.stork.store.StoredTrial;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.Plan;
import dev.stork.training.PrescribedTrial;
import dev.stork.training.SessionPrescription;
import java.nio.file.Path;
import java.util.List;

/**
 * A whole session of a plan run on the simulated board, fast, by a person who answers every pain question with the
 * same pain and keeps form: what the board's person did, what was prescribed and what was stored, in order.
 *
 * @param board      the simulated board (its scripts are the truth of each trial)
 * @param prescribed the session's trials
 * @param stored     the trials stored, one per prescribed trial
 */
record SimulatedSession(SimulatedTrialBoard board, List<PrescribedTrial> prescribed, List<StoredTrial> stored) {

    /** Runs {@code plan} for a new person in a new store under {@code data} and checks it ran to its end. */
    static SimulatedSession run(Path data, ExerciseCatalogue catalogue, Plan plan, double rateHz, long seed, int pain)
            throws Exception {
        try (Store store = Store.open(data)) {
            Person ana = store.savePerson("Ana", 1970, null);
            SimulatedTrialBoard board = SimulatedTrialBoard.holdingAroundTarget(PersonModel.typicalAdult(), rateHz,
                    seed, Pacing.FAST, () -> 0L);
            SessionState done = new SessionRunner(store, catalogue, board, (t, n, held) -> new TrialAnswer(pain,
                    false), SessionClock.jumping(), data).run(ana, plan);
            assertEquals(SessionPhase.DONE, done.phase());
            List<PrescribedTrial> prescribed = SessionPrescription.of(plan, catalogue);
            List<StoredTrial> stored = store.trials(ana.id());
            assertEquals(prescribed.size(), stored.size(), "one stored trial per prescribed trial");
            return new SimulatedSession(board, prescribed, stored);
        }
    }
}
