package dev.stork.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import org.junit.jupiter.api.Test;

/**
 * The hand-over between a board's thread delivering flat out and trials attaching and detaching from another
 * thread: once {@code detach} has returned, the board's thread never enters that trial's listener again, and what
 * it wrote there is complete.
 */
class TrialGateTest {

    @Test
    void noSampleReachesATrialAfterItHasDetached() throws Exception {
        TrialGate gate = new TrialGate();
        PlateSample sample = new PlateSample();
        Thread board = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                gate.onPlateSample(sample);
            }
        }, "test-board");
        board.setDaemon(true);
        board.start();
        try {
            for (int round = 0; round < 2000; round++) {
                Trial trial = new Trial();
                gate.attach(trial, Thread.currentThread());
                while (trial.seen() == 0) {
                    Thread.onSpinWait();
                }
                gate.detach();
                trial.detached = true;
                // Plain fields written by the board's thread are visible here after detach.
                long seen = trial.plainCount;
                for (int i = 0; i < 1000; i++) {
                    Thread.onSpinWait();
                }
                assertEquals(0, trial.afterDetach, "round " + round + ": a sample after detach");
                assertEquals(seen, trial.plainCount, "round " + round + ": the count moved after detach");
            }
        } finally {
            board.interrupt();
            board.join(5000);
        }
    }

    @Test
    void oneTrialAtATime() {
        TrialGate gate = new TrialGate();
        gate.attach(new Trial(), Thread.currentThread());
        assertThrows(IllegalStateException.class, () -> gate.attach(new Trial(), Thread.currentThread()));
        gate.detach();
        gate.attach(new Trial(), Thread.currentThread());
        gate.onEnd();
        assertTrue(gate.ended());
    }

    private static final class Trial implements SampleListener {
        long plainCount;
        volatile long published;
        volatile boolean detached;
        volatile long afterDetach;

        @Override
        public void onPlateSample(PlateSample sample) {
            if (detached) {
                afterDetach = afterDetach + 1;
            }
            plainCount++;
            published = plainCount;
        }

        long seen() {
            return published;
        }
    }
}
