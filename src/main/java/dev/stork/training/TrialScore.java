package dev.stork.training;

/**
 * The score of one trial, 0 to 100 (higher is better), and its parts.
 *
 * @param total       the score: {@code HOLD_WEIGHT * holdCredit + (1 - HOLD_WEIGHT) * sway} when sway was scored,
 *                    otherwise {@code holdCredit}
 * @param holdCredit  0-100: share of the target reached, capped at the target
 * @param sway        0-100: steadiness against the references, or NaN when no reference applied
 * @param basis       plain words naming the references used, e.g. "your baseline (6 trials)"
 */
public record TrialScore(double total, double holdCredit, double sway, String basis) {
    /** Whether the sway part was scored. */
    public boolean hasSway() {
        return !Double.isNaN(sway);
    }
}
