package dev.stork.training;

import java.util.Locale;

/**
 * What one trial aims for: a hold of {@code amount} seconds, or {@code amount} repetitions.
 *
 * @param kind   hold or repetitions
 * @param amount seconds (hold) or repetitions; positive
 */
public record Target(Kind kind, double amount) {
    /** The two kinds of target. */
    public enum Kind { HOLD_SECONDS, REPETITIONS }

    public Target {
        if (kind == null) {
            throw new IllegalArgumentException("target kind is missing");
        }
        if (!(amount > 0) || !Double.isFinite(amount)) {
            throw new IllegalArgumentException("target amount must be a positive number, was " + amount);
        }
        if (kind == Kind.REPETITIONS && amount != Math.rint(amount)) {
            throw new IllegalArgumentException("a repetition target must be a whole number, was " + amount);
        }
    }

    /** A hold target in seconds. */
    public static Target holdSeconds(double seconds) {
        return new Target(Kind.HOLD_SECONDS, seconds);
    }

    /** A repetition target. */
    public static Target repetitions(int count) {
        return new Target(Kind.REPETITIONS, count);
    }

    /** Whether this is a hold target. */
    public boolean isHold() {
        return kind == Kind.HOLD_SECONDS;
    }

    /**
     * The share of this target a result reached, 0 or more (1 = reached, more = exceeded): hold seconds over
     * target seconds, or repetitions over target repetitions.
     */
    public double fractionReached(double holdSeconds, int repetitions) {
        double done = isHold() ? holdSeconds : repetitions;
        return Math.max(0, done) / amount;
    }

    /** Plain words, e.g. "15 s" or "10 repetitions". */
    public String words() {
        return isHold() ? seconds(amount) : (long) amount + " repetitions";
    }

    /** "15 s", "2.5 s": seconds without a needless ".0". */
    static String seconds(double value) {
        return value == Math.rint(value) ? (long) value + " s" : String.format(Locale.ROOT, "%.1f s", value);
    }
}
