package dev.stork.signal.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stork.signal.stance.SampleRing.Series;
import org.junit.jupiter.api.Test;

class SampleRingTest {

    @Test
    void meansStayExactAfterTheRingHasWrappedManyTimes() {
        SampleRing ring = new SampleRing(100, 1);
        for (int i = 0; i < 10_000; i++) {
            ring.append(i * 10_000_000L, 700 + (i % 7), 0.001 * (i % 13));
        }
        long newest = ring.newest();
        long from = ring.oldest();
        double sumMl = 0;
        double sumLoad = 0;
        for (long i = from; i <= newest; i++) {
            sumMl += 0.001 * (i % 13);
            sumLoad += 700 + (i % 7);
        }
        long n = newest - from + 1;
        assertEquals(sumMl / n, ring.mean(Series.ML, from, newest), 1e-12, "over everything stored");
        assertEquals(sumLoad / n, ring.mean(Series.LOAD, from, newest), 1e-9);
        assertEquals(0.001 * (newest % 13), ring.mean(Series.ML, newest, newest), 1e-12, "one sample");
        assertEquals(Double.NaN, ring.mean(Series.ML, newest + 1, newest + 5), "nothing stored there");
    }

    @Test
    void findsTheFirstSampleAtOrAfterATime() {
        SampleRing ring = new SampleRing(100, 1);
        for (int i = 0; i < 500; i++) {
            ring.append(i * 10_000_000L, 0, 0);
        }
        assertEquals(450, ring.firstAtOrAfter(4_495_000_000L));
        assertEquals(450, ring.firstAtOrAfter(4_500_000_000L));
        assertEquals(ring.oldest(), ring.firstAtOrAfter(0), "older than anything stored: the oldest");
        assertEquals(ring.newest() + 1, ring.firstAtOrAfter(9_000_000_000L), "newer than anything: one past");
    }
}
