package dev.stork.calibration;

/** Where a guided calibration stands. */
public enum ProcedureState {
    /** Showing the current step's prompt; waiting for the person to confirm they are ready. */
    WAITING,
    /** Collecting a steady window for the current step. */
    COLLECTING,
    /** Every step is done and the result is ready. */
    DONE,
    /** The fit was refused; the reason is in the procedure's message. Nothing was saved. */
    FAILED,
    /** The person cancelled. Nothing was saved. */
    CANCELLED
}
