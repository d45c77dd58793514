package dev.stork.training;

import java.util.List;

/**
 * Scores a finished trial 0-100 from its hold time (or repetitions) against the target and its sway against the
 * person's own {@link Baseline} and, where one applies, a published norm. The formula (documented with worked
 * examples in {@code docs/training.md}):
 *
 * <pre>
 *   holdCredit = 100 * min(1, done / target)
 *   steadiness(x, ref) = 100 * ref / (ref + x)        (50 at the reference, 100 at no sway, towards 0 as x grows)
 *   ownSway  = mean of steadiness(figure, baseline figure) over the figures both have
 *   normSway = steadiness(ellipse area, 10.3 cm²)        only on levels marked oneLegNorm
 *   sway     = mean of ownSway and normSway, whichever exist (NaN when neither)
 *   total    = 0.5 * holdCredit + 0.5 * sway, or holdCredit when sway is NaN
 * </pre>
 *
 * The norm is Oliveira et al. (2018) PLoS One 13:e0203887 [V]: a COP area above 10.3 cm² in one-legged eyes-open
 * stance separated older fallers from non-fallers (AUC 0.72). Stork compares its 95 % ellipse area with it; the
 * paper's exact area definition was not checked, so treat that part as indicative. It is a cut-off, not a healthy mean, so a
 * trial exactly at it scores 50 on that part. That paper's AP and ML velocity cut-offs are not used: Stork's path
 * velocity is the 2-D path, which cannot be compared with per-axis velocities.
 */
public final class TrialScorer {
    /** Weight of the hold credit in the total when sway is scored. */
    public static final double HOLD_WEIGHT = 0.5;
    /** [V] Oliveira et al. 2018: faller cut-off of one-leg, eyes-open COP area, cm². */
    public static final double ONE_LEG_AREA_CUTOFF_CM2 = 10.3;

    private TrialScorer() {
    }

    /**
     * Scores {@code trial} done at {@code level}, against {@code baseline} (use {@link Baseline#NONE} when there is
     * none). Safe from any thread.
     */
    public static TrialScore score(TrialOutcome trial, ExerciseLevel level, Baseline baseline) {
        double holdCredit = 100 * Math.min(1, trial.fractionOfTarget());
        double ownSum = 0;
        int ownCount = 0;
        double[] figures = {trial.pathVelocityCmS(), trial.ellipseArea95Cm2(), trial.rmsDistanceCm()};
        double[] references = {baseline.pathVelocityCmS(), baseline.ellipseArea95Cm2(), baseline.rmsDistanceCm()};
        for (int i = 0; i < figures.length; i++) {
            if (!Double.isNaN(figures[i]) && references[i] > 0) {
                ownSum += steadiness(figures[i], references[i]);
                ownCount++;
            }
        }
        boolean useNorm = level.oneLegNorm() && !Double.isNaN(trial.ellipseArea95Cm2());
        double swaySum = 0;
        int parts = 0;
        StringBuilder basis = new StringBuilder();
        if (ownCount > 0) {
            swaySum += ownSum / ownCount;
            parts++;
            basis.append("your baseline (").append(baseline.trials()).append(" trials)");
        }
        if (useNorm) {
            swaySum += steadiness(trial.ellipseArea95Cm2(), ONE_LEG_AREA_CUTOFF_CM2);
            parts++;
            basis.append(basis.length() > 0 ? " and " : "")
                    .append("the one-leg sway cut-off of Oliveira 2018 [V]");
        }
        if (parts == 0) {
            basis.append(trial.hasSway() ? "hold only (no baseline yet)" : "hold only (sway not measured)");
            return new TrialScore(holdCredit, holdCredit, Double.NaN, basis.toString());
        }
        double sway = swaySum / parts;
        double total = HOLD_WEIGHT * holdCredit + (1 - HOLD_WEIGHT) * sway;
        return new TrialScore(total, holdCredit, sway, basis.toString());
    }

    /**
     * Scores {@code trial} against the person's {@code earlier} trials (oldest first; any exercises): the level
     * comes from the catalogue, the baseline from {@link Baseline#of}. The one call a session runner needs.
     */
    public static TrialScore score(TrialOutcome trial, ExerciseCatalogue catalogue, List<TrialOutcome> earlier) {
        ExerciseLevel level = catalogue.get(trial.exerciseId()).level(trial.level());
        return score(trial, level, Baseline.of(earlier, trial.exerciseId(), trial.level(), trial.leg()));
    }

    /** {@code 100 * reference / (reference + value)}: 100 at no sway, 50 at the reference, falling towards 0. */
    public static double steadiness(double value, double reference) {
        if (!(reference > 0)) {
            throw new IllegalArgumentException("a sway reference must be positive, was " + reference);
        }
        return 100 * reference / (reference + Math.max(0, value));
    }
}
