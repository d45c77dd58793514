package dev.stork.training;

/**
 * A progression decision for one exercise, with the plain sentence that explains it.
 *
 * @param exerciseId exercise decided on
 * @param kind       up, hold or down
 * @param fromLevel  level before
 * @param toLevel    level after (equal to fromLevel on hold)
 * @param reason     the rule that decided
 * @param sentence   one plain sentence for the person, e.g. "Next: arms out to the side — you held 15 s on both
 *                   legs in your last 3 sessions."
 */
public record Decision(String exerciseId, Kind kind, int fromLevel, int toLevel, Reason reason, String sentence) {
    /** Direction of the decision. */
    public enum Kind { UP, HOLD, DOWN }

    /** The rule behind a decision. */
    public enum Reason {
        /** Target met with a good score on every leg in enough recent sessions, without pain. */
        TARGET_MET,
        /** As {@link #TARGET_MET}, but the exercise is at its top level. */
        TOP_LEVEL,
        /** Target not yet met often enough. */
        NOT_YET,
        /** Target met, but with more than minimal pain. */
        NOT_PAIN_FREE,
        /**
         * Target met, but a question after some trial of those sessions went unanswered (the session was stopped at
         * it), so they cannot count as pain-free.
         */
        NOT_ANSWERED,
        /** No session at this level yet. */
        NO_SESSIONS,
        /** Pain at or above the step-down threshold in the last session. */
        PAIN,
        /** Pain rose in, or since, the last session. */
        PAIN_INCREASE,
        /** The target was missed in every one of the recent sessions. */
        REPEATED_FAILURE,
        /**
         * The exercise stopped for today (pain at the person's threshold, sharp pain or tingling, form lost twice):
         * see {@link SafetyStop}.
         */
        SAFETY_STOP
    }
}
