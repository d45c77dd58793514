package dev.stork.calibration;

import java.util.List;

/**
 * What the guided calibrations share: the list of steps, where the procedure stands, the window being collected
 * and the last message. Subclasses feed samples into {@link #window} while {@link ProcedureState#COLLECTING} and
 * report each full window as accepted ({@link #advance}) or refused ({@link #refused}).
 *
 * <p>Single-threaded: every method is called from one thread.
 */
public abstract class GuidedProcedure {
    final ChannelWindow window;
    private final List<ProcedureStep> steps;
    private final int maxAttempts;
    int stepIndex;
    ProcedureState state = ProcedureState.WAITING;
    String message = "";
    private int attempts;

    GuidedProcedure(List<ProcedureStep> steps, ChannelWindow window, int maxAttempts) {
        this.steps = List.copyOf(steps);
        this.window = window;
        this.maxAttempts = maxAttempts;
    }

    /** All steps in order. */
    public final List<ProcedureStep> steps() {
        return steps;
    }

    /** The current step's index ({@code steps().size()} when done). */
    public final int stepIndex() {
        return stepIndex;
    }

    /** The current step, or null when done. */
    public final ProcedureStep step() {
        return stepIndex < steps.size() ? steps.get(stepIndex) : null;
    }

    /** Where the procedure stands. */
    public final ProcedureState state() {
        return state;
    }

    /** The last refusal, failure or result message; empty when none. */
    public final String message() {
        return message;
    }

    /** Progress of the current window, 0..1. */
    public final double progress() {
        return window.progress();
    }

    /** The person is ready: start collecting the current step. */
    public final void confirm() {
        if (state == ProcedureState.WAITING) {
            state = ProcedureState.COLLECTING;
            attempts = 0;
            window.reset();
        }
    }

    /** The person gave up; nothing is saved. */
    public final void cancel() {
        if (state == ProcedureState.WAITING || state == ProcedureState.COLLECTING) {
            state = ProcedureState.CANCELLED;
            message = "cancelled; the current calibration is unchanged";
        }
    }

    /**
     * The board was lost or stalled: what the current step collected is dropped and the step waits for the person
     * again, with {@code reason} as the message. Ignored once the procedure has finished.
     */
    public final void interrupt(String reason) {
        if (state == ProcedureState.COLLECTING) {
            window.reset();
            state = ProcedureState.WAITING;
        }
        if (state == ProcedureState.WAITING) {
            message = reason;
        }
    }

    /** The current step is done: wait for the person at the next one. */
    final void advance(String doneMessage) {
        message = doneMessage;
        stepIndex++;
        state = ProcedureState.WAITING;
    }

    /** The window was refused: keep collecting, or wait for the person after too many refusals. */
    final void refused(CalibrationRefusedException refusal) {
        message = refusal.getMessage();
        attempts++;
        if (attempts >= maxAttempts) {
            state = ProcedureState.WAITING;
        }
    }

    /** The whole calibration failed: nothing will be saved. */
    final void failed(CalibrationRefusedException refusal) {
        state = ProcedureState.FAILED;
        message = "fit refused: " + refusal.getMessage();
    }
}
