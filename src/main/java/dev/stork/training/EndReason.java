package dev.stork.training;

/** Why a trial ended. */
public enum EndReason {
    /** The lifted foot (or hand, knee) touched down. */
    TOUCHDOWN,
    /** The person stepped off the board. */
    STEP_OFF,
    /** The target hold time or repetition count was reached. */
    TARGET,
    /** The person or the app stopped the trial (pain, form, a button). */
    STOPPED,
    /** Done off the board and logged by the person: nothing was measured. */
    LOGGED
}
