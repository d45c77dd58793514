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
}
