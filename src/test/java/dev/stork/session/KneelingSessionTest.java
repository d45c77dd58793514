package dev.stork.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.sensor.sim.SessionScript;
import dev.stork.store.StoredTrial;
import dev.stork.store.TrialEvent;
import dev.stork.training.EndReason;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.Plan;
import dev.stork.training.PlanEntry;
import dev.stork.training.PrescribedTrial;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kneeling holds through a whole session on the simulated board: the simulated person kneels, takes the other leg
 * out to the side and holds until a hand or the knee comes down ({@link SimulatedTrialBoard#kneelingScript}). Each
 * stored trial must carry the true hold time (from the knee leaving the board to the first weight on the hand or
 * foot beside it, or on the knee again; capped at the target) to within 0.1 s, the kneeling leg, and a hand or
 * foot coming down as the end of the hold.
 */
class KneelingSessionTest {
    private static final ExerciseCatalogue CATALOGUE = ExerciseCatalogue.standard();
    private static final double MAX_ERROR_S = 0.1;

    @TempDir
    Path dir;

    @Test
    void kneelingHoldsAreTimedFromTheKneeLeavingToTheHandComingDown() throws Exception {
        Plan plan = new Plan(List.of(new PlanEntry("kneeling-side-leg", 1, 3, 1, 5),
                new PlanEntry("kneel-lean-destabilise", 1, 2, 1, 5)));
        int supports = 0;
        for (double rateHz : new double[] {50, 200, 1000}) {
            SimulatedSession session = SimulatedSession.run(dir.resolve("at-" + (int) rateHz), CATALOGUE, plan,
                    rateHz, 5, 0);
            List<StoredTrial> trials = session.stored();
            List<PrescribedTrial> prescribed = session.prescribed();
            SimulatedTrialBoard board = session.board();
            for (int k = 0; k < trials.size(); k++) {
                PrescribedTrial trial = prescribed.get(k);
                StoredTrial stored = trials.get(k);
                SessionScript.Phase lift = SessionScript.parse(board.kneelingScript(trial, k + 1)).phases()
                        .stream().filter(p -> p.kind() == SessionScript.Kind.LIFT).findFirst().orElseThrow();
                double target = trial.target().amount();
                boolean reached = lift.endS() - lift.startS() >= target;
                String where = rateHz + " Hz, trial " + (k + 1) + " " + trial.exerciseId() + ", " + lift;
                assertEquals(Math.min(target, lift.endS() - lift.startS()), stored.outcome().holdSeconds(),
                        MAX_ERROR_S, where);
                assertEquals(reached ? EndReason.TARGET : EndReason.TOUCHDOWN, stored.outcome().endReason(),
                        where);
                assertEquals(trial.leg(), stored.outcome().leg(), "the kneeling leg: " + where);
                String end = stored.events().stream().filter(e -> e.kind().equals("hold-end"))
                        .map(TrialEvent::detail).findFirst().orElseThrow();
                if (!reached) {
                    boolean byHand = lift.ending() == SessionScript.Ending.SUPPORT;
                    assertEquals(byHand ? "support" : "touchdown", end, where);
                    supports += byHand ? 1 : 0;
                }
            }
        }
        assertTrue(supports >= 3, "some holds end by a hand coming down, " + supports);
    }
}
