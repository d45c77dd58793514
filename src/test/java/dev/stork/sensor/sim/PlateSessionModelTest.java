package dev.stork.sensor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.sensor.PlateSample;
import org.junit.jupiter.api.Test;

class PlateSessionModelTest {
    private static final double SPACING_ML_M = 0.433;
    private static final double SPACING_AP_M = 0.238;
    private static final PersonModel PERSON = PersonModel.typicalAdult();

    private static PlateSessionModel model(String script, double rateHz, long seed) {
        return new PlateSessionModel(SessionScript.parse(script), PERSON, rateHz, SPACING_ML_M, SPACING_AP_M, seed);
    }

    /** Mean total load and mean ML COP over [fromS, toS). */
    private static double[] means(PlateSessionModel model, double fromS, double toS) {
        PlateSample s = new PlateSample();
        double load = 0;
        double ml = 0;
        int n = 0;
        while (model.next(s, 0)) {
            double t = s.timeNanos * 1e-9;
            if (t >= fromS && t < toS) {
                load += s.total();
                ml += SPACING_ML_M / 2 * ((s.topRight + s.bottomRight) - (s.topLeft + s.bottomLeft)) / s.total();
                n++;
            }
        }
        return new double[] {load / n, ml / n};
    }

    @Test
    void theSameSeedGivesTheSameSamples() {
        PlateSessionModel a = model("on 1; both 2; off", 100, 42);
        PlateSessionModel b = model("on 1; both 2; off", 100, 42);
        PlateSample sa = new PlateSample();
        PlateSample sb = new PlateSample();
        int n = 0;
        while (a.next(sa, 7)) {
            assertTrue(b.next(sb, 7));
            assertEquals(sa.topLeft, sb.topLeft, 0);
            assertEquals(sa.bottomRight, sb.bottomRight, 0);
            assertEquals(sa.timeNanos, sb.timeNanos);
            n++;
        }
        assertEquals(400, n, "4 s at 100 Hz");
    }

    @Test
    void standingLoadIsBodyWeightAndTheCopMovesOverTheStanceFoot() {
        // 72 kg: 706.1 N; the vertical force fluctuates about 1 % and averages out over seconds (tolerance 1 %).
        double[] twoLeg = means(model("on 1; both 5; off", 200, 1), 2, 6);
        assertEquals(PERSON.bodyWeightN(), twoLeg[0], 0.01 * PERSON.bodyWeightN());
        assertEquals(0, twoLeg[1], 0.01, "two-leg COP near the centre (sway sd 4 mm, 1 cm)");
        double[] onRight = means(model("on 1; both 2; lift left 6; touchdown; both 1; off", 200, 2), 4, 9);
        assertEquals(PERSON.footOffsetM(), onRight[1], 0.015, "over the right foot (single-leg sway 1.5 cm)");
    }

    @Test
    void theTruthListsEveryHoldWithItsEnding() {
        GroundTruth truth = model("on 2; lift right 4; touchdown; both 1; lift left 3; off", 50, 3).groundTruth();
        assertEquals(2, truth.holds().size());
        assertEquals(new GroundTruth.HoldTruth(Side.LEFT, 2, 6, GroundTruth.Ending.TOUCHDOWN), truth.holds().get(0));
        assertEquals(new GroundTruth.HoldTruth(Side.RIGHT, 7, 10, GroundTruth.Ending.STEP_OFF), truth.holds().get(1));
        assertEquals(11, truth.durationS(), 1e-9);
    }
}
