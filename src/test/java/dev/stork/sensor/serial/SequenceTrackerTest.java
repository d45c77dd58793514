package dev.stork.sensor.serial;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SequenceTrackerTest {

    @Test
    void extendsAcrossTheSixteenBitWrapWithoutCountingALoss() {
        SequenceTracker tracker = new SequenceTracker();
        assertEquals(0, tracker.accept(65_534));
        assertEquals(0, tracker.accept(65_535));
        assertEquals(0, tracker.accept(0));
        assertEquals(0, tracker.accept(1));
        assertEquals(65_537, tracker.lastSequence(), "extended sequence keeps counting past 65535");
        assertEquals(0, tracker.lost());
        assertEquals(2, tracker.expectedNext());
    }

    @Test
    void countsTheSamplesMissingInAGapIncludingOneAcrossTheWrap() {
        SequenceTracker tracker = new SequenceTracker();
        tracker.accept(10);
        assertEquals(3, tracker.accept(14), "11, 12, 13 missing");
        assertEquals(0, tracker.accept(15));
        SequenceTracker wrapping = new SequenceTracker();
        wrapping.accept(65_530);
        assertEquals(6, wrapping.accept(1), "65531..65535 and 0 missing");
        assertEquals(65_537, wrapping.lastSequence());
        assertEquals(3, tracker.lost());
        assertEquals(1, tracker.gaps());
    }

    @Test
    void aJumpOfHalfTheSequenceSpaceIsAGapAndOneMoreIsStale() {
        SequenceTracker tracker = new SequenceTracker();
        tracker.accept(0);
        assertEquals(32_767, tracker.accept(32_768), "32768 ahead: the largest gap that can be told from a repeat");
        assertEquals(SequenceTracker.DUPLICATE, tracker.accept(1), "32769 ahead, i.e. 32767 behind: stale");
        assertEquals(32_767, tracker.lost());
    }

    @Test
    void dropsDuplicatesAndStaleNumbers() {
        SequenceTracker tracker = new SequenceTracker();
        tracker.accept(100);
        assertEquals(SequenceTracker.DUPLICATE, tracker.accept(100));
        assertEquals(SequenceTracker.DUPLICATE, tracker.accept(99), "one behind: a repeat, not 65535 lost");
        assertEquals(0, tracker.accept(101));
        assertEquals(2, tracker.duplicates());
        assertEquals(0, tracker.lost());
        assertEquals(101, tracker.lastSequence());
    }

    @Test
    void restartTakesTheNextNumberAsItComes() {
        SequenceTracker tracker = new SequenceTracker();
        tracker.accept(500);
        tracker.restart();
        assertEquals(0, tracker.accept(0), "a restarted device starting at 0 is no gap");
        assertEquals(0, tracker.lost());
    }
}
