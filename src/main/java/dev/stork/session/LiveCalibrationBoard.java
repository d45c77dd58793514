package dev.stork.session;

import dev.stork.board.LiveTrialBoard;
import dev.stork.calibration.ProfileFormatException;
import dev.stork.calibration.flow.CalibrationBoard;
import dev.stork.calibration.flow.CalibrationFeed;
import dev.stork.calibration.flow.CalibrationFeeds;
import dev.stork.calibration.flow.CalibrationKind;
import dev.stork.calibration.flow.StepHelper;
import dev.stork.sensor.SourceDescription;
import java.util.Optional;

/**
 * The plate a {@link LiveTrialBoard} holds open for a session, as the board a calibration wizard calibrates: each
 * plate calibration runs on the board's {@linkplain LiveTrialBoard#rawView() raw view} (the person at the plate does
 * the steps), and the profile it saves is reloaded by the live board before the calibration reports it done, so the
 * next trials are measured with it. Request threads call it.
 */
public final class LiveCalibrationBoard implements CalibrationBoard {
    private final LiveTrialBoard board;
    private final String spec;

    /**
     * @param board the running board
     * @param spec  the {@code --source} spec it was opened from
     */
    public LiveCalibrationBoard(LiveTrialBoard board, String spec) {
        this.board = board;
        this.spec = spec;
    }

    @Override
    public String spec() {
        return spec;
    }

    /**
     * A plate calibration on the running board's raw samples.
     *
     * @throws IllegalStateException for an IMU calibration (the board is a plate), or while a trial runs on the board
     */
    @Override
    public CalibrationFeed open(CalibrationKind kind) {
        if (kind != CalibrationKind.PLATE) {
            throw CalibrationFeeds.wrongKind(spec, kind, "a force plate (" + board.sourceName() + ")");
        }
        return new CalibrationFeed(board.rawView(), StepHelper.PERSON, spec, this::reload);
    }

    /** The plate runs in raw units without a profile: no trial until it is calibrated. */
    @Override
    public Optional<String> calibrationRequired() {
        if (!board.uncalibrated()) {
            return Optional.empty();
        }
        SourceDescription d = board.boardDescription();
        return Optional.of("the plate '" + d.deviceId() + "' (" + d.name() + ") has no calibration yet");
    }

    private void reload() {
        try {
            board.reloadCalibration();
        } catch (ProfileFormatException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
