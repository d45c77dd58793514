package dev.stork.web.session;

import dev.stork.training.Sex;
import dev.stork.web.SessionView.Kind;

/**
 * What a dashboard session was started to run, and what its view needs to know of that: the whole plan, one
 * exercise of it, or the stance test with the age and sex its norms are read for.
 *
 * @param kind     what runs
 * @param ageYears the person's age, for the stance test's norms; 0 for the other kinds
 * @param sex      the person's sex for the stance test's eyes-closed norms, or null
 */
record SessionChoice(Kind kind, int ageYears, Sex sex) {
    /** Today's session of the whole plan. */
    static final SessionChoice WHOLE_PLAN = new SessionChoice(Kind.PLAN, 0, null);
    /** One exercise of the plan. */
    static final SessionChoice ONE_EXERCISE = new SessionChoice(Kind.EXERCISE, 0, null);

    /** The stance test for a person of {@code ageYears} and {@code sex} (null when not given). */
    static SessionChoice stanceTest(int ageYears, Sex sex) {
        return new SessionChoice(Kind.STANCE_TEST, ageYears, sex);
    }
}
