package dev.stork.training;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * A person's own reference sway for one exercise, level and leg: the median of each sway figure over their most
 * recent earlier trials. A figure is NaN until at least {@link #MIN_TRIALS} earlier trials measured it.
 *
 * @param trials           number of earlier trials the medians come from
 * @param pathVelocityCmS  median COP path velocity, cm/s, or NaN
 * @param ellipseArea95Cm2 median 95 % ellipse area, cm², or NaN
 * @param rmsDistanceCm    median RMS distance, cm, or NaN
 */
public record Baseline(int trials, double pathVelocityCmS, double ellipseArea95Cm2, double rmsDistanceCm) {
    /** Fewest earlier trials a median is taken from; fewer say too little about the person's usual sway. */
    public static final int MIN_TRIALS = 3;
    /** Most recent trials used, so the baseline follows the person as they improve. */
    public static final int WINDOW = 10;
    /** No baseline yet. */
    public static final Baseline NONE = new Baseline(0, Double.NaN, Double.NaN, Double.NaN);

    /**
     * The baseline for {@code exerciseId}/{@code level}/{@code leg} from {@code earlier} trials (any order of
     * exercises; within a key, oldest first). Only the last {@link #WINDOW} matching trials count.
     */
    public static Baseline of(List<TrialOutcome> earlier, String exerciseId, int level, Leg leg) {
        List<TrialOutcome> matching = new ArrayList<>();
        for (TrialOutcome trial : earlier) {
            if (trial.isOf(exerciseId, level, leg)) {
                matching.add(trial);
            }
        }
        List<TrialOutcome> recent = matching.subList(Math.max(0, matching.size() - WINDOW), matching.size());
        return new Baseline(recent.size(), median(recent, TrialOutcome::pathVelocityCmS),
                median(recent, TrialOutcome::ellipseArea95Cm2), median(recent, TrialOutcome::rmsDistanceCm));
    }

    /** Whether any figure has a baseline. */
    public boolean exists() {
        return !Double.isNaN(pathVelocityCmS) || !Double.isNaN(ellipseArea95Cm2) || !Double.isNaN(rmsDistanceCm);
    }

    private static double median(List<TrialOutcome> trials, ToDoubleFunction<TrialOutcome> figure) {
        double[] values = new double[trials.size()];
        int n = 0;
        for (TrialOutcome trial : trials) {
            double value = figure.applyAsDouble(trial);
            if (!Double.isNaN(value)) {
                values[n++] = value;
            }
        }
        return n < MIN_TRIALS ? Double.NaN : new Median().evaluate(values, 0, n);
    }
}
