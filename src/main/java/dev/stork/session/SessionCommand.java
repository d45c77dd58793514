package dev.stork.session;

/**
 * A request to a running session from another thread (the terminal or the dashboard), consumed by the session
 * thread at its next step.
 *
 * @param kind     what is asked
 * @param pain     for {@link Kind#REPORT}: pain after the trial, 0-10; otherwise 0
 * @param lostForm for {@link Kind#REPORT}: whether form broke during the trial
 * @param sharpOrTingling for {@link Kind#REPORT}: whether the pain was sharp or came with tingling or numbness
 */
public record SessionCommand(Kind kind, int pain, boolean lostForm, boolean sharpOrTingling) {

    /** What a command asks. */
    public enum Kind {
        /** Pause before the next trial (a running hold is finished first, and its pain question answered). */
        PAUSE,
        /** Continue after a pause, or take back a pause asked for during a trial that has not begun yet. */
        RESUME,
        /**
         * Skip the coming trial, or abandon the running one without storing it. A finished hold is never skipped:
         * at the pain prompt this command is ignored and the question stays open.
         */
        SKIP,
        /**
         * End the session now; finished trials stay stored and the decision is still made. At the pain prompt the
         * finished hold is stored first, with its pain and form not reported.
         */
        STOP,
        /** The answer to the pain prompt. */
        REPORT
    }

    public SessionCommand {
        if (kind == null) {
            throw new IllegalArgumentException("command kind is required");
        }
        if (pain < 0 || pain > 10) {
            throw new IllegalArgumentException("pain must be 0-10, was " + pain);
        }
    }

    /** A command without an answer. */
    public static SessionCommand of(Kind kind) {
        return new SessionCommand(kind, 0, false, false);
    }

    /** The answer to the pain prompt. */
    public static SessionCommand report(int pain, boolean lostForm) {
        return new SessionCommand(Kind.REPORT, pain, lostForm, false);
    }

    /** The answer to the pain prompt, saying too whether the pain was sharp or came with tingling or numbness. */
    public static SessionCommand report(int pain, boolean lostForm, boolean sharpOrTingling) {
        return new SessionCommand(Kind.REPORT, pain, lostForm, sharpOrTingling);
    }
}
