package dev.stork.sensor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.sensor.ImuSample;
import java.util.List;
import org.junit.jupiter.api.Test;

class WobbleSessionModelTest {
    private static final PersonModel PERSON = PersonModel.typicalAdult();

    private static WobbleSessionModel model(String script, long seed) {
        return new WobbleSessionModel(SessionScript.parse(script), PERSON, 100, seed);
    }

    @Test
    void aToeTouchIsTheRimOnTheFloorAndHesitatingIsBalancing() {
        GroundTruth truth = model("on 1; both 2; hesitate left 2; lift left 3; toe 0.5; lift left 2; touchdown; both 2;"
                + " off", 1).groundTruth();
        List<GroundTruth.HoldTruth> holds = truth.holds();
        assertEquals(3, holds.size(), holds.toString());
        assertEquals(new GroundTruth.HoldTruth(null, 1, 8, GroundTruth.Ending.EDGE_CONTACT), holds.get(0),
                "both, hesitate and the lift are one run, ended by the toe touch at 8 s");
        assertEquals(new GroundTruth.HoldTruth(Side.RIGHT, 8.5, 10.5, GroundTruth.Ending.EDGE_CONTACT), holds.get(1),
                "the next run starts when the toes leave");
        assertEquals(10.5 + WobbleSessionModel.EDGE_DWELL_S, holds.get(2).startS(), 1e-9);
    }

    @Test
    void aChairSteadiesTheBoard() {
        double plain = rollSpread(model("on 1; both 20; off", 2));
        double chair = rollSpread(model("chair 0.5; on 1; both 20; off", 2));
        assertEquals(0.5, chair / plain, 0.1, "sway smaller by the chair's share (same seed, same noise)");
    }

    /** Standard deviation of the accelerometer's x (roll) over 3..20 s, before the tip onto the rim at the end. */
    private static double rollSpread(WobbleSessionModel m) {
        ImuSample s = new ImuSample();
        double sum = 0;
        double sumSq = 0;
        int n = 0;
        for (int k = 0; m.next(s, 0); k++) {
            if (k >= 300 && k < 2000) {
                sum += s.accelX;
                sumSq += s.accelX * s.accelX;
                n++;
            }
        }
        assertTrue(n > 1000);
        double mean = sum / n;
        return Math.sqrt(sumSq / n - mean * mean);
    }
}
