package dev.stork.session;

import dev.stork.training.PrescribedTrial;

/**
 * Asks the person about the trial just finished; called on the session thread. The terminal asks on its input, the
 * demo answers from a script; a port that cannot answer at once (the dashboard) returns null and the session waits
 * for a {@link SessionCommand.Kind#REPORT} command instead (or a {@link SessionCommand.Kind#STOP}, which stores the
 * trial with its pain not reported). A person who stops at the question gets an answer that
 * {@link TrialAnswer#endsSession() ends the session}: the trial is stored with what they answered.
 */
public interface TrialQuestions {

    /**
     * @param trial       the trial just finished
     * @param trialNumber its number in the session, from 1
     * @param heldS       how long it was held, s
     * @return the answer, or null to wait for a {@link SessionCommand.Kind#REPORT} or
     *         {@link SessionCommand.Kind#STOP} command
     */
    TrialAnswer ask(PrescribedTrial trial, int trialNumber, double heldS);

    /**
     * Asks about an exercise done off the board when its turn in the session comes: was it done, how many. If it
     * was, {@link #ask} follows for its pain and form, and it is stored as logged. A port that cannot ask (so far
     * the dashboard) leaves it out of the session: it can be logged with {@code stork log}.
     *
     * @param trial       the off-board exercise's trial (one per leg and set)
     * @param trialNumber its number in the session, from 1
     * @return the answer, or null to leave it out
     * @throws InterruptedException if the asking thread is interrupted
     */
    default LoggedAnswer askLogged(PrescribedTrial trial, int trialNumber) throws InterruptedException {
        return null;
    }
}
