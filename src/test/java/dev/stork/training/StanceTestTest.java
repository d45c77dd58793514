package dev.stork.training;

import static dev.stork.training.support.Outcomes.trial;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertEquals("Eyes open, left leg: best 45.0 s of 3 trials; norm 27.0 s (mean of pooled studies, ages 60-69; "
                + "Bohannon 2006 [V]).", openLeft.sentence());
        StanceTest.Line closedRight = lines.get(3);
        assertEquals(12, closedRight.bestSeconds(), 0, "the 40 s trial is older than the last three");
        assertEquals(3.6, closedRight.norm().orElseThrow().seconds(), 0, "[S] Springer women 60-69");
        assertTrue(closedRight.sentence().contains("about 3.6 s") && closedRight.sentence().contains("approximate"),
                closedRight.sentence());
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

    private static TrialOutcome stance(int level, Leg leg, double seconds) {
        return trial().exercise(StanceTest.EXERCISE_ID, level).leg(leg).target(Target.holdSeconds(45)).hold(seconds)
                .build();
    }
}
