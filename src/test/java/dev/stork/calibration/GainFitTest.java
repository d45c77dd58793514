package dev.stork.calibration;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Refusals of the gain fit, on exact synthetic readings (no noise: the refusals must come from the geometry). */
class GainFitTest {
    private static final double[] GAIN = {2.4e-4, 2.5e-4, 2.3e-4, 2.45e-4};
    private static final double[] EMPTY = {1000, 2000, 3000, 4000};
    private static final double W = 196;

    /** Raw readings of W at (u, v) on a stiff plate on equal cells. */
    private static GainFit.Placement at(double u, double v, double[] gain) {
        double[] raw = new double[4];
        double[] cu = {-1, 1, -1, 1};
        double[] cv = {1, 1, -1, -1};
        for (int i = 0; i < 4; i++) {
            raw[i] = EMPTY[i] + W / 4 * (1 + cu[i] * u + cv[i] * v) / gain[i];
        }
        return new GainFit.Placement(raw, u, v);
    }

    @Test
    void exactReadingsGiveTheTrueGains() throws CalibrationRefusedException {
        GainFit.Result r = GainFit.fit(EMPTY, List.of(at(0, 0, GAIN), at(-1, 1, GAIN), at(1, 1, GAIN),
                at(-1, -1, GAIN), at(1, -1, GAIN)), W);
        for (int i = 0; i < 4; i++) {
            // Exact data: only rounding, 1e-9 relative.
            assertTrue(Math.abs(r.gainNPerUnit()[i] / GAIN[i] - 1) < 1e-9, "gain " + i);
            assertTrue(Math.abs(r.offsetUnits()[i] - EMPTY[i]) < 1e-6, "offset " + i);
        }
    }

    @Test
    void placementsAllAtTheCentreAreRefusedAsIllConditioned() {
        GainFit.Placement c = at(0, 0, GAIN);
        CalibrationRefusedException e = assertThrows(CalibrationRefusedException.class,
                () -> GainFit.fit(EMPTY, List.of(c, c, c, c, c), W));
        assertTrue(e.getMessage().contains("too alike"), e.getMessage());
    }

    @Test
    void aCellWiredBackwardsIsRefusedAsImplausible() {
        double[] reversed = {GAIN[0], -GAIN[1], GAIN[2], GAIN[3]};
        CalibrationRefusedException e = assertThrows(CalibrationRefusedException.class, () -> GainFit.fit(EMPTY,
                List.of(at(0, 0, reversed), at(-1, 1, reversed), at(1, 1, reversed), at(-1, -1, reversed),
                        at(1, -1, reversed)), W));
        assertTrue(e.getMessage().contains("top-right") && e.getMessage().contains("must be positive"),
                e.getMessage());
    }

    @Test
    void wildlyUnequalGainsAreRefused() {
        double[] unequal = {GAIN[0], GAIN[1] * 2, GAIN[2], GAIN[3]};
        CalibrationRefusedException e = assertThrows(CalibrationRefusedException.class, () -> GainFit.fit(EMPTY,
                List.of(at(0, 0, unequal), at(-1, 1, unequal), at(1, 1, unequal), at(-1, -1, unequal),
                        at(1, -1, unequal)), W));
        assertTrue(e.getMessage().contains("differ by a factor"), e.getMessage());
    }
}
