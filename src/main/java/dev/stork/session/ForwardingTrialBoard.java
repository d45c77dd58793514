package dev.stork.session;

import dev.stork.board.BoardHealth;
import dev.stork.board.TrialBoard;
import dev.stork.sensor.SampleSource;
import dev.stork.signal.cop.PlateGeometry;
import dev.stork.training.PrescribedTrial;
import java.util.Optional;

/**
 * A board that passes everything on to another; a subclass overrides {@link #open} to wrap the trial's source
 * (for counting what it delivers, say).
 */
public abstract class ForwardingTrialBoard implements TrialBoard {
    /** The board passed on to. */
    protected final TrialBoard board;

    /** @param board the board passed on to */
    protected ForwardingTrialBoard(TrialBoard board) {
        this.board = board;
    }

    @Override
    public PlateGeometry geometry() {
        return board.geometry();
    }

    @Override
    public double rateHz() {
        return board.rateHz();
    }

    @Override
    public String calibrationId() {
        return board.calibrationId();
    }

    @Override
    public SampleSource open(PrescribedTrial trial, int trialNumber) {
        return board.open(trial, trialNumber);
    }

    @Override
    public String sourceName() {
        return board.sourceName();
    }

    @Override
    public Optional<BoardHealth> liveHealth() {
        return board.liveHealth();
    }

    @Override
    public boolean exhausted() {
        return board.exhausted();
    }
}
