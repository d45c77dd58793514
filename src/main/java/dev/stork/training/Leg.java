package dev.stork.training;

/** The standing (or working) leg of a trial; {@link #BOTH} for exercises done on two legs. */
public enum Leg {
    LEFT, RIGHT, BOTH;

    /** Lower-case word for sentences and tables: "left", "right", "both". */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
