package dev.stork.training;

/**
 * What the person said about their form during a trial. A trial whose question went unanswered (the session was
 * stopped while it was asked) keeps {@link #NOT_REPORTED}: it is neither evidence of good form nor of broken form.
 */
public enum FormReport {
    /** Form held throughout. */
    KEPT,
    /** Form broke during the trial. */
    LOST,
    /** Not answered: the session was stopped at the question. */
    NOT_REPORTED;

    /** The report of an answered question: {@link #LOST} when {@code lost}, else {@link #KEPT}. */
    public static FormReport reported(boolean lost) {
        return lost ? LOST : KEPT;
    }
}
