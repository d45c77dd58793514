package dev.stork.session;

import dev.stork.training.PrescribedTrial;

/**
 * Asks the person about the trial just finished; called on the session thread. The terminal asks on its input, the
 * demo answers from a script; a port that cannot answer at once (the dashboard) returns null and the session waits
 * for a {@link SessionCommand.Kind#REPORT} command instead.
 */
public interface TrialQuestions {

    /**
     * @param trial       the trial just finished
     * @param trialNumber its number in the session, from 1
     * @param heldS       how long it was held, s
     * @return the answer, or null to wait for a {@link SessionCommand.Kind#REPORT} command
     */
    TrialAnswer ask(PrescribedTrial trial, int trialNumber, double heldS);
}
