package dev.stork.training;

import java.time.Instant;

/**
 * The result of one finished trial, as training sees it. The trial layer maps its own result to this type; it is
 * the only thing training and the store know about a trial.
 *
 * @param exerciseId       catalogue id of the exercise
 * @param level            level of the exercise, 1 = easiest
 * @param leg              standing or working leg, or {@link Leg#BOTH}
 * @param target           the hold seconds or repetitions aimed for
 * @param holdSeconds      how long the position was held, seconds (0 for repetition exercises if not timed)
 * @param repetitions      repetitions done (0 for hold exercises)
 * @param endReason        why the trial ended
 * @param pathVelocityCmS  mean COP path velocity, cm/s; NaN when not measured
 * @param ellipseArea95Cm2 95 % prediction-ellipse area of the COP, cm²; NaN when not measured
 * @param rmsDistanceCm    RMS distance of the COP from its mean, cm; NaN when not measured
 * @param pain             pain reported after the trial, 0 (none) to 10 (worst imaginable)
 * @param lostForm         whether the person (or the app) reported that form broke during the trial
 * @param startTime        when the trial started
 * @param calibrationId    id of the calibration used, or null when none applies (off-board exercises)
 */
public record TrialOutcome(String exerciseId, int level, Leg leg, Target target, double holdSeconds, int repetitions,
                           EndReason endReason, double pathVelocityCmS, double ellipseArea95Cm2, double rmsDistanceCm,
                           int pain, boolean lostForm, Instant startTime, String calibrationId) {

    public TrialOutcome {
        require(exerciseId != null && !exerciseId.isBlank(), "exerciseId", "is missing");
        require(level >= 1, "level", "must be 1 or more, was " + level);
        require(leg != null, "leg", "is missing");
        require(target != null, "target", "is missing");
        require(holdSeconds >= 0 && Double.isFinite(holdSeconds), "holdSeconds",
                "must be a finite number of seconds >= 0, was " + holdSeconds);
        require(repetitions >= 0, "repetitions", "must be >= 0, was " + repetitions);
        require(endReason != null, "endReason", "is missing");
        requireSway("pathVelocityCmS", pathVelocityCmS);
        requireSway("ellipseArea95Cm2", ellipseArea95Cm2);
        requireSway("rmsDistanceCm", rmsDistanceCm);
        require(pain >= 0 && pain <= 10, "pain", "must be 0 to 10, was " + pain);
        require(startTime != null, "startTime", "is missing");
    }

    /** Whether any sway figure was measured. */
    public boolean hasSway() {
        return !Double.isNaN(pathVelocityCmS) || !Double.isNaN(ellipseArea95Cm2) || !Double.isNaN(rmsDistanceCm);
    }

    /** Share of the target reached: see {@link Target#fractionReached}. */
    public double fractionOfTarget() {
        return target.fractionReached(holdSeconds, repetitions);
    }

    /** Whether the target was reached with good form. */
    public boolean metTarget() {
        return fractionOfTarget() >= 1 && !lostForm;
    }

    /** Whether this trial belongs to the given exercise, level and leg. */
    public boolean isOf(String exercise, int atLevel, Leg onLeg) {
        return exerciseId.equals(exercise) && level == atLevel && leg == onLeg;
    }

    private static void requireSway(String field, double value) {
        require(Double.isNaN(value) || (value >= 0 && Double.isFinite(value)), field,
                "must be a finite number >= 0 or NaN (not measured), was " + value);
    }

    private static void require(boolean ok, String field, String problem) {
        if (!ok) {
            throw new IllegalArgumentException("trial outcome: " + field + " " + problem);
        }
    }
}
