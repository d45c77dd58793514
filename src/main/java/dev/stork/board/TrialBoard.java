package dev.stork.board;

import dev.stork.sensor.SampleSource;
import dev.stork.signal.cop.PlateGeometry;
import dev.stork.training.PrescribedTrial;
import java.util.Optional;

/**
 * The force plate a session runs on, opened once per trial; the session thread calls it between trials and runs the
 * returned source on an acquisition thread of its own.
 */
public interface TrialBoard {

    /** Where the plate's cells sit. */
    PlateGeometry geometry();

    /** Nominal sample rate, Hz. */
    double rateHz();

    /** Id of the calibration in use, or null for a board that needs none (the simulation). */
    String calibrationId();

    /**
     * The samples of one trial, from the person stepping on to the end of the hold (the source then ends, or is
     * stopped by the session).
     *
     * @param trial       the prescribed trial
     * @param trialNumber its number in the session, from 1
     */
    SampleSource open(PrescribedTrial trial, int trialNumber);

    /** Words for the recording's metadata, e.g. "simulation". */
    String sourceName();

    /**
     * The health of a board that keeps running between trials (connection, achieved rate, losses, reconnections),
     * for a status display; empty for a board that runs only while a trial does (the simulation), whose trials'
     * sources are counted instead. Any thread.
     */
    default Optional<BoardHealth> liveHealth() {
        return Optional.empty();
    }

    /**
     * Whether the board's source has ended for good, so no further trial can run on it: a replayed recording that
     * has played out, a source that failed. A board that was unplugged has not ended: it is awaited. Any thread.
     */
    default boolean exhausted() {
        return false;
    }
}
