package dev.stork.web;

import dev.stork.store.Store;
import dev.stork.training.Plan;
import dev.stork.training.Sex;

/**
 * What the dashboard drives and shows: a training session on a board. Commands come from the web server's request
 * threads; {@link #view()} and {@link #status()} are read by request threads and the live broadcaster, about 30
 * times a second, and return immutable snapshots. A command that is not possible now throws
 * {@link IllegalStateException} with a reason for the person.
 */
public interface DashboardSession {

    /** The session's state now: plan progress, phase, timers and the pipeline's latest snapshot. Any thread. */
    SessionView view();

    /** The source and its health now. Any thread. */
    SourceStatus status();

    /** Begins today's session, trial after trial; after one has ended, begins the next with the updated plan. */
    void start();

    /**
     * Begins a session of one exercise of the plan on its own; its progression is decided, the plan's other
     * exercises are left as they are. A dashboard that cannot says why.
     *
     * @throws IllegalArgumentException when the plan has no such exercise, naming the plan's exercises
     * @throws IllegalStateException    when a session is under way
     */
    default void startExercise(String exerciseId) {
        throw new IllegalStateException("this dashboard runs whole sessions only");
    }

    /**
     * Begins the single-leg stance test; the age and sex, when given, are kept with the person for its norms. A
     * dashboard that cannot says why.
     *
     * @param ageYears the person's age, or null to use the one kept
     * @param sex      the person's sex, or null to use the one kept
     * @throws IllegalArgumentException when the age is neither given nor kept
     * @throws IllegalStateException    when a session is under way
     */
    default void startStanceTest(Integer ageYears, Sex sex) {
        throw new IllegalStateException("this dashboard cannot run the stance test");
    }

    /**
     * Replaces the person's plan. A dashboard that cannot says why.
     *
     * @throws IllegalStateException when a session is under way, or the plan cannot be changed here
     */
    default void replacePlan(Plan plan) {
        throw new IllegalStateException("this dashboard cannot change the plan");
    }

    /** Pauses before the next trial: a running hold is finished (and answered) first. */
    void pause();

    /** Continues after a pause, or takes back a pause that has not begun yet. */
    void resume();

    /** Abandons the running trial without saving it, or during a rest leaves out the coming trial. */
    void skip();

    /**
     * Ends the session; the saved trials stay and the comparisons and decisions are made. A trial waiting for its
     * pain answer is saved first, with its pain and form not reported.
     */
    void stop();

    /**
     * Answers the pain question of the trial that just ended; the trial is then scored and saved.
     *
     * @param pain     0 (none) to 10 (worst imaginable)
     * @param lostForm whether form broke during the trial
     * @param sharpOrTingling whether the pain was sharp or came with tingling or numbness (stops the exercise for
     *                 today whatever the number)
     */
    void report(int pain, boolean lostForm, boolean sharpOrTingling);

    /**
     * Sets what to run whenever the session publishes new live state (a fresh snapshot of the trial, about 30 times
     * a second while samples flow, and at each change of phase), so the live view can send it at once instead of
     * waiting for a timer of its own. Called on the acquisition or session thread: {@code signal} must return at
     * once and never block. A session that cannot tell does nothing; the live view then sends on its own period.
     */
    default void onUpdate(Runnable signal) {
    }

    /** The store trials go to; the dashboard reads history and exports from it. */
    Store store();

    /** Name of the person training. */
    String personName();
}
