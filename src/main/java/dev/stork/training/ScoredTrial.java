package dev.stork.training;

/**
 * A trial with its score.
 *
 * @param outcome the trial's result
 * @param score   its score
 */
public record ScoredTrial(TrialOutcome outcome, TrialScore score) {
}
