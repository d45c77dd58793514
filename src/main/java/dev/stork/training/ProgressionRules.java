package dev.stork.training;

/**
 * The thresholds of {@link Progression}; {@link #STANDARD} is what Stork uses.
 *
 * @param sessionsToAdvance        consecutive recent sessions meeting the target needed to move up
 * @param minScore                 lowest trial score (0-100) that counts as a good trial
 * @param painToStepDown           pain (0-10) in the last session at or above which the level goes down
 * @param maxPainToAdvance         highest pain (0-10) in the counted sessions that still allows moving up
 * @param failedSessionsToStepDown consecutive recent sessions missing the target that move the level down
 */
public record ProgressionRules(int sessionsToAdvance, double minScore, int painToStepDown, int maxPainToAdvance,
                               int failedSessionsToStepDown) {
    /**
     * Three sessions to move up; a score of 60 (a trial at the target with sway a little worse than the
     * person's baseline still earns it); step down at pain 5/10 or more; move up only with pain of 2/10 or less
     * (people with long-standing back pain rarely report 0, and 0-2 is commonly read as minimal); step down after
     * three missed sessions in a row.
     */
    public static final ProgressionRules STANDARD = new ProgressionRules(3, 60, 5, 2, 3);

    public ProgressionRules {
        if (sessionsToAdvance < 1 || failedSessionsToStepDown < 1 || minScore < 0 || minScore > 100
                || painToStepDown < 1 || painToStepDown > 10 || maxPainToAdvance < 0
                || maxPainToAdvance >= painToStepDown) {
            throw new IllegalArgumentException("inconsistent progression rules: " + sessionsToAdvance + ", "
                    + minScore + ", " + painToStepDown + ", " + maxPainToAdvance + ", " + failedSessionsToStepDown);
        }
    }
}
