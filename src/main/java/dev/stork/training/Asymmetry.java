package dev.stork.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * Left versus right on one exercise and level: an asymmetry index on hold time (or repetitions) and on sway.
 *
 * <p>{@code index = (R - L) / max(R, L) * 100} per figure, from each leg's median over its last {@link #WINDOW}
 * trials. Positive means the right figure is larger: for hold that is the better right leg, for sway (path
 * velocity, else ellipse area) the steadier left leg. A leg is flagged as lagging when an index exceeds
 * {@link #FLAG_PERCENT} in size <em>and</em> the left-right difference exceeds the smallest real difference of
 * the more variable leg ({@link RealChange}), so one shaky trial does not flag a leg. 10 % mirrors the limb
 * symmetry index of 90 % used as a return-to-sport criterion after knee injury; it is a clinical convention, not a
 * balance norm, and is kept as a named constant to be tuned.
 *
 * @param exerciseId        exercise compared
 * @param level             level compared
 * @param holdIndexPercent  hold (or repetition) index, percent; NaN when a leg has no trials
 * @param swayIndexPercent  sway index, percent; NaN when sway was not measured on both legs
 * @param lagging           the lagging leg, or null when none is flagged
 * @param sentence          one plain sentence for the person
 */
public record Asymmetry(String exerciseId, int level, double holdIndexPercent, double swayIndexPercent, Leg lagging,
                        String sentence) {
    /** Index size above which a leg may lag, percent. */
    public static final double FLAG_PERCENT = 10;
    /** Most recent trials per leg compared. */
    public static final int WINDOW = 5;

    /** Whether one leg was flagged as lagging. */
    public boolean flagged() {
        return lagging != null;
    }

    /** {@code (right - left) / max(right, left) * 100}; 0 when both are 0, NaN when either is NaN. */
    public static double index(double right, double left) {
        double larger = Math.max(right, left);
        if (Double.isNaN(right) || Double.isNaN(left)) {
            return Double.NaN;
        }
        return larger == 0 ? 0 : (right - left) / larger * 100;
    }

    /** Compares the legs over {@code trials} (any mix; oldest first) of {@code exerciseId} at {@code level}. */
    public static Asymmetry of(List<TrialOutcome> trials, String exerciseId, int level) {
        List<TrialOutcome> left = recent(trials, exerciseId, level, Leg.LEFT);
        List<TrialOutcome> right = recent(trials, exerciseId, level, Leg.RIGHT);
        if (left.isEmpty() || right.isEmpty()) {
            return new Asymmetry(exerciseId, level, Double.NaN, Double.NaN, null,
                    "Not compared yet: do this level on both legs first.");
        }
        double[] leftDone = done(left);
        double[] rightDone = done(right);
        double holdLeft = median(leftDone);
        double holdRight = median(rightDone);
        double holdIndex = index(holdRight, holdLeft);
        boolean velocity = left.stream().noneMatch(t -> Double.isNaN(t.pathVelocityCmS()))
                && right.stream().noneMatch(t -> Double.isNaN(t.pathVelocityCmS()));
        double[] leftSway = sway(left, velocity);
        double[] rightSway = sway(right, velocity);
        double swayLeft = median(leftSway);
        double swayRight = median(rightSway);
        double swayIndex = index(swayRight, swayLeft);

        boolean holdLags = lags(holdIndex, holdRight - holdLeft, leftDone, rightDone);
        boolean swayLags = lags(swayIndex, swayRight - swayLeft, leftSway, rightSway);
        boolean repetitions = !left.get(0).target().isHold();
        String unit = repetitions ? " repetitions" : " s";
        if (holdLags) {
            Leg weak = holdRight < holdLeft ? Leg.RIGHT : Leg.LEFT;
            double weakValue = Math.min(holdLeft, holdRight);
            double strongValue = Math.max(holdLeft, holdRight);
            return new Asymmetry(exerciseId, level, holdIndex, swayIndex, weak, String.format(Locale.ROOT,
                    "Your %s leg lags: it %s %s%s against %s%s on the %s (%.0f %% less).", weak.word(),
                    repetitions ? "managed" : "held", number(weakValue), unit, number(strongValue), unit,
                    other(weak).word(), Math.abs(holdIndex)));
        }
        if (swayLags) {
            Leg weak = swayRight > swayLeft ? Leg.RIGHT : Leg.LEFT;
            return new Asymmetry(exerciseId, level, holdIndex, swayIndex, weak, String.format(Locale.ROOT,
                    "Your %s leg lags: it sways %.0f %% more than the %s.", weak.word(),
                    100 * (Math.max(swayLeft, swayRight) / Math.min(swayLeft, swayRight) - 1), other(weak).word()));
        }
        if (Math.min(left.size(), right.size()) < RealChange.MIN_TRIALS) {
            return new Asymmetry(exerciseId, level, holdIndex, swayIndex, null, "Too few trials to compare the "
                    + "legs reliably: " + RealChange.MIN_TRIALS + " per leg are needed.");
        }
        return new Asymmetry(exerciseId, level, holdIndex, swayIndex, null,
                "Left and right are even: no difference beyond your usual trial-to-trial variation or "
                        + (long) FLAG_PERCENT + " %.");
    }

    private static boolean lags(double index, double difference, double[] left, double[] right) {
        if (Double.isNaN(index) || Math.abs(index) <= FLAG_PERCENT) {
            return false;
        }
        double srd = Math.max(RealChange.smallestRealDifference(left), RealChange.smallestRealDifference(right));
        return RealChange.isReal(difference, srd);
    }

    private static List<TrialOutcome> recent(List<TrialOutcome> trials, String exerciseId, int level, Leg leg) {
        List<TrialOutcome> matching = new ArrayList<>();
        for (TrialOutcome trial : trials) {
            if (trial.isOf(exerciseId, level, leg)) {
                matching.add(trial);
            }
        }
        return matching.subList(Math.max(0, matching.size() - WINDOW), matching.size());
    }

    private static double[] done(List<TrialOutcome> trials) {
        double[] values = new double[trials.size()];
        for (int i = 0; i < values.length; i++) {
            TrialOutcome trial = trials.get(i);
            values[i] = trial.target().isHold() ? trial.holdSeconds() : trial.repetitions();
        }
        return values;
    }

    /** Path velocity (when every trial of both legs has it) or ellipse area; NaN where not measured. */
    private static double[] sway(List<TrialOutcome> trials, boolean velocity) {
        double[] values = new double[trials.size()];
        for (int i = 0; i < values.length; i++) {
            TrialOutcome trial = trials.get(i);
            values[i] = velocity ? trial.pathVelocityCmS() : trial.ellipseArea95Cm2();
        }
        return values;
    }

    private static double median(double[] values) {
        for (double value : values) {
            if (Double.isNaN(value)) {
                return Double.NaN;
            }
        }
        return new Median().evaluate(values);
    }

    private static Leg other(Leg leg) {
        return leg == Leg.LEFT ? Leg.RIGHT : Leg.LEFT;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
