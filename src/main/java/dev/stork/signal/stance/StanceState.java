package dev.stork.signal.stance;

/** What a stance detector believes is on the board. */
public enum StanceState {
    /** Nobody on the plate (or a wobble board resting on its edge). */
    EMPTY,
    /** Someone stepped on; the detector learns their weight and two-leg COP. */
    STEPPING_ON,
    /** Standing on both feet. */
    TWO_LEG,
    /** A single-leg hold (or, on a wobble board, the board kept off its edge) is running. */
    HOLD,
    /** The hold reached its target; waiting for the person to put the foot down or step off. */
    HOLD_OVER
}
