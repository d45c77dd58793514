package dev.stork.training;

/**
 * One level of an exercise, from the catalogue.
 *
 * @param level             level number, 1 = easiest, consecutive
 * @param name              short name for sentences, e.g. "arms out to the side"
 * @param instruction       what to do, one or two sentences
 * @param target            hold seconds or repetitions per trial
 * @param perLeg            whether each leg is trained on its own at this level
 * @param repetitionsPerLeg trials per leg in each set (a repetition exercise has 1: one trial is one set, its
 *                          target the repetitions)
 * @param sets              sets in one session
 * @param restSeconds       rest between trials, seconds
 * @param oneLegNorm        whether published one-leg, eyes-open COP norms apply to this level (unsupported
 *                          single-leg stance with eyes open); see {@link TrialScorer}
 */
public record ExerciseLevel(int level, String name, String instruction, Target target, boolean perLeg,
                            int repetitionsPerLeg, int sets, int restSeconds, boolean oneLegNorm) {

    /** Number of trials per leg (or in all, for two-legged levels) this level prescribes in one session. */
    public int trialsPerLeg() {
        return repetitionsPerLeg * sets;
    }
}
