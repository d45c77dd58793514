package dev.stork.training;

import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * Whether a change is larger than a person's own trial-to-trial variation: the smallest real difference (SRD),
 * also called minimal detectable change at 95 % confidence.
 *
 * <p>{@code SRD = 1.96 * sqrt(2) * SEM}. Stork takes the SEM as the sample standard deviation (n - 1) of the
 * person's recent trials of one exercise, level and leg: while ability is steady, the spread of repeated trials
 * is the measurement error of one trial for that person. The {@code sqrt(2)} accounts for both compared values
 * carrying that error, and 1.96 makes a change this large arise from noise alone in fewer than 5 % of cases.
 * Clinical papers usually derive the SEM from a group ICC ({@code SD * sqrt(1 - ICC)}); a personal SD needs no
 * group data and follows the person, at the cost of needing {@link #MIN_TRIALS} trials.
 */
public final class RealChange {
    /** Fewest trials an SD is taken from. */
    public static final int MIN_TRIALS = 3;
    /** 1.96 * sqrt(2): the SRD per unit of SEM. */
    public static final double SRD_PER_SEM = 1.96 * Math.sqrt(2);

    private RealChange() {
    }

    /**
     * The SRD of a figure from the person's recent values (hold seconds, score, sway; NaN values are skipped), in
     * the figure's unit; NaN when fewer than {@link #MIN_TRIALS} values are finite.
     */
    public static double smallestRealDifference(double[] recentValues) {
        double[] finite = new double[recentValues.length];
        int n = 0;
        for (double value : recentValues) {
            if (Double.isFinite(value)) {
                finite[n++] = value;
            }
        }
        if (n < MIN_TRIALS) {
            return Double.NaN;
        }
        double sem = new StandardDeviation(true).evaluate(finite, 0, n);
        return SRD_PER_SEM * sem;
    }

    /** Whether {@code change} exceeds {@code srd} in size; false when the SRD is unknown (NaN). */
    public static boolean isReal(double change, double srd) {
        return !Double.isNaN(srd) && Math.abs(change) > srd;
    }
}
