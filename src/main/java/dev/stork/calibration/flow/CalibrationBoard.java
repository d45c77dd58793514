package dev.stork.calibration.flow;

import java.util.Optional;

/**
 * The board a calibration front end (the dashboard's wizard) calibrates: opens a {@link CalibrationFeed} on it for
 * each calibration. {@link CalibrationFeeds} opens the board a {@code --source} spec names; a board that a running
 * program already holds open hands out a view of itself. Called from the front end's request threads.
 */
public interface CalibrationBoard {

    /** The {@code --source} spec of the board, as the person gave it. */
    String spec();

    /**
     * Opens the board for one {@code kind} calibration.
     *
     * @throws IllegalArgumentException when the spec is malformed
     * @throws IllegalStateException    when the board cannot be used now or is the wrong kind, with the reason
     */
    CalibrationFeed open(CalibrationKind kind);

    /**
     * Why the board cannot be used until it is calibrated (a plate in raw counts without a profile), for the
     * person; empty when it can. Any thread.
     */
    default Optional<String> calibrationRequired() {
        return Optional.empty();
    }
}
