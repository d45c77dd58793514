package dev.stork.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link DataGaps}: a pause of more than 100 ms is a gap, counted with its whole length; jitter is not. */
class DataGapsTest {

    @Test
    void countsOnlyPausesLongerThanTheDetectorsLimit() {
        // 10 ms samples with 2 ms of jitter, one pause of exactly 100 ms (not a gap) and one of 3600.5 s.
        DataGaps gaps = DataGaps.of(new double[] {0.000, 0.012, 0.020, 0.120, 0.130, 3600.630, 3600.640});
        assertEquals(1, gaps.count());
        assertEquals(3600.5, gaps.totalS(), 1e-9);
    }

    @Test
    void aTimeGoingBackwardsIsNeitherAGapNorANewStart() {
        DataGaps gaps = new DataGaps();
        gaps.sample(1_000_000_000L);
        gaps.sample(500_000_000L);
        gaps.sample(1_050_000_000L);
        assertEquals(0, gaps.count());
        assertEquals(0.0, gaps.totalS());
    }
}
