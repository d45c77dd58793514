package dev.stork.board;

import dev.stork.sensor.HealthEvent;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import java.util.concurrent.locks.LockSupport;

/**
 * Between a live board's acquisition thread and the view that is running (a trial, with calibrated samples, or a
 * calibration, with raw ones; each has a gate of its own): hands each sample and health event to the listener of the
 * attached view, and drops them when none is attached (one volatile read, nothing allocated). A view detaches from
 * its own thread; when {@link #detach()} returns, the board's thread is no longer
 * inside that listener and everything it wrote there is visible to the detaching thread.
 *
 * <p>The hand-over needs no lock: the board's thread announces a delivery ({@code delivering}) before it reads the
 * attached listener a second time, and a detaching thread clears the listener before it reads {@code delivering}.
 * With both fields volatile, either the board's thread sees the cleared listener, or the detaching thread sees the
 * delivery and waits for it to finish.
 */
final class TrialGate implements SampleListener {
    private volatile SampleListener attached;
    private volatile boolean delivering;
    private volatile boolean ended;
    private volatile Thread waiting;

    /**
     * Attaches a trial's listener; {@code trialThread} is woken when the board ends.
     *
     * @throws IllegalStateException when another trial is attached
     */
    synchronized void attach(SampleListener listener, Thread trialThread) {
        if (attached != null) {
            throw new IllegalStateException("a trial is already running on this board");
        }
        waiting = trialThread;
        attached = listener;
    }

    /** Detaches the trial's listener and waits until the board's thread has left it. */
    synchronized void detach() {
        attached = null;
        waiting = null;
        while (delivering) {
            // One sample's work at most; a board thread descheduled in mid-delivery is waited for politely.
            Thread.onSpinWait();
            Thread.yield();
        }
    }

    /** Whether the board's source has ended: no more samples will come. */
    boolean ended() {
        return ended;
    }

    @Override
    public void onPlateSample(PlateSample sample) {
        if (attached == null) {
            return;
        }
        delivering = true;
        try {
            SampleListener listener = attached;
            if (listener != null) {
                listener.onPlateSample(sample);
            }
        } finally {
            delivering = false;
        }
    }

    @Override
    public void onHealth(HealthEvent event) {
        delivering = true;
        try {
            SampleListener listener = attached;
            if (listener != null) {
                listener.onHealth(event);
            }
        } finally {
            delivering = false;
        }
    }

    /** The board's source ended: the attached trial is woken to end itself (its own thread calls its onEnd). */
    @Override
    public void onEnd() {
        ended = true;
        Thread trial = waiting;
        if (trial != null) {
            LockSupport.unpark(trial);
        }
    }
}
