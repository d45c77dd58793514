package dev.stork.board;

/**
 * A board that cannot be used live, with what to do about it: it did not answer in time, it needs a calibration
 * it does not have, its calibration file is damaged, or it is the wrong kind of board for the job.
 */
public final class BoardSetupException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message the reason, written for the person at the board */
    public BoardSetupException(String message) {
        super(message);
    }

    /** @param message the reason; {@code cause} the underlying failure */
    public BoardSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
