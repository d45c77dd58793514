package dev.stork.training;

import java.time.Instant;
import java.util.OptionalInt;

/**
 * The result of one finished trial, as training sees it. The trial layer maps its own result to this type; it is
 * the only thing training and the store know about a trial.
 *
 * <p>The person's answers after the trial may be missing: when the session is stopped while the pain question is
 * open (the input ends, {@code q}, the dashboard's session is ended, the server shuts down) the finished trial is
 * still kept, with its pain not reported and its form {@link FormReport#NOT_REPORTED}. Progression treats such a
 * trial conservatively (see {@link Progression}); scoring does not use the answers.
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
 * @param pain             pain reported after the trial, 0 (none) to 10 (worst imaginable); empty when not reported
 * @param form             whether the person (or the app) reported that form broke during the trial, or that it
 *                         was not reported
 * @param startTime        when the trial started
 * @param calibrationId    id of the calibration used, or null when none applies (off-board exercises)
 * @param timeToStabilisationS seconds from the hold's start until its sway settled; NaN when it never did or was
 *                         not measured
 */
public record TrialOutcome(String exerciseId, int level, Leg leg, Target target, double holdSeconds, int repetitions,
                           EndReason endReason, double pathVelocityCmS, double ellipseArea95Cm2, double rmsDistanceCm,
                           OptionalInt pain, FormReport form, Instant startTime, String calibrationId,
                           double timeToStabilisationS) {

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
        requireSway("timeToStabilisationS", timeToStabilisationS);
        require(pain != null, "pain", "is missing (use OptionalInt.empty() when not reported)");
        int painValue = pain.orElse(0);
        require(painValue >= 0 && painValue <= 10, "pain", "must be 0 to 10, was " + painValue);
        require(form != null, "form", "is missing (use NOT_REPORTED when not reported)");
        require(startTime != null, "startTime", "is missing");
    }

    /** An outcome whose time to stabilisation was not measured (NaN). */
    public TrialOutcome(String exerciseId, int level, Leg leg, Target target, double holdSeconds, int repetitions,
                        EndReason endReason, double pathVelocityCmS, double ellipseArea95Cm2, double rmsDistanceCm,
                        OptionalInt pain, FormReport form, Instant startTime, String calibrationId) {
        this(exerciseId, level, leg, target, holdSeconds, repetitions, endReason, pathVelocityCmS, ellipseArea95Cm2,
                rmsDistanceCm, pain, form, startTime, calibrationId, Double.NaN);
    }

    /** Whether any sway figure was measured. */
    public boolean hasSway() {
        return !Double.isNaN(pathVelocityCmS) || !Double.isNaN(ellipseArea95Cm2) || !Double.isNaN(rmsDistanceCm);
    }

    /** Share of the target reached: see {@link Target#fractionReached}. */
    public double fractionOfTarget() {
        return target.fractionReached(holdSeconds, repetitions);
    }

    /**
     * Whether the target was reached with form reported kept. A trial whose form was not reported has not shown
     * this: it does not count towards moving up.
     */
    public boolean metTarget() {
        return fractionOfTarget() >= 1 && form == FormReport.KEPT;
    }

    /**
     * Whether the target was missed: not reached, or reached with form reported lost. A trial that reached the
     * target with its form not reported is neither met nor missed, so it does not count towards moving down either.
     */
    public boolean missedTarget() {
        return fractionOfTarget() < 1 || form == FormReport.LOST;
    }

    /** Whether both questions after the trial were answered. */
    public boolean answered() {
        return pain.isPresent() && form != FormReport.NOT_REPORTED;
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
