package dev.stork.training;

import static dev.stork.training.support.Outcomes.trial;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrialScorerTest {
    private static final double EXACT = 1e-9;
    private final Exercise stance = ExerciseCatalogue.standard().get("single-leg-stance");
    private final ExerciseLevel holdingOn = stance.level(1);
    private final ExerciseLevel handsFree = stance.level(2);
    private final Baseline baseline = new Baseline(5, 2.0, 8.0, 0.5);

    @Test
    void trialAtTheOneLegCutOffWithFullHoldScores75() {
        // hold 15/15 -> 100; no baseline; area 10.3 = cut-off -> 100*10.3/20.6 = 50; total 0.5*100 + 0.5*50 = 75
        TrialScore score = TrialScorer.score(trial().level(2).hold(15).sway(Double.NaN, 10.3, Double.NaN).build(),
                handsFree, Baseline.NONE);
        assertEquals(75, score.total(), EXACT);
        assertEquals(50, score.sway(), EXACT);
        assertEquals("the one-leg sway cut-off of Oliveira 2018 [V]", score.basis());
    }

    @Test
    void trialAtItsOwnBaselineWithHalfTheHoldScores50() {
        // hold 7.5/15 -> 50; each figure equals its baseline -> 50; no norm at level 1; total 0.5*50 + 0.5*50 = 50
        TrialScore score = TrialScorer.score(trial().hold(7.5).sway(2.0, 8.0, 0.5).build(), holdingOn, baseline);
        assertEquals(50, score.holdCredit(), EXACT);
        assertEquals(50, score.total(), EXACT);
        assertEquals("your baseline (5 trials)", score.basis());
    }

    @Test
    void baselineAndNormAreAveraged() {
        // own: velocity 1.0 vs 2.0 -> 200/3; area 8 vs 8 -> 50; rms 0.5 vs 0.5 -> 50; mean 55.5556
        // norm: 100 * 10.3 / (10.3 + 8) = 56.2842; sway = (55.5556 + 56.2842) / 2 = 55.9199
        // total = 0.5 * 100 + 0.5 * 55.9199 = 77.9599 (to 1e-4, the precision of this hand calculation)
        TrialScore score = TrialScorer.score(trial().level(2).hold(15).sway(1.0, 8.0, 0.5).build(), handsFree,
                baseline);
        assertEquals(55.9199, score.sway(), 1e-4);
        assertEquals(77.9599, score.total(), 1e-4);
    }

    @Test
    void scoringAgainstEarlierTrialsUsesTheirBaseline() {
        List<TrialOutcome> earlier = List.of(trial().sway(2.0, 8.0, 0.5).build(), trial().sway(2.0, 8.0, 0.5).build(),
                trial().sway(2.0, 8.0, 0.5).build(), trial().leg(Leg.RIGHT).sway(9, 9, 9).build());
        TrialOutcome now = trial().hold(15).sway(2.0, 8.0, 0.5).build();
        // every figure at the left leg's baseline -> sway 50; hold 15/15 -> 100; total 75
        assertEquals(75, TrialScorer.score(now, ExerciseCatalogue.standard(), earlier).total(), EXACT);
        assertEquals(TrialScorer.score(now, holdingOn, baseline(earlier)), TrialScorer.score(now,
                ExerciseCatalogue.standard(), earlier));
    }

    private static Baseline baseline(List<TrialOutcome> earlier) {
        return Baseline.of(earlier, "single-leg-stance", 1, Leg.LEFT);
    }

    @Test
    void withoutSwayTheScoreIsTheHoldCredit() {
        TrialOutcome reps = trial().exercise("prone-single-leg-kick", 1).target(Target.repetitions(10)).hold(0)
                .repetitions(7).build();
        TrialScore score = TrialScorer.score(reps, ExerciseCatalogue.standard().get("prone-single-leg-kick").level(1),
                Baseline.NONE);
        assertEquals(70, score.total(), EXACT);
        assertFalse(score.hasSway());
        assertEquals("hold only (sway not measured)", score.basis());
    }

    @Test
    void scoreFallsAsSwayGrowsAndRisesWithHoldUpToTheTarget() {
        double previous = Double.POSITIVE_INFINITY;
        for (double velocity = 0; velocity <= 40; velocity += 0.25) {
            double total = TrialScorer.score(trial().level(2).hold(15).sway(velocity, 8.0 + velocity, 0.5).build(),
                    handsFree, baseline).total();
            assertTrue(total < previous, "strictly falling with sway at " + velocity + " cm/s");
            assertTrue(total >= 0 && total <= 100, "bounded 0-100: " + total);
            previous = total;
        }
        previous = -1;
        for (double hold = 0; hold <= 30; hold += 0.5) {
            double total = TrialScorer.score(trial().hold(hold).sway(2.5, 9.0, 0.6).build(), holdingOn, baseline)
                    .total();
            if (hold <= 15) {
                assertTrue(total > previous, "rising with hold at " + hold + " s");
            } else {
                assertEquals(previous, total, EXACT, "no extra credit beyond the 15 s target");
            }
            assertTrue(total >= 0 && total <= 100, "bounded 0-100: " + total);
            previous = total;
        }
    }

    @Test
    void extremesStayWithinBounds() {
        assertEquals(100, TrialScorer.score(trial().hold(15).sway(0, 0, 0).build(), holdingOn, baseline).total(),
                EXACT, "perfect hold, no sway");
        double worst = TrialScorer.score(trial().hold(0).sway(1e9, 1e9, 1e9).build(), holdingOn, baseline).total();
        assertTrue(worst >= 0 && worst < 1e-6, "no hold, enormous sway -> about 0, was " + worst);
    }
}
