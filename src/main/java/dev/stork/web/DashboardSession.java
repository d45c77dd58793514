package dev.stork.web;

import dev.stork.store.Store;

/**
 * What the dashboard drives and shows: a training session on a board. Commands come from the web server's request
 * threads; {@link #view()} and {@link #status()} are read by request threads and the live broadcaster, about 30
 * times a second, and return immutable snapshots. A command that is not possible now throws
 * {@link IllegalStateException} with a reason for the person.
 */
public interface DashboardSession {

    /** The session's state now: plan progress, phase and the pipeline's latest snapshot. Any thread. */
    SessionView view();

    /** The source and its health now. Any thread. */
    SourceStatus status();

    /** Starts (or resumes) the current trial. */
    void start();

    /** Abandons the running trial (it is not saved) and waits; {@link #start()} repeats it. */
    void pause();

    /** Abandons the running or waiting trial and moves to the next. */
    void skip();

    /** Ends the session; trials already reported stay saved. */
    void stop();

    /**
     * Completes the trial that just ended with the person's report and saves it.
     *
     * @param pain     0 (none) to 10 (worst imaginable)
     * @param lostForm whether form broke during the trial
     */
    void report(int pain, boolean lostForm);

    /** The store trials go to; the dashboard reads history and exports from it. */
    Store store();

    /** Name of the person training. */
    String personName();
}
