package dev.stork.session;

import dev.stork.training.PrescribedTrial;
import dev.stork.training.TrialOutcome;
import dev.stork.training.TrialScore;

/**
 * A trial of this session that is committed to the store.
 *
 * @param trialNumber its number in the session, from 1
 * @param prescribed  what was prescribed
 * @param outcome     what happened, with the person's answers
 * @param score       its score against the person's history
 * @param trialId     its id in the store
 */
public record FinishedTrial(int trialNumber, PrescribedTrial prescribed, TrialOutcome outcome, TrialScore score,
                            long trialId) {
}
