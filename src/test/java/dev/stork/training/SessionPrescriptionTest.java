package dev.stork.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SessionPrescriptionTest {
    private final ExerciseCatalogue catalogue = ExerciseCatalogue.standard();

    @Test
    void sessionAlternatesLegsAndFollowsThePlanOrder() {
        Plan plan = Plan.starting(catalogue, "single-leg-stance", "hip-hinge-rear-foot-block");
        List<PrescribedTrial> trials = SessionPrescription.of(plan, catalogue);
        // stance level 1: 5 holds per leg, 1 set -> 10; hinge level 1: both legs, 1 per set, 2 sets -> 2
        assertEquals(12, trials.size());
        for (int i = 0; i < 10; i++) {
            PrescribedTrial trial = trials.get(i);
            assertEquals(i % 2 == 0 ? Leg.LEFT : Leg.RIGHT, trial.leg(), "trial " + i);
            assertEquals(i / 2 + 1, trial.repetition());
            assertEquals(Target.holdSeconds(15), trial.target());
            assertEquals(20, trial.restAfterSeconds());
        }
        PrescribedTrial lastSet = trials.get(11);
        assertEquals("hip-hinge-rear-foot-block", lastSet.exerciseId());
        assertEquals(Leg.BOTH, lastSet.leg());
        assertEquals(2, lastSet.set());
        assertEquals(Target.repetitions(8), lastSet.target());
    }

    @Test
    void movingALevelTakesThatLevelsDose() {
        Plan plan = Plan.starting(catalogue, "single-leg-stance");
        Plan moved = plan.withLevel(catalogue, "single-leg-stance", 3);
        assertEquals(new PlanEntry("single-leg-stance", 3, 8, 1, 20), moved.entry("single-leg-stance").orElseThrow());
        assertSame(plan.entries().get(0), plan.withLevel(catalogue, "single-leg-stance", 1).entries().get(0));
        assertThrows(IllegalArgumentException.class, () -> plan.withLevel(catalogue, "split-squat", 1));
        assertThrows(IllegalArgumentException.class, () -> plan.withLevel(catalogue, "single-leg-stance", 5));
    }
}
