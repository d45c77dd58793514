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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The proof that the live plate pipeline finds every scripted hold: simulated sessions with different seeds, rates,
 * legs and endings; every true hold is found with start and end within {@value #TOLERANCE_S} s, the stance leg and
 * the end reason match, and nothing else is reported (no false holds in two-leg stance).
 */
class PlateHoldDetectionTest {
    static final double TOLERANCE_S = 0.2;
    static final double TARGET_S = 15;

    @ParameterizedTest(name = "seed {0}, {1} Hz: {2}")
    @CsvSource(delimiter = '|', value = {
        "1 | 50   | on 2; both 5; lift left 12; touchdown; both 3; lift right 10; off",
        "2 | 100  | on 2; both 4; lift right 8; touchdown; both 6; lift left 6; touchdown; both 3; off",
        "3 | 1000 | on 1.5; both 3; lift left 20; touchdown; both 4; lift right 7; off",
        "4 | 100  | empty 1; on 2; both 10; lift right 3; touchdown; both 2; lift right 16.5; touchdown; both 2; off",
        "5 | 50   | on 3; both 30; off",
        "6 | 1000 | on 2; lift left 5; off 2; on 2; both 2; lift right 4; touchdown; both 2; off",
        "7 | 200  | on 2; both 3; lift left 2; touchdown; both 1; lift right 25; touchdown; both 3; off",
    })
    void findsEveryScriptedHold(long seed, double rateHz, String script) throws InterruptedException {
        PlateSessionModel model = new PlateSessionModel(SessionScript.parse(script), PersonModel.typicalAdult(),
                rateHz, PlateGeometry.WII_BALANCE_BOARD.cellSpacingMlM(),
                PlateGeometry.WII_BALANCE_BOARD.cellSpacingApM(), seed);
        GroundTruth truth = model.groundTruth();
        List<TrialResult> found = new ArrayList<>();
        PlatePipeline pipeline = new PlatePipeline(PlateGeometry.WII_BALANCE_BOARD, rateHz,
                PlateStanceConfig.defaults(TARGET_S), found::add);
        new SimulatedPlateSource(model, Pacing.FAST, () -> 0L).run(pipeline);

        StringBuilder report = new StringBuilder("truth " + truth.holds() + "\nfound:\n");
        for (TrialResult r : found) {
            report.append(String.format(Locale.ROOT, "  %s %.3f-%.3f %s tts %.2f v %.2f cm/s%n", r.stanceLeg(),
                    r.startNanos() * 1e-9, r.endNanos() * 1e-9, r.endReason(), r.timeToStabilisationS(),
                    r.sway().meanVelocityDisplay()));
        }
        assertEquals(truth.holds().size(), found.size(), "one detected hold per true hold, none else\n" + report);
        for (int i = 0; i < found.size(); i++) {
            GroundTruth.HoldTruth expected = truth.holds().get(i);
            TrialResult actual = found.get(i);
            boolean reachesTarget = expected.durationS() > TARGET_S;
            double expectedEndS = reachesTarget ? expected.startS() + TARGET_S : expected.endS();
            assertEquals(expected.stanceFoot().name(), actual.stanceLeg().name(), "stance leg, hold " + i);
            assertEquals(expected.startS(), actual.startNanos() * 1e-9, TOLERANCE_S, "start, hold " + i + report);
            assertEquals(expectedEndS, actual.endNanos() * 1e-9, TOLERANCE_S, "end, hold " + i + report);
            HoldEndReason expectedReason = reachesTarget ? HoldEndReason.TARGET
                    : expected.ending() == GroundTruth.Ending.STEP_OFF ? HoldEndReason.STEP_OFF
                    : HoldEndReason.TOUCHDOWN;
            assertEquals(expectedReason, actual.endReason(), "end reason, hold " + i + report);
            assertTrue(actual.sway().sampleCount() > 0, "sway measured, hold " + i);
        }
    }
}
