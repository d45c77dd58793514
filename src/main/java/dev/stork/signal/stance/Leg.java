package dev.stork.signal.stance;

/** The leg a person stands on during a single-leg hold. */
public enum Leg {
    /** Standing on the left foot (the right foot is lifted). */
    LEFT,
    /** Standing on the right foot (the left foot is lifted). */
    RIGHT,
    /** Not known from the signal, e.g. on a wobble board, whose IMU cannot tell the feet apart. */
    UNKNOWN;

    /** The other leg; {@link #UNKNOWN} stays unknown. */
    public Leg other() {
        return this == LEFT ? RIGHT : this == RIGHT ? LEFT : UNKNOWN;
    }
}
