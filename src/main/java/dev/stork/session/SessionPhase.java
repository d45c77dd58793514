package dev.stork.session;

/** Where a session is: what the person should be doing now. */
public enum SessionPhase {
    /** Reading the instructions and safety cue of the next trial, getting onto the board. */
    INSTRUCTIONS,
    /** Standing on both legs; the lift is due when the countdown ends (the hold starts by itself on the lift). */
    COUNTDOWN,
    /** Holding on one leg; the live timer and sway run. */
    HOLDING,
    /** Waiting for the person's pain (0-10) and lost-form answer about the trial just finished. */
    PAIN_PROMPT,
    /** Resting before the next trial. */
    REST,
    /** Paused by a command; resumes on {@link SessionCommand.Kind#RESUME}. */
    PAUSED,
    /** Finished (or stopped): the comparison and the decision are known. */
    DONE
}
