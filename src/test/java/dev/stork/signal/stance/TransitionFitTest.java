package dev.stork.signal.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stork.signal.stance.SampleRing.Series;
import org.junit.jupiter.api.Test;

/** A transition that starts gently and ends at speed, like a foot being lifted away, and the reverse. */
class TransitionFitTest {
    private static final double RATE_HZ = 1000;

    /** The free foot's share falls as cos(pi u / 2) over 0.35 s, reaching 0 at 2.0 s: the COP arrives at 0.1 m. */
    private static SampleRing liftAway() {
        SampleRing ring = new SampleRing(RATE_HZ, 5);
        for (int i = 0; i < 3000; i++) {
            double t = i / RATE_HZ;
            double u = Math.max(0, Math.min(1, (t - 1.65) / 0.35));
            double freeShare = 0.5 * Math.cos(Math.PI / 2 * u);
            ring.append(Math.round(t * 1e9), 700, 0.2 * (0.5 - freeShare) + 0.0);
        }
        return ring;
    }

    @Test
    void theArrivalOfALiftIsFoundWithinAFewMilliseconds() {
        SampleRing ring = liftAway();
        long footOff = TransitionFit.date(ring, Series.ML, ring.oldest(), ring.newest(), 0.0, 0.1, 0.3, 0.8, true);
        // The least-squares line through 30 % to 80 % of the way meets the arrival level 9 ms (2.6 % of the
        // shift) after the true end, because cos(pi u / 2) is still steepening there.
        assertEquals(2.0, footOff * 1e-9, 0.01);
    }

    @Test
    void theOnsetOfAFallIsFoundFromTheLevelItLeaves() {
        SampleRing ring = new SampleRing(RATE_HZ, 5);
        for (int i = 0; i < 3000; i++) {
            double t = i / RATE_HZ;
            double u = Math.max(0, Math.min(1, (t - 1.5) / 0.25));
            ring.append(Math.round(t * 1e9), 700 * (1 - Math.sin(Math.PI / 2 * u)), 0);
        }
        long onset = TransitionFit.date(ring, Series.LOAD, ring.oldest(), ring.newest(), 700, 0, 0.15, 0.5, false);
        assertEquals(1.5, onset * 1e-9, 0.01);
    }
}
