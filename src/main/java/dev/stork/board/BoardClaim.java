package dev.stork.board;

import java.util.concurrent.TimeUnit;

/**
 * Who uses a live board's samples now: nobody, one trial, or one calibration, never two at once. A view claims
 * the board when it is handed out and releases it when it has ended. A request that finds the board held by a
 * view that was asked to stop waits for it (a fraction of a second, at most {@link #STOPPING_WAIT_NANOS}), so that
 * a trial started the moment a calibration reports its result is not refused; a request that finds it in use is
 * refused with the reason. Thread-safe; any thread.
 */
final class BoardClaim {
    /** How long a request waits for a stopping view to end before it is refused, ns. */
    static final long STOPPING_WAIT_NANOS = TimeUnit.SECONDS.toNanos(5);

    /** What a view uses the board for. */
    enum Use {
        /** A trial of a session: calibrated samples. */
        TRIAL,
        /** A calibration: the board's raw samples. */
        CALIBRATION
    }

    private Object holder;
    private Use holderUse;
    private boolean stopping;

    /**
     * Claims the board for {@code view}.
     *
     * @param view  the view that will use the board (its identity is the claim)
     * @param use   what for
     * @param board the board's name, for the refusal
     * @throws IllegalStateException when the board is in use, saying by what and what to do
     */
    synchronized void take(Object view, Use use, String board) {
        long deadline = System.nanoTime() + STOPPING_WAIT_NANOS;
        while (holder != null && stopping) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + board + " to be free", e);
            }
        }
        if (holder != null) {
            throw new IllegalStateException(refusal(use, board));
        }
        holder = view;
        holderUse = use;
        stopping = false;
    }

    /** The view holding the board was asked to stop: it will release the board shortly. */
    synchronized void stopping(Object view) {
        if (holder == view) {
            stopping = true;
        }
    }

    /** The view has ended; nothing happens when it does not hold the board (any more). */
    synchronized void release(Object view) {
        if (holder == view) {
            holder = null;
            holderUse = null;
            stopping = false;
            notifyAll();
        }
    }

    private String refusal(Use wanted, String board) {
        if (holderUse == Use.CALIBRATION) {
            return wanted == Use.TRIAL ? board + " is being calibrated: finish or cancel the calibration before "
                    + "training" : board + " is already being calibrated";
        }
        return wanted == Use.CALIBRATION ? "a trial is running on " + board + ": calibrate it between trials"
                : "a trial is already running on " + board;
    }
}
