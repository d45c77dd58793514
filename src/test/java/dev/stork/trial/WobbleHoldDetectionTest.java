package dev.stork.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.sensor.sim.GroundTruth;
import dev.stork.sensor.sim.Pacing;
import dev.stork.sensor.sim.PersonModel;
import dev.stork.sensor.sim.SessionScript;
import dev.stork.sensor.sim.SimulatedWobbleBoardSource;
import dev.stork.sensor.sim.WobbleSessionModel;
import dev.stork.signal.stance.HoldEndReason;
import dev.stork.signal.stance.Leg;
import dev.stork.signal.stance.WobbleHoldConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The wobble-board pipeline finds every run in which the person kept the rim off the floor, with start and end
 * within {@value #TOLERANCE_S} s of the simulation's truth, ending at the rim (edge contact) or at the target.
 */
class WobbleHoldDetectionTest {
    static final double TOLERANCE_S = 0.2;
    static final double TARGET_S = 15;

    @ParameterizedTest(name = "seed {0}, {1} Hz: {2}")
    @CsvSource(delimiter = '|', value = {
        "1 | 50   | on 2; lift left 10; touchdown; both 3; lift right 8; off",
        "2 | 100  | on 1; both 4; lift right 14; touchdown; lift left 6; touchdown; both 2; off",
        "3 | 1000 | empty 1; on 2; lift left 20; touchdown; both 5; off 2",
    })
    void findsEveryRunOffTheRim(long seed, double rateHz, String script) throws InterruptedException {
        PersonModel person = PersonModel.typicalAdult();
        WobbleSessionModel model = new WobbleSessionModel(SessionScript.parse(script), person, rateHz, seed);
        GroundTruth truth = model.groundTruth();
        List<TrialResult> found = new ArrayList<>();
        WobblePipeline pipeline = new WobblePipeline(rateHz,
                WobbleHoldConfig.defaults(person.wobbleEdgeDeg(), TARGET_S), found::add);
        pipeline.nameStanceLeg(Leg.RIGHT);
        new SimulatedWobbleBoardSource(model, Pacing.FAST, () -> 0L).run(pipeline);

        String report = "truth " + truth.holds() + "\nfound " + found;
        assertTrue(truth.holds().size() >= 2, "the scripts have at least two runs\n" + report);
        assertEquals(truth.holds().size(), found.size(), "one detected hold per true run\n" + report);
        for (int i = 0; i < found.size(); i++) {
            GroundTruth.HoldTruth expected = truth.holds().get(i);
            TrialResult actual = found.get(i);
            boolean reachesTarget = expected.durationS() > TARGET_S;
            assertEquals(expected.startS(), actual.startNanos() * 1e-9, TOLERANCE_S, "start, run " + i + report);
            assertEquals(reachesTarget ? expected.startS() + TARGET_S : expected.endS(), actual.endNanos() * 1e-9,
                    TOLERANCE_S, "end, run " + i + report);
            assertEquals(reachesTarget ? HoldEndReason.TARGET : HoldEndReason.EDGE_CONTACT, actual.endReason(),
                    "end reason, run " + i + report);
            assertEquals(Leg.RIGHT, actual.stanceLeg(), "the leg the exercise named");
            assertEquals(SwaySummary.Unit.RADIANS, actual.sway().unit());
        }
    }
}
