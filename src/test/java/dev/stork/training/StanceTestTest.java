package dev.stork.training;

import static dev.stork.training.support.Outcomes.trial;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StanceTestTest {
    @Test
    void protocolIsThreeTrialsPerLegEyesOpenThenClosed() {
        List<PrescribedTrial> protocol = StanceTest.protocol(ExerciseCatalogue.standard());
        assertEquals(12, protocol.size());
        assertEquals(Leg.LEFT, protocol.get(0).leg());
        assertEquals(Leg.RIGHT, protocol.get(1).leg());
        assertEquals(1, protocol.get(5).level(), "eyes open first");
        assertEquals(2, protocol.get(6).level());
        assertTrue(protocol.stream().allMatch(t -> t.target().equals(Target.holdSeconds(45))));
    }

    @Test
    void bestOfTheLastThreeCappedAt45AgainstVerifiedEyesOpenNorm() {
        List<TrialOutcome> trials = List.of(
                stance(1, Leg.LEFT, 30), stance(1, Leg.LEFT, 50), stance(1, Leg.LEFT, 20),
                stance(2, Leg.RIGHT, 40), stance(2, Leg.RIGHT, 10), stance(2, Leg.RIGHT, 12),
                stance(2, Leg.RIGHT, 8));
        List<StanceTest.Line> lines = StanceTest.evaluate(trials, 65, Sex.FEMALE);
        StanceTest.Line openLeft = lines.get(0);
        assertEquals(45, openLeft.bestSeconds(), 0, "50 s capped at 45 s");
        assertEquals(NormStatus.VERIFIED, openLeft.norm().orElseThrow().status());
        // norms.md, Bohannon 2006 [V]: eyes open, 60-69: 27.0 s; 45.0 - 27.0 = 18.0 s above it
        assertEquals("Eyes open, left leg: best 45.0 s of 3 trials, 18.0 s above the norm of 27.0 s (mean of pooled "
                + "studies, ages 60-69; Bohannon 2006 [V]).", openLeft.sentence());
        assertEquals(18.0, openLeft.differenceSeconds(), 1e-12);
        StanceTest.Line closedRight = lines.get(3);
        assertEquals(12, closedRight.bestSeconds(), 0, "the 40 s trial is older than the last three");
        assertEquals(3.6, closedRight.norm().orElseThrow().seconds(), 0, "[S] Springer women 60-69");
        // norms.md, Springer 2007 [S] best of 3, women 60-69: 3.6 s; 12.0 - 3.6 = 8.4 s above it, approximate
        assertEquals("Eyes closed, right leg: best 12.0 s of 3 trials, 8.4 s above the norm of about 3.6 s (best of 3, "
                + "women 60-69; Springer 2007 [S], approximate: secondary source).", closedRight.sentence());
        assertEquals("Eyes open, right leg: not tested.", lines.get(1).sentence());
    }

    @Test
    void noEyesOpenNormUnderSixty() {
        List<StanceTest.Line> lines = StanceTest.evaluate(List.of(stance(1, Leg.LEFT, 45)), 45, null);
        assertEquals("Eyes open, left leg: best 45.0 s of 1 trial; no published norm Stork trusts for age 45.",
                lines.get(0).sentence());
        assertEquals((12.0 + 13.5) / 2, StanceNorms.eyesClosed(45, null).orElseThrow().seconds(), 1e-12,
                "[S] Springer 40-49, mean of women and men");
    }

    @Test
    void resultsBelowAndAtTheNormAreSaidSo() {
        // norms.md, Bohannon 2006 [V]: eyes open, 70-79: 17.2 s. Springer 2007 [S] best of 3, men 70-79: 2.6 s.
        List<StanceTest.Line> lines = StanceTest.evaluate(List.of(stance(1, Leg.LEFT, 9.0), stance(1, Leg.RIGHT, 17.2),
                stance(2, Leg.LEFT, 1.5)), 74, Sex.MALE);
        assertEquals("Eyes open, left leg: best 9.0 s of 1 trial, 8.2 s below the norm of 17.2 s (mean of pooled "
                + "studies, ages 70-79; Bohannon 2006 [V]).", lines.get(0).sentence());
        assertEquals(-8.2, lines.get(0).differenceSeconds(), 1e-9);
        assertTrue(lines.get(1).sentence().contains("best 17.2 s of 1 trial, at the norm of 17.2 s"),
                lines.get(1).sentence());
        assertTrue(lines.get(2).sentence().startsWith("Eyes closed, left leg: best 1.5 s of 1 trial, 1.1 s below the "
                + "norm of about 2.6 s (best of 3, men 70-79;"), lines.get(2).sentence());
        assertTrue(Double.isNaN(lines.get(3).differenceSeconds()), "not tested");
    }

    @Test
    void anUnknownAgeGivesTheResultsWithoutANorm() {
        List<StanceTest.Line> lines = StanceTest.evaluate(List.of(stance(2, Leg.RIGHT, 6.25)));
        assertEquals("Eyes closed, right leg: best 6.3 s of 1 trial; age unknown, so not placed against a norm.",
                lines.get(3).sentence());
        assertTrue(lines.get(3).norm().isEmpty());
    }

    @Test
    void eachConditionHasItsOwnInstructionAndLevel() {
        assertEquals(StanceTest.Condition.EYES_CLOSED, StanceTest.Condition.ofLevel(2));
        assertTrue(StanceTest.Condition.EYES_CLOSED.instruction().contains("close your eyes when you lift the foot"));
        assertTrue(StanceTest.Condition.EYES_CLOSED.liftCue().contains("close your eyes"));
        assertTrue(!StanceTest.Condition.EYES_OPEN.liftCue().contains("eyes"));
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> StanceTest.Condition
                .ofLevel(3));
        assertTrue(wrong.getMessage().contains("no level 3"), wrong.getMessage());
    }

    private static TrialOutcome stance(int level, Leg leg, double seconds) {
        return trial().exercise(StanceTest.EXERCISE_ID, level).leg(leg).target(Target.holdSeconds(45)).hold(seconds)
                .build();
    }
}
