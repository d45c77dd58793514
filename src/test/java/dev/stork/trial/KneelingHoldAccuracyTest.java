package dev.stork.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.sensor.sim.GroundTruth;
import dev.stork.sensor.sim.Pacing;
import dev.stork.sensor.sim.PersonModel;
import dev.stork.sensor.sim.PlateSessionModel;
import dev.stork.sensor.sim.SessionScript;
import dev.stork.sensor.sim.SimulatedPlateSource;
import dev.stork.signal.cop.PlateGeometry;
import dev.stork.signal.stance.HoldEndReason;
import dev.stork.signal.stance.PlateStanceConfig;
import dev.stork.trial.support.HoldTimingScore;
import dev.stork.trial.support.KneelingScenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How exactly the live plate pipeline, set for kneeling ({@link PlateStanceConfig#kneeling}), times kneeling holds
 * against the simulator's physical truth: a hold starts when the free knee's load reaches zero and ends at the first
 * instant the outstretched foot or a hand bears weight beside the board, the free knee bears load on the board
 * again, or, getting off, when the load begins to fall. The bounds are the standing holds' (README): bias of starts
 * and ends each within {@value HoldTimingAccuracyTest#MAX_BIAS_S} s, every start and end within
 * {@value HoldTimingAccuracyTest#MAX_ERROR_S} s (over the drawn sessions, starts within {@value #WORST_DRAWN_START_S} s; getting off within
 * {@value HoldTimingAccuracyTest#MAX_STEP_OFF_ERROR_S} s); no hold missed, none invented, none on the wrong knee.
 */
class KneelingHoldAccuracyTest {
    private static final double TARGET_S = 15;
    private static final int DRAWN_SESSIONS = 100;
    /**
     * The worst start over the drawn sessions, s. Measured +0.16 s: a lift at 50 Hz with the knees 16 cm apart
     * (seed 54), which the standing configuration dates the same (the lift is the standing detector's own; the
     * kneeling settings change only how a hold ends). Every other start is within 0.1 s.
     */
    private static final double WORST_DRAWN_START_S = 0.2;
    /**
     * Bias of the end when getting off from one knee, s. Measured +0.053 s: the outstretched foot takes half the
     * weight before the knee leaves, a fall first seen as a support and dated by its fit, which lands a little
     * late on a fall that starts gently. Wider than the standing {@value HoldTimingAccuracyTest#MAX_BIAS_S} s.
     */
    private static final double MAX_GETTING_OFF_BIAS_S = 0.075;
    /** Knees hip-width apart, centre to centre, m. */
    private static final double KNEES_APART_M = 0.20;

    @Test
    void drawnKneelingSessionsMeetTheStandingBounds() throws InterruptedException {
        HoldTimingScore score = new HoldTimingScore();
        int supportEnds = 0;
        for (long seed = 1; seed <= DRAWN_SESSIONS; seed++) {
            KneelingScenario scenario = KneelingScenario.draw(seed);
            List<GroundTruth.HoldTruth> truth = scenario.model().groundTruth().holds();
            supportEnds += (int) truth.stream().filter(h -> h.ending() == GroundTruth.Ending.SUPPORT).count();
            score.add(scenario.toString(), truth, run(scenario.model()), TARGET_S);
        }
        System.out.println("Kneeling sessions (" + DRAWN_SESSIONS + "), " + supportEnds + " holds ended by a "
                + "support:\n" + score + "\n" + score.problems(20));
        assertTrue(supportEnds >= 50, "the draw ends many holds by a support");
        assertMeetsBounds(score, WORST_DRAWN_START_S);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "hand down after 6 s | 100 | on 1.4 first=left gap=0.6; both 3; lift left 6; support 1.5 share=0.2; both 3; off",
        "outstretched foot resting with 15 %, then taking more | 200 | on 1.4; both 3; lift right 7 away=0.15; support 1 share=0.12; both 3; off",
        "a dab of the hand, let go, held on | 100 | on 1.4; both 3; lift left 5 away=0.05; support 0.25 share=0.15; lift left 5 away=0.05; touchdown; both 3; off",
        "knee back down | 50 | on 1.4; both 3; lift right 6 away=0.1; touchdown; both 3; off",
        "getting off from one knee | 1000 | on 1.4; both 3; lift left 6 away=0.1; off",
    })
    void kneelingSituationsMeetTheBounds(String situation, double rateHz, String script) throws InterruptedException {
        HoldTimingScore score = new HoldTimingScore();
        for (long seed = 1; seed <= 10; seed++) {
            PlateSessionModel model = model(script, rateHz, seed);
            score.add(situation + ", seed " + seed, model.groundTruth().holds(), run(model), TARGET_S);
        }
        System.out.println(situation + ":\n" + score);
        assertMeetsBounds(score, HoldTimingAccuracyTest.MAX_ERROR_S);
    }

    @Test
    void aHandDownEndsTheHoldAsASupport() throws InterruptedException {
        List<TrialResult> found = run(model("on 1.4; both 3; lift left 6 away=0.1; support 1.5 share=0.2; both 3; off",
                100, 3));
        assertEquals(1, found.size(), found::toString);
        assertEquals(HoldEndReason.SUPPORT, found.get(0).endReason());
    }

    @Test
    void aFootRestingOnTheFloorRunsTheHoldToItsTarget() throws InterruptedException {
        for (long seed = 1; seed <= 10; seed++) {
            List<TrialResult> found = run(model("on 1.4; both 3; lift right 17 away=0.15; touchdown; both 3; off", 200,
                    seed));
            assertEquals(1, found.size(), found::toString);
            assertEquals(HoldEndReason.TARGET, found.get(0).endReason(), "seed " + seed);
        }
    }

    @Test
    void standingHoldsAreNotEndedByALoadThatFalls() throws InterruptedException {
        // Standing, a hand on a chair is part of the level: the same fall of the load ends nothing.
        PlateSessionModel model = model("on 1.4; both 3; lift left 6; support 1.5 share=0.2; lift left 4; touchdown; "
                + "both 3; off", 100, 1);
        List<TrialResult> found = new ArrayList<>();
        PlatePipeline pipeline = new PlatePipeline(PlateGeometry.WII_BALANCE_BOARD, model.rateHz(),
                PlateStanceConfig.defaults(TARGET_S), found::add);
        new SimulatedPlateSource(model, Pacing.FAST, () -> 0L).run(pipeline);
        assertEquals(1, found.size(), found::toString);
        assertEquals(HoldEndReason.TOUCHDOWN, found.get(0).endReason());
    }

    private static PlateSessionModel model(String script, double rateHz, long seed) {
        PersonModel person = PersonModel.typicalAdult().withStanceWidthM(KNEES_APART_M);
        return new PlateSessionModel(SessionScript.parse(script), person, rateHz,
                PlateGeometry.WII_BALANCE_BOARD.cellSpacingMlM(), PlateGeometry.WII_BALANCE_BOARD.cellSpacingApM(), seed);
    }

    private static List<TrialResult> run(PlateSessionModel model) throws InterruptedException {
        List<TrialResult> found = new ArrayList<>();
        PlatePipeline pipeline = new PlatePipeline(PlateGeometry.WII_BALANCE_BOARD, model.rateHz(),
                PlateStanceConfig.kneeling(TARGET_S), found::add);
        new SimulatedPlateSource(model, Pacing.FAST, () -> 0L).run(pipeline);
        return found;
    }

    private static void assertMeetsBounds(HoldTimingScore score, double worstStartS) {
        String report = score + "\n" + score.problems(20);
        assertTrue(score.trueHolds() > 0, "the sessions have holds");
        assertEquals(0, score.missed() + score.invented(), "holds missed or invented\n" + report);
        assertEquals(0, score.wrongLeg(), "holds on the wrong knee\n" + report);
        assertTrue(Math.abs(score.starts().mean()) <= HoldTimingAccuracyTest.MAX_BIAS_S, "start bias\n" + report);
        assertTrue(Math.abs(score.ends().mean()) <= HoldTimingAccuracyTest.MAX_BIAS_S, "end bias\n" + report);
        assertTrue(Math.abs(score.starts().worst()) <= worstStartS, "worst start\n" + report);
        assertTrue(Math.abs(score.ends().worst()) <= HoldTimingAccuracyTest.MAX_ERROR_S, "worst end\n" + report);
        assertTrue(Math.abs(score.stepOffEnds().worst()) <= HoldTimingAccuracyTest.MAX_STEP_OFF_ERROR_S,
                "worst step-off end\n" + report);
        assertTrue(Math.abs(score.stepOffEnds().mean()) <= MAX_GETTING_OFF_BIAS_S, "getting-off bias\n" + report);
    }
}
