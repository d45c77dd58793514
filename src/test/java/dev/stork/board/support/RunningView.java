package dev.stork.board.support;

import dev.stork.sensor.SampleListener;
import dev.stork.sensor.SampleSource;

/**
 * A trial's view of a live board run on a thread of its own, as the session runner runs it, keeping what made it
 * fail.
 */
public final class RunningView {
    private final SampleSource view;
    private final Thread thread;
    private volatile RuntimeException failure;

    private RunningView(SampleSource view, SampleListener listener) {
        this.view = view;
        this.thread = new Thread(() -> {
            try {
                view.run(listener);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                failure = e;
            }
        }, "test-trial");
    }

    /** Starts running {@code view} into {@code listener}. */
    public static RunningView start(SampleSource view, SampleListener listener) {
        RunningView running = new RunningView(view, listener);
        running.thread.start();
        return running;
    }

    /** Stops the view and waits up to 5 s for its thread; true when it has ended. */
    public boolean stop() throws InterruptedException {
        view.stop();
        return join();
    }

    /** Waits up to 5 s for the view's thread to end (the board ended or the view was stopped); true when it has. */
    public boolean join() throws InterruptedException {
        thread.join(5000);
        return !thread.isAlive();
    }

    /** What the view threw, or null. */
    public RuntimeException failure() {
        return failure;
    }
}
