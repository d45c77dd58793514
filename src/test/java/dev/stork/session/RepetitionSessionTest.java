package dev.stork.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.store.StoredTrial;
import dev.stork.store.TrialEvent;
import dev.stork.training.EndReason;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.Leg;
import dev.stork.training.Plan;
import dev.stork.training.PlanEntry;
import dev.stork.training.PrescribedTrial;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Repetition exercises through a whole session on the simulated board: the simulated person does a known number of
 * repetitions per set ({@link SimulatedTrialBoard#repetitionsDone}), and the stored trial must carry that count,
 * each repetition in its timeline, a score above 0 and the leg of the set.
 */
class RepetitionSessionTest {
    private static final ExerciseCatalogue CATALOGUE = ExerciseCatalogue.standard();

    @TempDir
    Path dir;

    @Test
    void setsOfHingesAndLungesAreCountedStoredAndScored() throws Exception {
        // One set per leg of each: the single-leg hinge with the rear foot on a block, and the lateral lunge.
        Plan plan = new Plan(List.of(new PlanEntry("hip-hinge-rear-foot-block", 2, 1, 1, 5),
                new PlanEntry("lateral-lunge", 1, 1, 1, 5)));
        for (double rateHz : new double[] {50, 200, 1000}) {
            SimulatedSession session = SimulatedSession.run(dir.resolve("at-" + (int) rateHz), CATALOGUE, plan,
                    rateHz, 11, 1);
            List<StoredTrial> trials = session.stored();
            List<PrescribedTrial> prescribed = session.prescribed();
            SimulatedTrialBoard board = session.board();
            for (int k = 0; k < trials.size(); k++) {
                StoredTrial stored = trials.get(k);
                int count = board.repetitionsDone(prescribed.get(k), k + 1);
                String where = rateHz + " Hz, trial " + (k + 1) + " " + stored.outcome().exerciseId();
                assertEquals(count, stored.outcome().repetitions(), where);
                assertEquals(count == (int) stored.outcome().target().amount() ? EndReason.TARGET
                        : EndReason.STEP_OFF, stored.outcome().endReason(), where);
                assertEquals(prescribed.get(k).leg(), stored.outcome().leg(), where);
                assertTrue(stored.score().total() > 0, "a completed set never scores 0: " + where);
                List<TrialEvent> reps = stored.events().stream().filter(e -> e.kind().equals("repetition"))
                        .toList();
                assertEquals(count, reps.size(), where);
                assertTrue(reps.get(0).detail().startsWith("1: "), reps.get(0).detail());
                assertTrue(stored.outcome().holdSeconds() > 1.5 * count, "the set's time: " + where);
            }
            assertEquals(Leg.LEFT, trials.get(0).outcome().leg());
        }
    }
}
