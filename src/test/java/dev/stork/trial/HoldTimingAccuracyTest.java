package dev.stork.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.sensor.sim.Pacing;
import dev.stork.sensor.sim.PersonModel;
import dev.stork.sensor.sim.PlateSessionModel;
import dev.stork.sensor.sim.SessionScript;
import dev.stork.sensor.sim.SimulatedPlateSource;
import dev.stork.signal.cop.PlateGeometry;
import dev.stork.signal.stance.PlateStanceConfig;
import dev.stork.trial.support.HoldTimingScore;
import dev.stork.trial.support.SteppingScenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How exactly the live plate pipeline times holds, against the simulator's physical truth: a hold starts at
 * foot-off (the free foot's load reaches zero) and ends at touchdown (the first load on the free foot again) or,
 * stepping off, when the total load begins to fall. Sessions come from a per-foot force model
 * ({@link PlateSessionModel}) and run through {@link PlatePipeline} exactly as live.
 *
 * <p>The targets are those of the project's accuracy statement (README): over every matched hold, the mean signed
 * error (bias) of starts and of ends each within {@value #MAX_BIAS_S} s; every single start and touchdown end
 * within {@value #MAX_ERROR_S} s and every step-off end within {@value #MAX_STEP_OFF_ERROR_S} s; no hold missed,
 * none invented, none on the wrong leg. Each test prints its figures; BENCHMARKS.md records them.
 */
class HoldTimingAccuracyTest {
    static final double MAX_BIAS_S = 0.05;
    static final double MAX_ERROR_S = 0.1;
    static final double MAX_STEP_OFF_ERROR_S = 0.15;
    static final double TARGET_S = 15;
    static final int DRAWN_SESSIONS = 150;
    static final int SEEDS_PER_SITUATION = 10;
    /**
     * Below this stance width (centre to centre) the feet nearly touch: the stance foot's own sway, widest just after
     * foot-off, moves the COP as far and as fast as the last of the weight shift, and a toe touch of a tenth of
     * the weight moves it less than that sway. The accuracy there is measured and held to its own, wider bounds.
     */
    static final double FEET_TOGETHER_M = 0.14;
    static final double MAX_ERROR_FEET_TOGETHER_S = 0.3;
    /** Share of the holds of the drawn sessions that may be missed or invented (toe touches mistaken or missed). */
    static final double MAX_MISDETECTED = 0.025;
    static final double MAX_MISDETECTED_FEET_TOGETHER = 0.25;

    @Test
    void drawnSessionsAcrossPeopleRatesAndMovementsMeetTheTargets() throws InterruptedException {
        HoldTimingScore usual = new HoldTimingScore();
        HoldTimingScore feetTogether = new HoldTimingScore();
        for (long seed = 1; seed <= DRAWN_SESSIONS; seed++) {
            SteppingScenario scenario = SteppingScenario.draw(seed);
            HoldTimingScore score = 2 * scenario.person().footOffsetM() < FEET_TOGETHER_M ? feetTogether : usual;
            score.add(scenario.toString(), scenario.model().groundTruth().holds(), run(scenario.model()), TARGET_S);
        }
        System.out.println("Drawn sessions (" + DRAWN_SESSIONS + "), stances of 14 to 30 cm:\n" + usual);
        System.out.println("Drawn sessions, stances of 10 to 14 cm:\n" + feetTogether + "\n" + feetTogether.problems(20));
        assertMeetsTargets(usual, MAX_ERROR_S, MAX_MISDETECTED);
        assertMeetsTargets(feetTogether, MAX_ERROR_FEET_TOGETHER_S, MAX_MISDETECTED_FEET_TOGETHER);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "second foot 0.7 s after the first | 100 | 0.20 | 1.0 | on 1.4 first=left gap=0.7; both 2; lift left 5; touchdown; both 2; off",
        "second foot 2 s later, hand on a chair | 100 | 0.20 | 1.0 | empty 0.5; chair 0.3; on 2.8 first=right gap=2; both 2; lift right 6; touchdown; both 2; off",
        "stepping off one foot after the other | 200 | 0.20 | 1.0 | on 1.2; both 2; lift left 4; touchdown; both 2; off first=right gap=0.8",
        "stepping off straight from a hold | 100 | 0.20 | 1.0 | on 1.2; both 2; lift right 4; touchdown; both 2; lift left 5; off",
        "foot down 0.8 s, then lifted again | 100 | 0.20 | 1.0 | on 1.2; both 2; lift right 4; touchdown; both 0.8; lift right 4; touchdown; both 2; off",
        "hesitating before lifting | 100 | 0.20 | 1.0 | on 1.2; both 2; hesitate left 1; both 1.5; lift left 5; touchdown; both 2; off",
        "toe touch of 0.25 s and re-lift | 100 | 0.20 | 1.0 | on 1.2; both 2; lift left 4; toe 0.25; lift left 4; touchdown; both 2; off",
        "stance of 14 cm | 100 | 0.14 | 1.0 | on 1.2; both 2; lift left 5; touchdown; both 2; lift right 5; touchdown; both 2; off",
        "wide stance, 30 cm | 100 | 0.30 | 1.0 | on 1.2; both 2; lift left 5; touchdown; both 2; lift right 5; touchdown; both 2; off",
        "large sway at 1 kHz | 1000 | 0.20 | 1.6 | on 1.2; both 2; lift left 8; touchdown; both 2; lift right 8; touchdown; both 2; off",
    })
    void clinicSituationsMeetTheTargets(String situation, double rateHz, double stanceWidthM, double swayScale,
                                        String script) throws InterruptedException {
        PersonModel person = PersonModel.typicalAdult().withStanceWidthM(stanceWidthM)
                .withSingleLegSwayScaled(swayScale);
        assertMeetsTargets(scoreSeeds(situation, script, person, rateHz));
    }

    @Test
    void feetTogetherAreTimedWithinTheirOwnBound() throws InterruptedException {
        String script = "on 1.2; both 2; lift left 5; touchdown; both 2; lift right 5; touchdown; both 2; off";
        HoldTimingScore score = scoreSeeds("feet together, 10 cm", script,
                PersonModel.typicalAdult().withStanceWidthM(0.10), 100);
        assertMeetsTargets(score, MAX_ERROR_FEET_TOGETHER_S, 0);
    }

    /** The score of one script performed by {@code person} with {@value #SEEDS_PER_SITUATION} seeds, printed. */
    private static HoldTimingScore scoreSeeds(String situation, String script, PersonModel person, double rateHz)
            throws InterruptedException {
        HoldTimingScore score = new HoldTimingScore();
        for (long seed = 1; seed <= SEEDS_PER_SITUATION; seed++) {
            PlateSessionModel model = new PlateSessionModel(SessionScript.parse(script), person, rateHz,
                    PlateGeometry.WII_BALANCE_BOARD.cellSpacingMlM(), PlateGeometry.WII_BALANCE_BOARD.cellSpacingApM(),
                    seed);
            score.add(situation + ", seed " + seed, model.groundTruth().holds(), run(model), TARGET_S);
        }
        System.out.println(situation + " (" + SEEDS_PER_SITUATION + " seeds):\n" + score);
        return score;
    }

    private static List<TrialResult> run(PlateSessionModel model) throws InterruptedException {
        List<TrialResult> found = new ArrayList<>();
        PlatePipeline pipeline = new PlatePipeline(PlateGeometry.WII_BALANCE_BOARD, model.rateHz(),
                PlateStanceConfig.defaults(TARGET_S), found::add);
        new SimulatedPlateSource(model, Pacing.FAST, () -> 0L).run(pipeline);
        return found;
    }

    private static void assertMeetsTargets(HoldTimingScore score) {
        assertMeetsTargets(score, MAX_ERROR_S, 0);
    }

    private static void assertMeetsTargets(HoldTimingScore score, double maxErrorS, double maxMisdetectedShare) {
        String report = score + "\n" + score.problems(20);
        assertTrue(score.trueHolds() > 0, "the sessions have holds");
        assertTrue(score.missed() + score.invented() <= maxMisdetectedShare * score.trueHolds(),
                "holds missed or invented\n" + report);
        assertEquals(0, score.wrongLeg(), "holds on the wrong leg\n" + report);
        assertTrue(Math.abs(score.starts().mean()) <= MAX_BIAS_S, "start bias\n" + report);
        assertTrue(Math.abs(score.ends().mean()) <= MAX_BIAS_S, "end bias\n" + report);
        assertTrue(Math.abs(score.stepOffEnds().mean()) <= MAX_BIAS_S, "step-off end bias\n" + report);
        assertTrue(Math.abs(score.starts().worst()) <= maxErrorS, "worst start\n" + report);
        assertTrue(Math.abs(score.ends().worst()) <= maxErrorS, "worst end\n" + report);
        assertTrue(Math.abs(score.stepOffEnds().worst()) <= Math.max(maxErrorS, MAX_STEP_OFF_ERROR_S),
                "worst step-off end\n" + report);
    }
}
